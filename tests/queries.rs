//! Queries, series and concordances on the fixture corpus, against counts worked out by hand
//! from the fixture texts (see the comments).

#[allow(dead_code)] // the report helpers serve the engine and wasm tests
mod common;

use marsad::date::Date;
use marsad::kwic::{KwicQuery, KwicSort};
use marsad::{Bucket, Engine, KeywordQuery, Measure, Shape, TimelineQuery};

fn total(engine: &Engine, query: &str) -> u64 {
    let t = engine.timeline(&TimelineQuery::new(query, Bucket::Month)).unwrap();
    t.series.points.iter().map(|p| p.count).sum::<u64>() + t.series.undated_count
}

fn monthly(engine: &Engine, query: &str, measure: Measure) -> Vec<(String, f64)> {
    let q = TimelineQuery { query: query.into(), shape: Shape { bucket: Bucket::Month, measure, smoothing: 0 } };
    engine.timeline(&q).unwrap().series.points.iter().map(|p| (p.start.to_string(), p.value)).collect()
}

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

#[test]
fn every_kind_of_query_counts_what_a_reader_would() {
    let (engine, _) = common::load();
    // «الموصل» by key: 4 in 03-02, 5 in 03-16 (سكان الموصل، بالموصل، في الموصل، للموصل،
    // والموصل), 2 in the cp1256 report, 1 in the undated notes.
    assert_eq!(total(&engine, "الموصل"), 12);
    // Exactly the form «الموصل»: not بالموصل، للموصل، والموصل.
    assert_eq!(total(&engine, "=الموصل"), 9);
    assert_eq!(total(&engine, "=والموصل"), 1);
    // The phrase: the 03-02 title and «بعد معركة الموصل».
    assert_eq!(total(&engine, "«معركة الموصل»"), 2);
    // One series for both languages: 12 + 4 × Mosul.
    assert_eq!(total(&engine, "الموصل | Mosul"), 16);
    // Exclusion by occurrence: 12 less the two inside the phrase.
    assert_eq!(total(&engine, "الموصل -\"معركة الموصل\""), 10);
    // Prefixes by key and by form.
    assert_eq!(total(&engine, "موص*"), 12);
    assert_eq!(total(&engine, "الموص*"), 9);
    // «الغربية.» ends a sentence: no phrase runs into «وقال».
    assert_eq!(total(&engine, "\"الغربية وقال\""), 0);
    assert_eq!(total(&engine, "\"الغربية\""), 1);
    // A word the corpus never saw is a series of zeros, not an error.
    assert_eq!(total(&engine, "كركوك"), 0);
}

#[test]
fn a_timeline_says_which_spellings_it_counted() {
    let (engine, _) = common::load();
    let t = engine.timeline(&TimelineQuery::new("الموصل", Bucket::Month)).unwrap();
    let variants: Vec<_> = t.variants.iter().map(|v| (v.form.as_str(), v.count)).collect();
    assert_eq!(variants, [("الموصل", 9), ("بالموصل", 1), ("للموصل", 1), ("والموصل", 1)]);
    assert_eq!(t.key, "موصل");
    let t = engine.timeline(&TimelineQuery::new("«معركة الموصل» | Mosul", Bucket::Month)).unwrap();
    assert_eq!(t.key, "\"معركة الموصل\" | Mosul");
    assert_eq!(t.variants.iter().map(|v| v.count).collect::<Vec<_>>(), [4, 2]);
}

#[test]
fn measures_are_counts_rates_and_shares_of_documents() {
    let (engine, _) = common::load();
    // March: 9 hits in 2 documents of 48 + 50 tokens. April: the English article (0 of 38
    // tokens) and the report (2 of 21). May: the notes (1 of 4).
    assert_eq!(
        monthly(&engine, "الموصل", Measure::Count),
        [("2021-03-01".into(), 9.0), ("2021-04-01".into(), 2.0), ("2021-05-01".into(), 1.0)]
    );
    let rate = monthly(&engine, "الموصل", Measure::Rate);
    assert!((rate[0].1 - 9.0 * 10_000.0 / 98.0).abs() < 1e-9, "{rate:?}");
    assert!((rate[1].1 - 2.0 * 10_000.0 / 59.0).abs() < 1e-9, "{rate:?}");
    let share = monthly(&engine, "الموصل", Measure::Share);
    assert_eq!(share.iter().map(|p| p.1).collect::<Vec<_>>(), [100.0, 50.0, 100.0]);
}

#[test]
fn excluding_a_document_or_redating_it_moves_every_count() {
    let (mut engine, _) = common::load();
    let kw = |e: &Engine| {
        e.keywords(&KeywordQuery::default()).into_iter().find(|k| k.key == "موصل").map(|k| (k.count, k.docs))
    };
    assert_eq!(kw(&engine), Some((12, 4)));
    assert!(engine.set_excluded(1, true));
    assert_eq!(kw(&engine), Some((7, 3)));
    assert_eq!(monthly(&engine, "الموصل", Measure::Count)[0], ("2021-03-01".into(), 4.0));
    assert_eq!(engine.stats().included, 4);
    assert!(engine.set_excluded(1, false));
    assert!(engine.set_date(4, None));
    let t = engine.timeline(&TimelineQuery::new("الموصل", Bucket::Month)).unwrap();
    assert_eq!((t.series.points.len(), t.series.undated_count, t.series.undated_docs), (2, 1, 1));
    assert!(engine.set_date(4, Some(date("2021-03-20"))));
    assert_eq!(monthly(&engine, "الموصل", Measure::Count)[0], ("2021-03-01".into(), 10.0));
    assert!(!engine.set_date(99, None));
}

