//! The fixture corpus and the report that native and wasm builds must both produce.
//!
//! The files are embedded with `include_bytes!` so the wasm test, which has no file system,
//! reads exactly the bytes the native test reads.

use marsad::{Bucket, DocumentInput, Engine, KeywordQuery, TimelineQuery};

/// (name, bytes, last-modified date handed over as the page would).
pub const FIXTURES: &[(&str, &[u8], Option<&str>)] = &[
    ("2021-03-02-mosul-ar.txt", include_bytes!("../fixtures/corpus/2021-03-02-mosul-ar.txt"), None),
    ("2021-03-16-mosul-ar.txt", include_bytes!("../fixtures/corpus/2021-03-16-mosul-ar.txt"), None),
    ("2021-04-05-mosul-en.txt", include_bytes!("../fixtures/corpus/2021-04-05-mosul-en.txt"), None),
    ("2021-04-20-report-cp1256.txt", include_bytes!("../fixtures/corpus/2021-04-20-report-cp1256.txt"), None),
    ("broken.txt", include_bytes!("../fixtures/corpus/broken.txt"), None),
    ("notes-undated.txt", include_bytes!("../fixtures/corpus/notes-undated.txt"), Some("2021-05-03")),
];

/// Loads every fixture; returns the engine and the per-file errors.
pub fn load() -> (Engine, Vec<String>) {
    let mut engine = Engine::default();
    let mut errors = Vec::new();
    for &(name, bytes, modified) in FIXTURES {
        if let Err(e) = engine.add(DocumentInput { name, bytes, date: None, modified }) {
            errors.push(e.to_string());
        }
    }
    (engine, errors)
}

/// Everything the engine computes for the fixtures, as JSON.
pub fn report() -> String {
    let (engine, errors) = load();
    let query = KeywordQuery {
        limit: 40,
        include_stopwords: true,
        include_numbers: true,
        include_links: true,
        ..KeywordQuery::default()
    };
    let value = serde_json::json!({
        "errors": errors,
        "documents": engine.documents(),
        "stats": engine.stats(),
        "keywords": engine.keywords(&query),
        "timelines": [
            engine.timeline(&TimelineQuery::new("الموصل", Bucket::Month)).ok(),
            engine.timeline(&TimelineQuery::new("mosul", Bucket::Auto)).ok(),
            engine.timeline(&TimelineQuery::new("المدينة", Bucket::Year)).ok(),
        ],
    });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

pub const EXPECTED_REPORT: &str = include_str!("../fixtures/expected/report.json");
