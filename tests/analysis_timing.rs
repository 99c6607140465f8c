//! Timings of n-grams, collocates and keyness on a real-sized corpus (ignored by default):
//! `cargo test --release --test analysis_timing -- --ignored --nocapture`.
//!
//! With `MARSAD_SNN_JSON` naming a folder of SaudiNewsNet days unzipped (`YYYY-MM-DD.json`, each
//! an array of articles with `content`), those articles are loaded; otherwise the seed articles
//! in `../shared/seeds` repeated, which times the scan but not the variety of a real vocabulary.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use marsad::date::Date;
use marsad::{CollocateQuery, DocumentInput, Engine, KeynessQuery, NgramQuery, Selection};

fn load() -> Option<Engine> {
    let mut engine = Engine::default();
    let mut add = |name: &str, text: &str| {
        let _ = engine.add(DocumentInput { name, bytes: text.as_bytes(), date: None, modified: None });
    };
    if let Ok(dir) = std::env::var("MARSAD_SNN_JSON") {
        let mut files: Vec<_> = std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            let day = path.file_stem()?.to_string_lossy().into_owned();
            let articles: Vec<serde_json::Value> = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
            for (i, a) in articles.iter().enumerate() {
                add(&format!("{day}-{i:05}.txt"), a.get("content")?.as_str().unwrap_or(""));
            }
        }
    } else {
        let Ok(entries) = std::fs::read_dir("../shared/seeds") else {
            println!("skipped: neither MARSAD_SNN_JSON nor ../shared/seeds is available");
            return None;
        };
        let seeds: Vec<String> = entries.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect();
        for copy in 0..3000 {
            for (i, text) in seeds.iter().enumerate() {
                // A varying line so the fingerprints differ and no copy is refused.
                add(
                    &format!("2017-{:02}-{:02}-{copy}-{i}.txt", copy % 12 + 1, copy % 28 + 1),
                    &format!("{text}\n{copy}"),
                );
            }
        }
    }
    Some(engine)
}

#[test]
#[ignore]
fn timings() {
    let t = Instant::now();
    let Some(engine) = load() else { return };
    let stats = engine.stats();
    println!("loaded {} documents, {} tokens in {:.2?}", stats.documents, stats.tokens, t.elapsed());
    let _ = engine.keywords(&Default::default());
    for (min, max) in [(2, 2), (2, 4)] {
        let t = Instant::now();
        let grams = engine.ngrams(&NgramQuery { min, max, ..NgramQuery::default() }).unwrap();
        println!("n-grams {min}..={max}: {:.2?}", t.elapsed());
        for g in grams.iter().take(8) {
            println!("  {} ×{} ({} docs)", g.display, g.count, g.docs);
        }
    }
    let t = Instant::now();
    let rows = engine.collocates(&CollocateQuery { query: "السعودية".into(), ..CollocateQuery::default() }).unwrap();
    println!("collocates of السعودية: {:.2?}", t.elapsed());
    for c in rows.iter().take(5) {
        println!("  {} ×{} G² {:.1} PMI {:.2}", c.display, c.together, c.log_likelihood, c.pmi);
    }
    let t = Instant::now();
    let first_days = Selection { to: Date::new(2015, 7, 24), ..Selection::default() };
    let k = engine.keyness(&KeynessQuery { target: first_days, ..KeynessQuery::default() });
    println!("keyness: {:.2?}", t.elapsed());
    if let Ok(k) = k {
        println!("  target {:?} reference {:?}", k.target, k.reference);
        for r in k.keys.iter().take(5) {
            println!(
                "  {} {}/{} G² {:.1} LR {:.2}",
                r.display, r.target_count, r.reference_count, r.log_likelihood, r.log_ratio
            );
        }
    }
}