#[test]
fn kwic_lines_show_context_and_offsets_that_slice_back() {
    let (engine, _) = common::load();
    let k = engine.kwic(&KwicQuery { query: "=للموصل".into(), width: 24, ..KwicQuery::default() }).unwrap();
    assert_eq!(k.total, 1);
    let line = &k.lines[0];
    assert_eq!(
        (line.left.as_str(), line.hit.as_str(), line.right.as_str()),
        (". ووصلت قوافل المساعدات ", "للموصل", " صباح اليوم، فيما أعلن ا")
    );
    assert_eq!((line.doc, line.date), (1, Some(date("2021-03-16"))));
    let text = engine.text(line.doc).unwrap();
    assert_eq!(&text[line.start..line.end], "للموصل");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[line.start16..line.end16]).unwrap(), "للموصل");

    // A phrase is highlighted whole; paging and the bucket filter.
    let phrase = engine.kwic(&KwicQuery { query: "«معركة الموصل»".into(), ..KwicQuery::default() }).unwrap();
    assert_eq!(phrase.lines.iter().map(|l| l.hit.as_str()).collect::<Vec<_>>(), ["معركة الموصل", "معركة الموصل"]);
    let march16 = KwicQuery {
        query: "الموصل".into(),
        from: Some(date("2021-03-16")),
        to: Some(date("2021-03-17")),
        ..KwicQuery::default()
    };
    assert_eq!(engine.kwic(&march16).unwrap().total, 5);
    let page =
        engine.kwic(&KwicQuery { query: "الموصل".into(), offset: 10, limit: 5, ..KwicQuery::default() }).unwrap();
    assert_eq!((page.total, page.lines.len()), (12, 2));
    // Reading order is by date: the notes (dated by their last-modified time) come last.
    assert_eq!(page.lines[1].date, Some(date("2021-05-03")));
    let mut engine = engine;
    engine.set_date(4, None);
    let undated = engine.kwic(&KwicQuery { query: "الموصل".into(), undated: true, ..KwicQuery::default() }).unwrap();
    assert_eq!(undated.total, 1);
}

#[test]
fn kwic_sorts_by_the_neighbouring_words() {
    let (engine, _) = common::load();
    let sorted = |sort| {
        let k = engine.kwic(&KwicQuery { query: "الموصل".into(), sort, limit: 100, ..KwicQuery::default() }).unwrap();
        k.lines
    };
    let left = sorted(KwicSort::Left);
    // The first word before each hit, as normalised; titles have none and come first.
    let before: Vec<String> = left.iter().map(|l| l.left.split_whitespace().last().unwrap_or("").to_owned()).collect();
    assert_eq!(before.len(), 12);
    assert_eq!(before[0], "");
    let right = sorted(KwicSort::Right);
    // The first word after each hit, normalised as the engine compares them.
    let norm = marsad::normalise::NormaliseOptions::default();
    let after: Vec<String> = right
        .iter()
        .map(|l| {
            marsad::tokenise::tokenise(&l.right).next().map_or(String::new(), |t| norm.normalise(t.text(&l.right)))
        })
        .collect();
    let mut expected = after.clone();
    expected.sort();
    assert_eq!(after, expected);
    assert!(after.contains(&"الغربيه".to_owned()) || after.contains(&"الغربية".to_owned()), "{after:?}");
}

#[test]
fn malformed_queries_are_refused_with_the_reason() {
    let (engine, _) = common::load();
    let err = |q: &str| engine.timeline(&TimelineQuery::new(q, Bucket::Auto)).unwrap_err().to_string();
    assert!(err("\"معركة الموصل").contains("never closed"));
    assert!(err("-الموصل").contains("only excludes"));
    assert!(engine
        .kwic(&KwicQuery { query: "|".into(), ..KwicQuery::default() })
        .unwrap_err()
        .to_string()
        .contains("between two"));
}

#[test]
fn dispersion_places_matches_along_the_corpus() {
    let (engine, _) = common::load();
    let d = engine.dispersion("الموصل").unwrap();
    assert_eq!(d.tokens, 161);
    let offsets: Vec<u64> = d.documents.iter().map(|x| x.offset).collect();
    assert_eq!(offsets, [0, 48, 98, 136, 157]);
    // «معركة الموصل …» opens the first document: the match is its second token.
    assert_eq!(d.documents[0].positions.first(), Some(&1));
    let per_doc: Vec<usize> = d.documents.iter().map(|x| x.positions.len()).collect();
    assert_eq!(per_doc, [4, 5, 0, 2, 1]);
}
