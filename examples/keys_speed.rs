//! The key stage alone: every distinct normalised form of a corpus keyed with the corpus as
//! evidence (what the first question after loading waits for), best of `RUNS` fresh engines.
//! Run: MARSAD_THREADS=1 cargo run --release --example keys_speed -- FILE...
use std::time::{Duration, Instant};

use marsad::{DocumentInput, Engine};

fn main() {
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(3);
    let files: Vec<(String, Vec<u8>)> =
        std::env::args().skip(1).filter_map(|p| Some((p.clone(), std::fs::read(&p).ok()?))).collect();
    let mut best = Duration::MAX;
    let mut keys = 0;
    for _ in 0..runs {
        let mut engine = Engine::default();
        let inputs: Vec<DocumentInput> =
            files.iter().map(|(name, bytes)| DocumentInput { name, bytes, date: None, modified: None }).collect();
        for batch in inputs.chunks(200) {
            engine.add_files(batch);
        }
        let t = Instant::now();
        keys = engine.stats().distinct_keys;
        best = best.min(t.elapsed());
    }
    println!("{} files: keys of the vocabulary {best:?} (best of {runs}), {keys} keys", files.len());
}
