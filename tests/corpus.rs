//! Formats, dates, duplicates, boilerplate and manifests through the engine, on the project's
//! fixtures, with expected values worked out by hand from the fixture files.

use std::path::Path;

use marsad::date::DateSource;
use marsad::kwic::KwicQuery;
use marsad::{DocumentInput, Engine, KeywordQuery};

fn read(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.into_iter().map(|p| (p.to_string_lossy().into_owned(), std::fs::read(&p).unwrap())).collect()
}

fn load(files: &[(String, Vec<u8>)]) -> (Engine, Vec<marsad::FileReport>) {
    let mut engine = Engine::default();
    let inputs: Vec<DocumentInput> =
        files.iter().map(|(n, b)| DocumentInput { name: n, bytes: b, date: None, modified: None }).collect();
    let reports = engine.add_files(&inputs);
    (engine, reports)
}

fn count(engine: &Engine, word: &str) -> u64 {
    let q = KeywordQuery { limit: 100_000, include_stopwords: true, include_numbers: true, ..KeywordQuery::default() };
    let key = engine.key_of(word).unwrap();
    engine.keywords(&q).into_iter().find(|k| k.key == key).map_or(0, |k| k.count)
}

#[test]
fn every_format_loads_with_its_dates_and_errors_per_part() {
    let (engine, reports) = load(&read("tests/fixtures/formats"));
    let report = |name: &str| reports.iter().find(|r| r.name.ends_with(name)).unwrap();
    // CSV: two rows, dated by their `date` column, the source column kept.
    let csv = report("articles.csv");
    // The row with a blank text is skipped and said; the row without a date stays, undated.
    let dated: Vec<_> =
        csv.documents.iter().map(|d| (d.date.map(|d| d.to_string()), d.date_source, d.source.clone())).collect();
    assert_eq!(
        dated,
        [
            (Some("2017-07-10".into()), Some(DateSource::Field), Some("Reuters".into())),
            (Some("2017-07-11".into()), Some(DateSource::Field), Some("الرياض".into())),
            (None, None, None)
        ]
    );
    assert_eq!(csv.skipped.len(), 1);
    // JSON lines: three documents, the broken line reported by number, the epoch read as a date.
    let jsonl = report("lines.jsonl");
    assert_eq!(jsonl.documents.len(), 3);
    assert!(jsonl.errors.iter().any(|e| e.name.contains("line 4")), "{:?}", jsonl.errors);
    assert_eq!(jsonl.documents[2].date.map(|d| d.to_string()).as_deref(), Some("2021-01-01"));
    // HTML: the JSON-LD date, as written (not shifted to UTC), from the page's metadata.
    let html = &report("article.html").documents[0];
    assert_eq!(
        (html.date.map(|d| d.to_string()), html.date_source),
        (Some("2017-07-10".into()), Some(DateSource::HtmlMeta))
    );
    assert_eq!(html.language, Some("ar"));
    // A CSV without a text column: one error naming the columns, nothing else lost.
    assert!(report("no-text.csv").errors[0].message.contains("column"), "{:?}", report("no-text.csv").errors);
    assert!(engine.stats().documents >= 8);
}

#[test]
fn a_date_in_the_text_is_found_and_said_to_be_from_the_text() {
    let mut engine = Engine::default();
    let text = "الرياض - الثلاثاء 15 أغسطس 2017 / 13:26\n\nأعلنت القوات استعادة المدينة.";
    let doc = engine
        .add(DocumentInput { name: "article.txt", bytes: text.as_bytes(), date: None, modified: Some("2020-01-01") })
        .unwrap();
    assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), Some("2017-08-15"));
    assert_eq!(doc.date_source, Some(DateSource::Text));
    assert!(doc.date_evidence.unwrap().contains("أغسطس"));
    // The seed article the project started from, when ../shared is present.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Some(seed) = std::fs::read_dir(&seeds)
        .ok()
        .and_then(|d| d.flatten().find(|e| e.file_name().to_string_lossy().starts_with("002_")))
    else {
        eprintln!("skipping the seed 002 check: {} is absent", seeds.display());
        return;
    };
    let bytes = std::fs::read(seed.path()).unwrap();
    let doc = engine.add(DocumentInput { name: "002.txt", bytes: &bytes, date: None, modified: None }).unwrap();
    assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), Some("2017-08-15"));
}

#[test]
fn duplicate_clusters_can_be_counted_once() {
    let (mut engine, _) = load(&read("tests/fixtures/dups"));
    let names: Vec<String> = engine.documents().iter().map(|d| d.name.rsplit('/').next().unwrap().to_owned()).collect();
    let clusters: Vec<Vec<&str>> =
        engine.duplicates().iter().map(|c| c.docs.iter().map(|&d| names[d as usize].as_str()).collect()).collect();
    assert_eq!(clusters, [vec!["rewrite-ar.txt", "wire-ar.txt"]]);
    let docs = engine.stats().included;
    engine.set_count_duplicates_once(true);
    assert_eq!(engine.stats().included, docs - 1);
    let wire = names.iter().position(|n| n == "wire-ar.txt").unwrap() as u32;
    assert!(!engine.is_counted(wire));
    engine.set_count_duplicates_once(false);
    assert!(engine.is_counted(wire));
}

#[test]
fn boilerplate_lines_leave_and_return_to_the_counts() {
    let (mut engine, _) = load(&read("tests/fixtures/boilerplate/wahat"));
    // «الأكثر قراءة» closes all four pages of the site; «قراءة» appears nowhere else.
    assert_eq!(count(&engine, "قراءة"), 4);
    let before = count(&engine, "التمور");
    let lines = engine.set_exclude_boilerplate(true);
    assert!(lines.iter().any(|l| l.text == "الأكثر قراءة"), "{lines:?}");
    assert_eq!(count(&engine, "قراءة"), 0);
    // The repeated title of page 1 counts once; its words in the body still count.
    assert!(count(&engine, "التمور") < before);
    // KWIC offsets still point at the right words with lines left out.
    let k = engine.kwic(&KwicQuery { query: "الحرارة".into(), ..KwicQuery::default() }).unwrap();
    for line in &k.lines {
        assert_eq!(&engine.text(line.doc).unwrap()[line.start..line.end], "الحرارة");
    }
    engine.set_exclude_boilerplate(false);
    assert_eq!((count(&engine, "قراءة"), count(&engine, "التمور")), (4, before));
}

#[test]
fn a_manifest_dates_documents_and_names_what_it_could_not_match() {
    let (mut engine, _) = load(&read("tests/fixtures/dups"));
    let report = engine.apply_manifest(
        "file,date\nwire-ar.txt,2017-07-10\nrewrite-ar.txt,11/07/2017\nmissing.txt,2017-01-01\nbad.txt,31/02/2017\n",
    );
    assert_eq!(report.dated, 2);
    assert_eq!(report.unmatched, ["missing.txt"]);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    let wire = engine.documents().into_iter().find(|d| d.name.ends_with("wire-ar.txt")).unwrap().clone();
    assert_eq!(
        (wire.date.map(|d| d.to_string()), wire.date_source),
        (Some("2017-07-10".into()), Some(DateSource::Manifest))
    );
}
