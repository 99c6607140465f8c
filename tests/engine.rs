//! The engine over the project's fixture corpus, with counts worked out by hand from the files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use marsad::date::DateSource;
use marsad::{Bucket, DocumentInput, Engine, EngineOptions, KeywordQuery, TimelineQuery};

#[test]
fn keywords_merge_clitic_variants_of_mosul() {
    let (engine, _) = common::load();
    let top = &engine.keywords(&KeywordQuery::default())[0];
    // الموصل: 4 in the first article, 2 + بالموصل + للموصل + والموصل in the second,
    // 2 in the Windows-1256 report, 1 in the notes.
    assert_eq!((top.display.as_str(), top.count, top.docs), ("الموصل", 12, 4));
    let variants: Vec<_> = top.variants.iter().map(|v| (v.form.as_str(), v.count)).collect();
    assert_eq!(variants, [("الموصل", 9), ("بالموصل", 1), ("للموصل", 1), ("والموصل", 1)]);
}

#[test]
fn stopwords_and_numbers_are_left_out_unless_asked_for() {
    let (engine, _) = common::load();
    let shown = |q: KeywordQuery| engine.keywords(&q).into_iter().map(|k| k.key).collect::<Vec<_>>();
    let default = shown(KeywordQuery { limit: 1000, ..KeywordQuery::default() });
    assert!(!default.iter().any(|k| k == "في" || k == "the" || k == "of"));
    let all = shown(KeywordQuery {
        limit: 1000,
        include_stopwords: true,
        include_numbers: true,
        include_links: true,
        ..KeywordQuery::default()
    });
    assert!(all.iter().any(|k| k == "في") && all.iter().any(|k| k == "the"));
}

#[test]
fn a_broken_file_is_reported_and_the_others_load() {
    let (engine, errors) = common::load();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("broken.txt: not a text file"), "{}", errors[0]);
    assert_eq!(engine.stats().documents, 5);
}

#[test]
fn encodings_and_date_sources_are_recorded_per_document() {
    let (engine, _) = common::load();
    let docs = engine.documents();
    let report = docs.iter().find(|d| d.name.contains("cp1256")).unwrap();
    assert_eq!(report.encoding, "windows-1256");
    assert_eq!(report.date_source, Some(DateSource::FileName));
    let notes = docs.iter().find(|d| d.name == "notes-undated.txt").unwrap();
    assert_eq!(
        (notes.date.map(|d| d.to_string()), notes.date_source),
        (Some("2021-05-03".into()), Some(DateSource::LastModified))
    );
}

#[test]
fn monthly_timeline_counts_by_hand() {
    let (engine, _) = common::load();
    let t = engine.timeline(&TimelineQuery::new("والموصل", Bucket::Month)).unwrap();
    assert_eq!(t.key, "موصل");
    let points: Vec<_> = t.series.points.iter().map(|p| (p.start.to_string(), p.count, p.docs)).collect();
    assert_eq!(points, [("2021-03-01".into(), 9, 2), ("2021-04-01".into(), 2, 2), ("2021-05-01".into(), 1, 1)]);
    // Auto: 2 March to 3 May is 62 days, so daily buckets, 63 of them.
    assert_eq!(engine.timeline(&TimelineQuery::new("الموصل", Bucket::Auto)).unwrap().series.points.len(), 63);
}

#[test]
fn timeline_totals_equal_keyword_counts() {
    let (engine, _) = common::load();
    for k in engine.keywords(&KeywordQuery {
        limit: 1000,
        include_stopwords: true,
        include_numbers: true,
        include_links: true,
        ..KeywordQuery::default()
    }) {
        let t = engine.timeline(&TimelineQuery::new(&k.display, Bucket::Day)).unwrap();
        let total: u64 = t.series.points.iter().map(|p| p.count).sum::<u64>() + t.series.undated_count;
        assert_eq!(total, k.count, "{}", k.display);
    }
}

#[test]
fn an_explicit_date_wins_and_a_bad_one_is_a_warning() {
    let mut engine = Engine::default();
    let given =
        engine.add(DocumentInput { name: "2020-01-01.txt", bytes: b"x", date: Some("2019-05-06"), modified: None });
    assert_eq!(given.unwrap().date_source, Some(DateSource::Given));
    let bad =
        engine.add(DocumentInput { name: "a.txt", bytes: b"y", date: Some("06/05/2019"), modified: None }).unwrap();
    assert_eq!((bad.date, bad.date_source), (None, None));
    assert!(bad.warnings[0].contains("06/05/2019"), "{:?}", bad.warnings);
    assert_eq!(engine.stats().undated, 1);
}

