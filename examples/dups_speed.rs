//! Near-duplicate detection throughput, the way the engine will call it: token ids in.
//!
//! `cargo run --release --example dups_speed` reads every SaudiNewsNet day in
//! `../shared/corpora/saudinewsnet` (about 17,000 articles, read in place with `unzip -p`, never
//! copied), maps normalised word forms to ids outside the timing, then times `near_duplicates`
//! and prints documents per second and a few clusters to look at. Without `../shared` it
//! times 17,000 synthetic 300-token documents, a tenth of them edited copies of another.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use marsad::dups::{near_duplicates, DupOptions};
use marsad::normalise::NormaliseOptions;
use marsad::tokenise::tokenise;

fn saudinewsnet() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/saudinewsnet");
    let mut zips: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    zips.sort();
    let mut docs = Vec::new();
    for zip in zips {
        let Ok(out) = std::process::Command::new("unzip").arg("-p").arg(&zip).output() else { continue };
        let articles: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap_or_default();
        docs.extend(articles.iter().filter_map(|a| Some(a.get("content")?.as_str()?.to_owned())));
    }
    docs
}

fn ids(texts: &[String]) -> Vec<Vec<u32>> {
    let options = NormaliseOptions::default();
    let mut forms: HashMap<String, u32> = HashMap::new();
    let mut id = |form: String| {
        let next = forms.len() as u32;
        *forms.entry(form).or_insert(next)
    };
    texts.iter().map(|t| tokenise(t).map(|tok| id(options.normalise(tok.text(t)))).collect()).collect()
}

/// Deterministic pseudo-random documents over a 50,000-word vocabulary.
fn synthetic() -> Vec<Vec<u32>> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 50_000) as u32
    };
    let mut docs: Vec<Vec<u32>> = (0..17_000).map(|_| (0..300).map(|_| next()).collect()).collect();
    for i in (0..docs.len()).step_by(10).skip(1) {
        let mut copy = docs[i - 1].clone();
        for slot in copy.iter_mut().step_by(25) {
            *slot = next();
        }
        docs[i] = copy;
    }
    docs
}

fn main() {
    let texts = saudinewsnet();
    let (source, docs) = if texts.is_empty() { ("synthetic", synthetic()) } else { ("SaudiNewsNet", ids(&texts)) };
    let tokens: usize = docs.iter().map(Vec::len).sum();
    let refs: Vec<&[u32]> = docs.iter().map(Vec::as_slice).collect();
    let options = DupOptions::default();
    let started = Instant::now();
    let clusters = near_duplicates(&refs, &options);
    let secs = started.elapsed().as_secs_f64();
    let grouped: usize = clusters.iter().map(|c| c.docs.len()).sum();
    println!("{source}: {} documents, {tokens} tokens, {options:?}", docs.len());
    println!("near_duplicates: {secs:.3} s, {:.0} documents/s", docs.len() as f64 / secs);
    println!("{} clusters holding {grouped} documents", clusters.len());
    let mut sizes: Vec<usize> = clusters.iter().map(|c| c.docs.len()).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!("largest clusters: {:?}", &sizes[..sizes.len().min(10)]);
    for c in clusters.iter().step_by((clusters.len() / 8).max(1)).take(8) {
        println!("\n[{:.2}] {:?}", c.similarity, &c.docs[..c.docs.len().min(6)]);
        for &d in c.docs.iter().take(3) {
            let text: String = texts.get(d as usize).map_or("", |s| s.as_str()).chars().take(110).collect();
            println!("  {d}: {}", text.replace('\n', " "));
        }
    }
}
