//! Any bytes through the whole pipeline: decode, tokenise, normalise, key, count, timeline.
//! The core must never panic, and every token must slice back to the decoded text.
//! Run: cargo +nightly fuzz run pipeline -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad::{decode::decode, tokenise::tokenise, Bucket, DocumentInput, Engine, KeywordQuery};

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode(data) {
        let text = decoded.text.as_ref();
        for token in tokenise(text) {
            assert!(text.get(token.start..token.end).is_some_and(|t| !t.is_empty()));
        }
    }
    let split = data.len() / 2;
    let mut engine = Engine::default();
    for (name, bytes) in [("2020-01-02-a.txt", &data[..split]), ("b.txt", &data[split..])] {
        let _ = engine.add(DocumentInput { name, bytes, date: None, modified: Some("2020-02-03") });
    }
    for k in engine.keywords(&KeywordQuery { limit: 5, include_stopwords: true, include_numbers: true, include_links: true }) {
        let timeline = engine.timeline(&k.display, Bucket::Auto);
        assert!(timeline.is_ok(), "{:?}", k.display);
    }
});