#[test]
fn malformed_timeline_terms_get_clear_errors() {
    let (engine, _) = common::load();
    assert!(engine.timeline(&TimelineQuery::new("  ...  ", Bucket::Auto)).unwrap_err().to_string().contains("no word"));
    assert!(engine
        .timeline(&TimelineQuery::new("تنظيم الدولة", Bucket::Auto))
        .unwrap_err()
        .to_string()
        .contains("\"تنظيم الدولة\" for the phrase"));
}

/// Native and wasm builds must agree; `tests/wasm.rs` checks the wasm side against the same file.
/// Regenerate after an intended change with `MARSAD_BLESS=1 cargo test --test engine`.
#[test]
fn report_matches_the_file_shared_with_the_wasm_test() {
    let report = common::report();
    if std::env::var_os("MARSAD_BLESS").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/expected/report.json"), &report).unwrap();
    }
    assert_eq!(report, common::EXPECTED_REPORT);
}

#[test]
fn stopwords_can_be_edited_at_run_time() {
    let (mut engine, _) = common::load();
    let top = |e: &Engine| e.keywords(&KeywordQuery::default())[0].display.clone();
    assert_eq!(top(&engine), "الموصل");
    assert!(engine.add_stopword("والموصل"), "a clitic spelling adds the key");
    assert_ne!(top(&engine), "الموصل");
    assert!(engine.stopwords().contains(&"والموصل"));
    assert!(engine.remove_stopword("بالموصل"));
    assert_eq!(top(&engine), "الموصل");
    assert!(!engine.remove_stopword("بالموصل"));
    // Removing a built-in stopword lets it be counted.
    assert!(engine.remove_stopword("في"));
    let shown: Vec<_> = engine.keywords(&KeywordQuery { limit: 1000, ..KeywordQuery::default() });
    assert!(shown.iter().any(|k| k.key == "في"));
}

#[test]
fn options_choose_stopword_lists_and_a_stemmer() {
    let options = |langs: &[&str], stem: Option<&str>| EngineOptions {
        stopword_languages: langs.iter().map(|s| s.to_string()).collect(),
        stemming: stem.map(str::to_owned),
        ..EngineOptions::default()
    };
    let err = Engine::new(options(&["ar", "xx"], None)).unwrap_err();
    assert!(err.to_string().contains("«xx»"), "{err}");
    let err = Engine::new(options(&["en"], Some("klingon"))).unwrap_err();
    assert!(err.to_string().contains("klingon"), "{err}");

    let mut engine = Engine::new(options(&["en"], Some("english"))).unwrap();
    let text = "Elections were held. The election results and more elections; في الانتخابات";
    engine.add(DocumentInput { name: "a.txt", bytes: text.as_bytes(), date: None, modified: None }).unwrap();
    let top = &engine.keywords(&KeywordQuery::default())[0];
    assert_eq!((top.key.as_str(), top.count), ("elect", 3));
    // Only English stopwords were chosen: «في» is counted, Arabic is not stemmed.
    assert!(engine.keywords(&KeywordQuery::default()).iter().any(|k| k.key == "في"));
    assert!(engine.keywords(&KeywordQuery::default()).iter().any(|k| k.key == "انتخابات"));
}

/// Found by the fuzzer: a stray combining mark after punctuation was counted as a token, but
/// would not tokenise on its own, so its timeline failed.
#[test]
fn every_keyword_shown_can_be_drawn() {
    const CRASH: &[u8] = &[
        0x32, 0x0b, 0x62, 0xa4, 0x9d, 0x9d, 0x00, 0x32, 0x0b, 0x62, 0x62, 0x66, 0x62, 0x62, 0xff, 0xfe, 0x6f, 0xff,
        0x28, 0x62, 0x63, 0x62, 0x62, 0x0b, 0x62, 0xa4, 0x9d, 0x9d, 0x00,
    ];
    let mut engine = Engine::default();
    let (a, b) = CRASH.split_at(CRASH.len() / 2);
    for (name, bytes) in [("2020-01-02-a.txt", a), ("b.txt", b)] {
        let _ = engine.add(DocumentInput { name, bytes, date: None, modified: Some("2020-02-03") });
    }
    let all = KeywordQuery {
        limit: 100,
        include_stopwords: true,
        include_numbers: true,
        include_links: true,
        ..KeywordQuery::default()
    };
    for k in engine.keywords(&all) {
        let t = engine.timeline(&TimelineQuery::new(&k.display, Bucket::Auto)).unwrap();
        assert_eq!(t.key, k.key, "{:?}", k.display);
    }
}

