//! Issue 4's corpus targets, stage by stage: load + index (files as given: zips of JSON are
//! read as they are), a new timeline query, a KWIC page, and the index's memory against the
//! text's size. Baseline in the same run: splitting the extracted text on whitespace into a
//! HashMap, on one core.
//! Run: cargo run --release --example corpus_queries -- ../shared/corpora/saudinewsnet/*.zip
use std::collections::HashMap;
use std::time::{Duration, Instant};

use marsad::kwic::KwicQuery;
use marsad::{Bucket, DocumentInput, Engine, KeywordQuery, TimelineQuery};

fn timed<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let t = Instant::now();
    let v = f();
    (t.elapsed(), v)
}

fn files(path: &std::path::Path, out: &mut Vec<(String, Vec<u8>)>) {
    if path.is_dir() {
        let mut children: Vec<_> = std::fs::read_dir(path).into_iter().flatten().flatten().map(|e| e.path()).collect();
        children.sort();
        children.iter().for_each(|c| files(c, out));
    } else if let Ok(bytes) = std::fs::read(path) {
        out.push((path.display().to_string(), bytes));
    }
}

fn main() {
    let mut docs = Vec::new();
    std::env::args().skip(1).for_each(|p| files(std::path::Path::new(&p), &mut docs));
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    let options = marsad::extract::ExtractOptions::default();
    let texts: Vec<String> = docs
        .iter()
        .flat_map(|(name, bytes)| marsad::extract::extract(name, bytes, &options).items.into_iter().map(|i| i.text))
        .collect();
    let (baseline, distinct) = timed(|| {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for t in &texts {
            for w in t.split_whitespace() {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
        counts.len()
    });
    let (load, engine) = timed(|| {
        let mut engine = Engine::default();
        let inputs: Vec<DocumentInput> =
            docs.iter().map(|(name, bytes)| DocumentInput { name, bytes, date: None, modified: None }).collect();
        engine.add_files(&inputs);
        engine
    });
    let (keys, stats) = timed(|| engine.stats());
    let (table, _) = timed(|| engine.keywords(&KeywordQuery::default()));
    let queries = ["الموصل", "السعودية | الرياض", "\"ولي العهد\"", "داعش | \"تنظيم الدولة\" -الدولة", "انتخاب*"];
    let mut series = Vec::new();
    for q in queries {
        let (t, s) = timed(|| engine.timeline(&TimelineQuery::new(q, Bucket::Day)));
        let total: u64 = s.map(|s| s.series.points.iter().map(|p| p.count).sum()).unwrap_or(0);
        series.push(format!("{q}: {:.1} ms ({total} hits)", t.as_secs_f64() * 1e3));
    }
    let (kwic, k) = timed(|| {
        engine
            .kwic(&KwicQuery { query: "السعودية".into(), sort: marsad::KwicSort::Left, ..KwicQuery::default() })
    });
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{} documents, {:.1} MB, {} tokens, {} keys",
        stats.documents,
        bytes as f64 / 1e6,
        stats.tokens,
        stats.distinct_keys
    );
    println!("baseline whitespace HashMap: {:.0} ms ({distinct} distinct)", ms(baseline));
    println!(
        "load + index: {:.0} ms ({:.1}x baseline); keys of the vocabulary: {:.0} ms; keyword table: {:.0} ms",
        ms(load),
        ms(load) / ms(baseline),
        ms(keys),
        ms(table)
    );
    for s in series {
        println!("timeline {s}");
    }
    println!("KWIC page (50 lines of {}, sorted left): {:.1} ms", k.map(|k| k.total).unwrap_or(0), ms(kwic));
    println!(
        "index memory: {:.1} MB = {:.2}x the text ({:.1} MB)",
        engine.index_bytes() as f64 / 1e6,
        engine.index_bytes() as f64 / engine.text_bytes() as f64,
        engine.text_bytes() as f64 / 1e6
    );
}
