//! Any bytes through the whole pipeline: decode, extract (as any format, archives included),
//! tokenise, normalise, key, count, and every corpus question. The core must never panic, and
//! every token must slice back to the decoded text.
//! Run: cargo +nightly fuzz run pipeline -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad::kwic::{KwicQuery, KwicSort};
use marsad::stats::{CollocateQuery, NgramQuery};
use marsad::{decode::decode, tokenise::tokenise, Bucket, DocumentInput, Engine, KeywordQuery, TimelineQuery};

const NAMES: [&str; 8] = ["a.txt", "a.html", "a.csv", "a.json", "a.jsonl", "a.zip", "a.docx", "2020-01-02-a.md"];

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode(data) {
        let text = decoded.text.as_ref();
        for token in tokenise(text) {
            assert!(text.get(token.start..token.end).is_some_and(|t| !t.is_empty()));
        }
    }
    let Some((&first, data)) = data.split_first() else { return };
    let split = data.len() / 2;
    let mut engine = Engine::default();
    let inputs = [
        DocumentInput {
            name: NAMES[usize::from(first) % 8],
            bytes: &data[..split],
            date: None,
            modified: Some("2020-02-03"),
        },
        DocumentInput { name: NAMES[usize::from(first / 8) % 8], bytes: &data[split..], date: None, modified: None },
    ];
    engine.add_files(&inputs);
    let all = KeywordQuery {
        limit: 5,
        include_stopwords: true,
        include_numbers: true,
        include_links: true,
        ..KeywordQuery::default()
    };
    for k in engine.keywords(&all) {
        let _ = engine.timeline(&TimelineQuery::new(&k.display, Bucket::Auto));
        if let Ok(kwic) =
            engine.kwic(&KwicQuery { query: k.display.clone(), sort: KwicSort::Left, ..KwicQuery::default() })
        {
            for line in kwic.lines {
                assert!(engine.text(line.doc).and_then(|t| t.get(line.start..line.end)).is_some());
            }
        }
        let _ =
            engine.collocates(&CollocateQuery { query: k.display.clone(), min_count: 1, ..CollocateQuery::default() });
    }
    let _ = engine.ngrams(&NgramQuery { min_count: 1, ..NgramQuery::default() });
    let _ = engine.duplicates();
    let _ = engine.set_exclude_boilerplate(true);
    let _ = engine.keywords(&all);
});