#[test]
fn the_same_file_twice_is_refused_and_a_copy_under_another_name_is_flagged() {
    let mut engine = Engine::default();
    let text = "الموصل مدينة كبيرة".as_bytes();
    let add = |e: &mut Engine, name| e.add(DocumentInput { name, bytes: text, date: None, modified: None });
    assert!(add(&mut engine, "a.txt").is_ok());
    let again = add(&mut engine, "a.txt").unwrap_err();
    assert!(again.to_string().starts_with("a.txt: already loaded"), "{again}");
    let copy = add(&mut engine, "b.txt").unwrap();
    assert_eq!(copy.warnings, ["same text as «a.txt», which is also counted"]);
    assert_eq!(engine.stats().documents, 2);
    assert_eq!(engine.keywords(&KeywordQuery::default())[0].count, 2);
}

#[test]
fn dates_come_from_the_file_name_not_its_folder() {
    let mut engine = Engine::default();
    let doc = |name| DocumentInput { name, bytes: name.as_bytes(), date: None, modified: None };
    let a = engine.add(doc("export_20190505/report-2021-03-04.txt")).unwrap();
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2021-03-04"));
    let b = engine.add(doc("export_20190505/notes.txt")).unwrap();
    assert_eq!(b.date, None);
}

/// Adding files as one batch (tokenised on every core) must give exactly what adding them one
/// by one gives: the same ids, counts, variants and series.
#[test]
fn a_batch_on_many_cores_equals_one_file_at_a_time() {
    let texts: Vec<(String, Vec<u8>)> = (0..4000)
        .map(|i| {
            let (name, bytes, _) = common::FIXTURES[i % 4];
            let mut text = String::from_utf8_lossy(bytes).into_owned();
            text.push_str(&format!("\nرقم {i} والرقم{} ـ word{}", i % 37, i % 101));
            (format!("2021-{:02}-{:02}-{name}", 1 + i % 12, 1 + i % 28), text.into_bytes())
        })
        .collect();
    let inputs: Vec<DocumentInput> =
        texts.iter().map(|(n, b)| DocumentInput { name: n, bytes: b, date: None, modified: None }).collect();
    assert!(texts.iter().map(|t| t.1.len()).sum::<usize>() > 1 << 20, "large enough to be split");
    let mut one_by_one = Engine::default();
    inputs.iter().for_each(|&i| drop(one_by_one.add(i)));
    let mut batch = Engine::default();
    let added = batch.add_files(&inputs);
    assert!(added.iter().all(|r| r.errors.is_empty() && r.documents.len() == 1));
    let report = |e: &Engine| {
        let q = KeywordQuery { limit: 300, include_stopwords: true, include_numbers: true, ..KeywordQuery::default() };
        let t = e.timeline(&TimelineQuery::new("الموصل | word7 | «رقم 5»", Bucket::Month)).unwrap();
        serde_json::to_string(&(e.keywords(&q), t, e.documents(), e.stats())).unwrap()
    };
    assert_eq!(report(&batch), report(&one_by_one));
    // The same file twice in one batch is refused, as it would be one by one.
    let twice = [inputs[0], inputs[0]];
    let results = Engine::default().add_files(&twice);
    assert_eq!(results[0].documents.len(), 1);
    assert!(results[1].errors[0].message.contains("already loaded"), "{:?}", results[1]);
    // The same bytes under another name in one batch are kept, with a warning naming the first.
    let copy = DocumentInput { name: "copy of the first.txt", ..inputs[0] };
    let results = Engine::default().add_files(&[inputs[1], inputs[0], copy]);
    let warning = format!("same text as «{}», which is also counted", inputs[0].name);
    assert_eq!(results[2].documents[0].warnings, [warning], "{:?}", results[2]);
    assert!(results[1].documents[0].warnings.is_empty());
}

/// Issue 4's questions on every format; `tests/wasm.rs` checks the wasm side against the same file.
/// Regenerate after an intended change with `MARSAD_BLESS=1 cargo test --test engine`.
#[test]
fn analysis_matches_the_file_shared_with_the_wasm_test() {
    let report = common::analysis_report();
    if std::env::var_os("MARSAD_BLESS").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/expected/analysis.json"), &report).unwrap();
        return;
    }
    assert_eq!(report, common::EXPECTED_ANALYSIS);
}
