//! Times each stage of indexing on the given files (one document per file or per JSON article).
//! Run: cargo run --release --example index_profile -- FILE...
use std::time::Instant;

use marsad::{DocumentInput, Engine, KeywordQuery};

fn main() {
    let docs: Vec<Vec<u8>> = std::env::args().skip(1).filter_map(|p| std::fs::read(p).ok()).collect();
    let docs: Vec<Vec<u8>> = docs
        .iter()
        .flat_map(|d| std::iter::repeat_n(d.clone(), if std::env::var_os("REPEAT").is_some() { 200 } else { 1 }))
        .collect();
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let t = Instant::now();
    let mut engine = Engine::default();
    println!("engine created in {:?}", t.elapsed());
    let t = Instant::now();
    for (i, d) in docs.iter().enumerate() {
        let name = format!("{i}.txt");
        let _ = engine.add(DocumentInput { name: &name, bytes: d, date: None, modified: None });
    }
    let e = t.elapsed();
    println!("indexed {bytes} bytes in {e:?}: {:.0} MB/s", bytes as f64 / e.as_secs_f64() / 1e6);
    let t = Instant::now();
    let top = engine.keywords(&KeywordQuery::default());
    println!("keys + table in {:?} ({} keys)", t.elapsed(), engine.stats().distinct_keys);
    println!("{:?}", top.iter().take(5).map(|k| (&k.display, k.count)).collect::<Vec<_>>());
}
