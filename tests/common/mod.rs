//! The fixture corpus and the report that native and wasm builds must both produce.
//!
//! The files are embedded with `include_bytes!` so the wasm test, which has no file system,
//! reads exactly the bytes the native test reads.

use marsad::kwic::KwicQuery;
use marsad::{Bucket, DocumentInput, Engine, KeywordQuery, TimelineQuery};

#[path = "../zip_writer/mod.rs"]
#[allow(dead_code)]
mod zip_writer;

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

/// Files for the analysis report: every format, the duplicate pair, a site's pages with
/// chrome, and a zip holding some of them, embedded so the wasm test reads the same bytes.
const ANALYSIS_FILES: &[(&str, &[u8])] = &[
    ("formats/article.html", include_bytes!("../fixtures/formats/article.html")),
    ("formats/legacy-cp1256.html", include_bytes!("../fixtures/formats/legacy-cp1256.html")),
    ("formats/articles.csv", include_bytes!("../fixtures/formats/articles.csv")),
    ("formats/articles.tsv", include_bytes!("../fixtures/formats/articles.tsv")),
    ("formats/array.json", include_bytes!("../fixtures/formats/array.json")),
    ("formats/wrapped.json", include_bytes!("../fixtures/formats/wrapped.json")),
    ("formats/lines.jsonl", include_bytes!("../fixtures/formats/lines.jsonl")),
    ("formats/broken.json", include_bytes!("../fixtures/formats/broken.json")),
    ("dups/wire-ar.txt", include_bytes!("../fixtures/dups/wire-ar.txt")),
    ("dups/rewrite-ar.txt", include_bytes!("../fixtures/dups/rewrite-ar.txt")),
    ("dups/same-topic-ar.txt", include_bytes!("../fixtures/dups/same-topic-ar.txt")),
    ("dups/unrelated-en.txt", include_bytes!("../fixtures/dups/unrelated-en.txt")),
    ("wahat/1.txt", include_bytes!("../fixtures/boilerplate/wahat/1.txt")),
    ("wahat/2.txt", include_bytes!("../fixtures/boilerplate/wahat/2.txt")),
    ("wahat/3.txt", include_bytes!("../fixtures/boilerplate/wahat/3.txt")),
    ("wahat/4.txt", include_bytes!("../fixtures/boilerplate/wahat/4.txt")),
];

/// Every corpus question of issue 4 on the analysis files, as JSON: native and wasm must agree.
pub fn analysis_report() -> String {
    use marsad::kwic::KwicSort;
    use marsad::stats::{CollocateQuery, KeynessQuery, NgramQuery, Selection};
    use marsad::{Measure, Shape};

    let mut files: Vec<(String, Vec<u8>)> = ANALYSIS_FILES.iter().map(|(n, b)| ((*n).to_owned(), b.to_vec())).collect();
    let zipped = zip_writer::zip(vec![
        zip_writer::entry("inner/2017-07-12-note.txt", "ملاحظة عن الموصل والجسور"),
        zip_writer::stored("inner/page.html", ANALYSIS_FILES[0].1.to_vec()),
    ]);
    files.push(("archive.zip".into(), zipped));
    let mut engine = Engine::default();
    let inputs: Vec<DocumentInput> = files
        .iter()
        .map(|(n, b)| DocumentInput { name: n, bytes: b, date: None, modified: Some("2021-06-01") })
        .collect();
    let reports = engine.add_files(&inputs);
    let manifest = engine.apply_manifest("file,date\ndups/unrelated-en.txt,2017-07-20\n");
    let shape = Shape { bucket: marsad::Bucket::Week, measure: Measure::Rate, smoothing: 3 };
    let kwic = |query: &str, sort| {
        engine.kwic(&KwicQuery { query: query.into(), sort, limit: 8, width: 30, ..KwicQuery::default() }).ok()
    };
    let mut value = serde_json::json!({
        "files": reports,
        "manifest": manifest,
        "kwic": [kwic("الموصل", KwicSort::Left), kwic("«تنظيم الدولة» | Mosul", KwicSort::Right)],
        "timeline": engine.timeline(&TimelineQuery { query: "الموصل | Mosul -=بالموصل".into(), shape }).ok(),
        "dispersion": engine.dispersion("الموصل").ok(),
        "ngrams": engine.ngrams(&NgramQuery { limit: 15, ..NgramQuery::default() }).ok(),
        "collocates": engine.collocates(&CollocateQuery { query: "الموصل".into(), min_count: 1, limit: 10, ..CollocateQuery::default() }).ok(),
        "keyness": engine.keyness(&KeynessQuery {
            target: Selection { from: marsad::date::Date::parse_iso("2017-07-01"), to: marsad::date::Date::parse_iso("2017-08-01"), ..Selection::default() },
            min_count: 1,
            limit: 10,
            ..KeynessQuery::default()
        }).ok(),
        "duplicates": engine.duplicates(),
    });
    let boilerplate = engine.set_exclude_boilerplate(true);
    engine.set_count_duplicates_once(true);
    value["boilerplate"] = serde_json::json!(boilerplate);
    value["after"] = serde_json::json!({ "stats": engine.stats(), "keywords": engine.keywords(&KeywordQuery { limit: 15, ..KeywordQuery::default() }) });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

pub const EXPECTED_ANALYSIS: &str = include_str!("../fixtures/expected/analysis.json");
