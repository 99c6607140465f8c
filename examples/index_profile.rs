//! Indexing throughput by stage, with a baseline measured in the same run: one document per
//! file, `REPEAT=N` to repeat the files N times (the seeds are small: `REPEAT=200`).
//! Run: cargo run --release --example index_profile -- FILE...
use std::collections::HashMap;
use std::time::{Duration, Instant};

use marsad::{DocumentInput, Engine, KeywordQuery};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = None;
    let mut min = Duration::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let value = f();
        min = min.min(t.elapsed());
        out = Some(value);
    }
    (min, out.expect("runs > 0"))
}

fn main() {
    let repeat: usize = std::env::var("REPEAT").ok().and_then(|r| r.parse().ok()).unwrap_or(1);
    let files: Vec<Vec<u8>> = std::env::args().skip(1).filter_map(|p| std::fs::read(p).ok()).collect();
    let docs: Vec<&[u8]> = (0..repeat).flat_map(|_| files.iter().map(Vec::as_slice)).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mbs = |d: Duration| bytes as f64 / d.as_secs_f64() / 1e6;

    let (baseline, distinct) = best(5, || {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for d in &docs {
            for w in std::str::from_utf8(d).unwrap_or("").split_whitespace() {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
        counts.len()
    });
    // As the CLI and the page's worker add files: in batches (one call tokenises on every core,
    // or on `MARSAD_THREADS` of them).
    let names: Vec<String> = (0..docs.len()).map(|i| format!("{i}.txt")).collect();
    let index = |docs: &[&[u8]]| {
        let mut engine = Engine::default();
        let inputs: Vec<DocumentInput> = docs
            .iter()
            .zip(&names)
            .map(|(d, name)| DocumentInput { name, bytes: d, date: None, modified: None })
            .collect();
        for batch in inputs.chunks(200) {
            engine.add_files(batch);
        }
        engine
    };
    let (indexed, _) = best(5, || index(&docs));
    let (full, engine) = best(3, || {
        let engine = index(&docs);
        let top = engine.keywords(&KeywordQuery::default());
        assert!(!top.is_empty());
        engine
    });
    println!("{} documents, {bytes} bytes", docs.len());
    println!("baseline (split_whitespace + HashMap): {baseline:?}, {:.0} MB/s, {distinct} distinct", mbs(baseline));
    println!(
        "index (decode, tokenise, normalise, count): {indexed:?}, {:.0} MB/s, {:.2}× baseline",
        mbs(indexed),
        baseline.as_secs_f64() / indexed.as_secs_f64()
    );
    println!(
        "index + keys + keyword table: {full:?}, {:.0} MB/s, {:.2}× baseline, {} keys",
        mbs(full),
        baseline.as_secs_f64() / full.as_secs_f64(),
        engine.stats().distinct_keys
    );
}
