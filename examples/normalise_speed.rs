//! Normalisation throughput on real text, the way the engine uses it: one call per word.
//!
//! `cargo run --release --example normalise_speed -- FILE...` (default: `../shared/seeds/*.txt`,
//! which is read in place and never copied into the repository). Words are split on whitespace,
//! so the figure is for normalisation alone, without the tokeniser.

use std::time::{Duration, Instant};

use marsad::normalise::NormaliseOptions;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<_> = std::env::args_os().skip(1).map(std::path::PathBuf::from).collect();
    if paths.is_empty() {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
        for entry in std::fs::read_dir(seeds)? {
            paths.push(entry?.path());
        }
        paths.sort();
    }
    let mut text = String::new();
    for p in &paths {
        text.push_str(&std::fs::read_to_string(p)?);
        text.push('\n');
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let bytes: usize = words.iter().map(|w| w.len()).sum();
    let options = NormaliseOptions::default();
    let mut out = String::new();
    let (mut rounds, mut checksum, started) = (0u64, 0usize, Instant::now());
    while started.elapsed() < Duration::from_secs(3) {
        for w in &words {
            out.clear();
            options.normalise_into(w, &mut out);
            checksum = checksum.wrapping_add(out.len());
        }
        rounds += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    let mb = (bytes as f64) * (rounds as f64) / 1e6;
    println!(
        "{} files, {} words, {} bytes of words; {rounds} rounds in {secs:.2} s: {:.0} MB/s ({:.1} M words/s; checksum {checksum})",
        paths.len(),
        words.len(),
        bytes,
        mb / secs,
        (words.len() as f64) * (rounds as f64) / secs / 1e6,
    );
    Ok(())
}
