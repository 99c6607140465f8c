//! The readers must agree with the serde derives, which the native build and the docs describe.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::*;

/// Every input is read by both the derive and the reader, and must give the same value.
fn agree<T: DeserializeOwned + PartialEq + std::fmt::Debug>(read: fn(&Value) -> Result<T, String>, inputs: &[Value]) {
    for input in inputs {
        let derived: T = serde_json::from_value(input.clone()).unwrap();
        assert_eq!(read(input).unwrap(), derived, "{input}");
    }
}

#[test]
fn readers_agree_with_the_derives() {
    agree(
        engine_options,
        &[
            json!({}),
            json!({ "normalise": { "foldTehMarbuta": false, "foldCase": false, "nfkc": false } }),
            json!({ "stopwordLanguages": ["fr", "de"], "stemming": "english", "columns": { "text": "body", "date": "day" } }),
            json!({ "unknown": 1, "normalise": { "foldHamzaCarriers": true, "foldLatinDiacritics": true } }),
        ],
    );
    agree(
        keyword_query,
        &[
            json!({}),
            json!({ "limit": 7, "includeStopwords": true, "includeNumbers": true, "includeLinks": true }),
            json!({ "script": "latin", "minCount": 3, "sort": "tfidf" }),
        ],
    );
    agree(shape, &[json!({}), json!({ "bucket": "quarter", "measure": "share", "smoothing": 3 })]);
    // A bare bucket name is short for `{ bucket }`.
    for name in ["auto", "day", "week", "month", "quarter", "year"] {
        let bucket: Bucket = serde_json::from_value(json!(name)).unwrap();
        assert_eq!(shape(&json!(name)).unwrap(), Shape { bucket, ..Shape::default() });
    }
    agree(
        kwic_query,
        &[
            json!({ "query": "الموصل" }),
            json!({ "query": "a", "width": 10, "sort": "left", "offset": 5, "limit": 2, "from": "2021-01-01", "to": "2021-02-01", "undated": true, "doc": 4 }),
        ],
    );
    agree(
        ngram_query,
        &[
            json!({}),
            json!({ "min": 1, "max": 3, "limit": 9, "minCount": 1, "includeStopwords": true, "includeNumbers": true }),
        ],
    );
    agree(
        collocate_query,
        &[
            json!({ "query": "x" }),
            json!({ "query": "x", "window": 2, "limit": 3, "minCount": 1, "includeStopwords": true, "sort": "pmi" }),
        ],
    );
    agree(
        keyness_query,
        &[
            json!({}),
            json!({ "target": { "from": "2021-01-01", "to": "2021-02-01", "source": "الرياض" }, "limit": 5, "minCount": 1 }),
            json!({ "target": { "docs": [3, 1] }, "reference": { "docs": [0] }, "includeStopwords": true, "includeNumbers": true }),
        ],
    );
}

#[test]
fn wrong_values_name_the_field() {
    let err = |r: Result<KeywordQuery, String>| r.unwrap_err();
    assert_eq!(err(keyword_query(&json!({ "limit": "ten" }))), "«limit» should be a whole number ≥ 0, not \"ten\"");
    assert_eq!(err(keyword_query(&json!({ "limit": -1 }))), "«limit» should be a whole number ≥ 0, not -1");
    assert_eq!(
        err(keyword_query(&json!({ "sort": "size" }))),
        "«sort»: expected one of count, docs, tfidf, not \"size\""
    );
    assert_eq!(err(keyword_query(&json!([1]))), "expected an object, not [1]");
    assert_eq!(
        shape(&json!("fortnight")).unwrap_err(),
        "expected one of auto, day, week, month, quarter, year, not \"fortnight\""
    );
    assert_eq!(
        kwic_query(&json!({ "from": "2021-13-01" })).unwrap_err(),
        "«from» should be a YYYY-MM-DD date, not \"2021-13-01\""
    );
    assert_eq!(
        keyness_query(&json!({ "target": { "docs": [1, "x"] } })).unwrap_err(),
        "«target»: «docs» should be a list of document ids, not [1,\"x\"]"
    );
    assert_eq!(
        engine_options(&json!({ "normalise": { "foldAlef": "yes" } })).unwrap_err(),
        "«foldAlef» should be true or false, not \"yes\""
    );
    assert_eq!(
        parse("{", "keyword query", keyword_query).unwrap_err(),
        "invalid keyword query: EOF while parsing an object at line 1 column 1"
    );
    // null is "not given": the default.
    assert_eq!(keyword_query(&json!({ "limit": null })).unwrap(), KeywordQuery::default());
    assert_eq!(keyword_query(&Value::Null).unwrap(), KeywordQuery::default());
}

