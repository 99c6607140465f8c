//! The whole pipeline (decode → normalise → tokenise → count → key) on Arabic news text.
//!
//! Text: the SaudiNewsNet articles in ../shared when present (read from the zips' JSON, never
//! copied), else the project's own fixtures repeated. Throughput is reported in bytes of input;
//! each benchmark also asserts counts, so a fast but wrong pipeline fails instead of shining.
//! Run: cargo bench --bench pipeline

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use marsad::tokenise::tokenise;
use marsad::{DocumentInput, Engine, KeywordQuery};

/// About 4 MB of Arabic article text, as separate documents.
fn corpus() -> (String, Vec<Vec<u8>>) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/saudinewsnet/2015-07-21.zip");
    if let Some(docs) = saudinewsnet(&shared) {
        return ("SaudiNewsNet 2015-07-21".into(), docs);
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let mut one = Vec::new();
    for name in ["2021-03-02-mosul-ar.txt", "2021-03-16-mosul-ar.txt"] {
        one.extend(std::fs::read(fixtures.join(name)).unwrap_or_default());
    }
    ("fixtures repeated (../shared absent)".into(), std::iter::repeat_n(one, 4000).collect())
}

/// The `content` fields of the JSON array inside one SaudiNewsNet zip, via `unzip -p`.
fn saudinewsnet(zip: &Path) -> Option<Vec<Vec<u8>>> {
    let out = std::process::Command::new("unzip").arg("-p").arg(zip).output().ok()?;
    let articles: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).ok()?;
    let docs: Vec<Vec<u8>> =
        articles.iter().filter_map(|a| a.get("content")?.as_str().map(|s| s.as_bytes().to_vec())).collect();
    (!docs.is_empty()).then_some(docs)
}

fn pipeline(c: &mut Criterion) {
    let (source, docs) = corpus();
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let text: String = docs.iter().map(|d| String::from_utf8_lossy(d)).collect::<Vec<_>>().join("\n");
    let expected_tokens = tokenise(&text).count() as u64;
    eprintln!("corpus: {source}: {} documents, {bytes} bytes, {expected_tokens} tokens", docs.len());
    let index = |docs: &[Vec<u8>]| {
        let mut engine = Engine::default();
        for (i, d) in docs.iter().enumerate() {
            let name = format!("{i}.txt");
            let _ = engine.add(DocumentInput { name: &name, bytes: d, date: None, modified: None });
        }
        engine
    };
    // Tokens whose normal form is empty (a lone tatweel) are not counted: allow a sliver.
    let indexed = index(&docs).stats().tokens;
    assert!(indexed <= expected_tokens && indexed * 1000 >= expected_tokens * 999, "{indexed} of {expected_tokens}");

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    // The baseline every figure is compared with: split on whitespace, count in a std HashMap.
    let baseline = || {
        let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        for d in &docs {
            for w in std::str::from_utf8(d).unwrap_or("").split_whitespace() {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
        counts.len()
    };
    let distinct = baseline();
    assert!(distinct > 10, "{distinct} distinct words");
    group.bench_function("baseline (split_whitespace + HashMap)", |b| b.iter(|| assert_eq!(baseline(), distinct)));
    group.bench_function("tokenise", |b| {
        b.iter(|| {
            assert_eq!(
                docs.iter().map(|d| tokenise(std::str::from_utf8(d).unwrap_or("")).count()).sum::<usize>() as u64,
                expected_tokens
            )
        })
    });
    // The engine is dropped outside the timing: freeing a large index is not indexing.
    group.bench_function("index (decode, normalise, tokenise, count)", |b| {
        b.iter_with_large_drop(|| {
            let engine = index(&docs);
            assert_eq!(engine.stats().tokens, indexed);
            engine
        })
    });
    group.bench_function("index + keys + keyword table", |b| {
        b.iter_with_large_drop(|| {
            let engine = index(&docs);
            let top = engine.keywords(&KeywordQuery { limit: 20, ..KeywordQuery::default() });
            assert_eq!(top.len(), 20);
            (engine, top)
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
