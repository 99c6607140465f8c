//! Tokenisation throughput of the fast path and of the UAX #29 path on the given files:
//! `cargo run --release --example tokenise_throughput -- FILE...`
//!
//! The files are concatenated and repeated to about 32 MB so the timing is not dominated by
//! start-up; each path runs five times and the best run is reported.

use std::time::Instant;

use marsad::tokenise::{tokenise, tokenise_uax, Token};

fn main() {
    let mut text = String::new();
    for path in std::env::args().skip(1) {
        match std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| marsad::decode::decode(&b).map(|d| d.text.into_owned()).map_err(|e| e.to_string()))
        {
            Ok(t) => {
                text.push_str(&t);
                text.push('\n');
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    if text.is_empty() {
        eprintln!("usage: tokenise_throughput FILE...");
        std::process::exit(2);
    }
    let text = text.repeat((32 << 20) / text.len() + 1);
    let mb = text.len() as f64 / 1e6;
    type Path = for<'t> fn(&'t str) -> marsad::tokenise::Tokens<'t>;
    for (name, path) in [("fast path", tokenise as Path), ("UAX #29 path", tokenise_uax as Path)] {
        let mut best = f64::INFINITY;
        let mut count = 0;
        for _ in 0..5 {
            let start = Instant::now();
            count = path(&text).map(|t: Token| t.end - t.start).filter(|&n| n > 0).count();
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!("{name}: {:.0} MB/s ({mb:.1} MB, {count} tokens)", mb / best);
    }
}