#[test]
fn file_lists_need_a_name_and_a_size() {
    let files = file_list(&json!([{ "name": "a.txt", "size": 3, "modified": "2021-01-02" }, { "name": "b", "size": 0, "date": "2020-01-01" }])).unwrap();
    let read: Vec<_> =
        files.iter().map(|f| (f.name.as_str(), f.size, f.modified.as_deref(), f.date.as_deref())).collect();
    assert_eq!(read, [("a.txt", 3, Some("2021-01-02"), None), ("b", 0, None, Some("2020-01-01"))]);
    assert_eq!(file_list(&json!([{ "size": 3 }])).err().unwrap(), "file 1: «name» is missing");
    assert_eq!(
        file_list(&json!([{ "name": "a", "size": 1 }, { "name": "b" }])).err().unwrap(),
        "file 2: «b»: «size» should be its length in bytes"
    );
    assert_eq!(file_list(&json!({})).err().unwrap(), "expected a list of files, not {}");
}

#[test]
fn every_normalisation_step_can_be_switched() {
    for step in crate::normalise::steps() {
        let input = json!({ "normalise": { step.id: !step.default_on } });
        let derived: EngineOptions = serde_json::from_value(input.clone()).unwrap();
        assert_ne!(derived.normalise, NormaliseOptions::default(), "{}", step.id);
        assert_eq!(engine_options(&input).unwrap(), derived, "{}", step.id);
    }
}

#[test]
fn normalise_text_uses_the_engine_options_reader() {
    // «أَحْمَد»: tashkeel goes by default, and the hamza on the alef with fold_alef.
    assert_eq!(normalise_text("أَحْمَد", "null").unwrap(), "احمد");
    assert_eq!(normalise_text("أَحْمَد", "{}").unwrap(), "احمد");
    assert_eq!(normalise_text("أَحْمَد", r#"{ "foldAlef": false }"#).unwrap(), "أحمد");
    assert_eq!(normalise_text("أَحْمَد", r#"{ "foldAlef": false, "stripTashkeel": false }"#).unwrap(), "أَحْمَد");
    // A whole text, spaces and all: the Arabic and the Latin steps each apply.
    assert_eq!(normalise_text("مدينة  MOSUL", r#"{ "foldTehMarbuta": false }"#).unwrap(), "مدينة  mosul");
    let wrong = normalise_text("x", r#"{ "foldAlef": "no" }"#).unwrap_err();
    assert!(wrong.contains("invalid normalisation options") && wrong.contains("«foldAlef»"), "{wrong}");
    assert!(normalise_text("x", "[1]").unwrap_err().contains("expected an object"));
}

#[test]
fn values_in_messages_are_shown_as_display_shows_them() {
    for v in [json!(null), json!(-1.5e300), json!("«x»\n\"q\""), json!([1, {"a": [true, 0.1]}]), json!({})] {
        assert_eq!(shown(&v), v.to_string());
    }
    let err = keyword_query(&json!({ "limit": "ten" })).unwrap_err();
    assert_eq!(err, "«limit» should be a whole number ≥ 0, not \"ten\"");
}
