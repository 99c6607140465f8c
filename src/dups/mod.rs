//! Near-duplicate documents: syndicated and rewritten copies of one story.
//!
//! A wire story reaches a corpus through several outlets, each cutting, reordering and
//! rewording it; counted once per copy it inflates a term's timeline. Exact copies are caught
//! by the engine's byte fingerprints; this finds the rewrites. Documents are compared as sets
//! of shingles (runs of consecutive token ids), which survive reordering of sentences and the
//! rewording of a few words; the Jaccard similarity of those sets is estimated from MinHash
//! signatures ([`minhash`]), and LSH banding proposes only the pairs that are likely to be
//! similar, so 17,000 documents are not compared 145 million times.
//!
//! Candidates are verified on their full signatures and grouped around the earliest document
//! of each group (see [`group`] on why not transitively).

mod minhash;

use std::collections::HashMap;

use foldhash::fast::FixedState;

pub use minhash::exact_jaccard;

/// How documents are compared.
///
/// The defaults were measured on the project's seed articles (see `tests/dups.rs`), where two
/// outlets' rewrites of one Reuters story, the shorter keeping about half of the longer, have
/// an exact Jaccard of 0.23 on 3-shingles (0.40 on single words), while articles by other
/// writers on the same war have at most 0.001 (but 0.07–0.10 on single words). Three tokens
/// are long enough that a shared shingle means a shared phrase rather than a shared subject, and
/// short enough that one reworded word breaks only three shingles. The threshold of 0.15 sits
/// two standard errors of the 128-slot estimate (±0.037 near 0.23) below that rewrite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DupOptions {
    /// Tokens per shingle (at least 1).
    pub shingle: usize,
    /// Signature slots (1 to [`MAX_HASHES`]): the estimate's standard error is
    /// √(J(1 − J) / hashes), 0.037 for 128 slots at J = 0.23.
    pub hashes: usize,
    /// LSH bands; each has `hashes / bands` rows. With 64 bands of 2 rows a pair with Jaccard
    /// J becomes a candidate with probability 1 − (1 − J²)⁶⁴: 0.77 at 0.15, 0.97 at 0.23 and
    /// 0.998 at 0.3, while a pair at 0.02 is proposed 2.5% of the time, to be rejected.
    pub bands: usize,
    /// Lowest estimated Jaccard similarity for two documents to be duplicates.
    pub threshold: f32,
}

impl Default for DupOptions {
    fn default() -> Self {
        DupOptions { shingle: 3, hashes: 128, bands: 64, threshold: 0.15 }
    }
}

/// Signatures larger than this cost memory without improving the estimate much (its error
/// falls with the square root of the size); the cap keeps a careless option from exhausting
/// the memory of a browser tab.
pub const MAX_HASHES: usize = 1024;

/// A set of documents judged to be copies of one another.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Indices into the input, ascending; at least two.
    pub docs: Vec<u32>,
    /// The lowest estimated Jaccard similarity between the first document and another member;
    /// at least the threshold, since every member was admitted for its likeness to the first.
    pub similarity: f32,
}

/// Buckets larger than this are compared within a sliding window of this many documents
/// (in input order) instead of pair by pair, so that thousands of documents sharing one
/// boilerplate phrase cannot make the work quadratic. True duplicates share many bands, so
/// one far-apart pair missed in a crowded bucket is nearly always met in another.
const BUCKET_WINDOW: usize = 64;

/// Clusters of near-duplicate documents, sorted by their first document. `docs[i]` is
/// document `i`'s token ids. Documents with no token are never duplicates; those shorter than
/// a shingle are duplicates only of the identical sequence.
pub fn near_duplicates(docs: &[&[u32]], options: &DupOptions) -> Vec<Cluster> {
    let k = options.hashes.clamp(1, MAX_HASHES);
    let bands = options.bands.clamp(1, k);
    let rows = k / bands;
    let n = docs.len().min(u32::MAX as usize);
    let Some(len) = n.checked_mul(k) else { return Vec::new() };
    let mut sigs = vec![0u32; len];
    let mut has_sig = vec![false; n];
    for ((doc, out), has) in docs.iter().zip(sigs.chunks_exact_mut(k)).zip(&mut has_sig) {
        *has = minhash::signature(doc, options.shingle, out);
    }
    let sig = |d: u32| sigs.get(d as usize * k..(d as usize + 1) * k).unwrap_or(&[]);

    // Every candidate pair is verified once, however many bands it shares. A map with unused
    // values rather than a set: the type of `boilerplate`'s counts, whose code the wasm has.
    let mut seen: HashMap<u64, u32, FixedState> = HashMap::default();
    let mut edges: Vec<(u32, u32)> = Vec::new();
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(n);
    for band in 0..bands {
        keyed.clear();
        for d in (0..n as u32).filter(|&d| has_sig.get(d as usize) == Some(&true)) {
            let rows_of = sig(d).get(band * rows..(band + 1) * rows).unwrap_or(&[]);
            let key = rows_of.iter().fold(band as u64, |h, &v| minhash::mix(h.rotate_left(29) ^ u64::from(v)));
            keyed.push((key, d));
        }
        crate::order::sort(&mut keyed);
        for bucket in keyed.chunk_by(|a, b| a.0 == b.0) {
            for (i, &(_, a)) in bucket.iter().enumerate() {
                // Sorted by (key, doc), so a < b.
                for &(_, b) in bucket.iter().skip(i + 1).take(BUCKET_WINDOW) {
                    let fresh = seen.insert(u64::from(a) << 32 | u64::from(b), 0).is_none();
                    if fresh && minhash::agreement(sig(a), sig(b)) >= options.threshold {
                        edges.push((a, b));
                    }
                }
            }
        }
    }
    group(edges, n, |d| sig(d))
}

/// Groups verified pairs around leaders: going through the documents in input order, a document
/// not yet in a group leads one, and takes every later document it is similar to that is not
/// yet taken. Single-link grouping (union-find) would chain: on a Saudi newspaper corpus, short
/// royal telegrams that share a 15-word title joined 547 unrelated articles into one cluster.
/// Here every member is a near-duplicate of its cluster's first document, at the price of
/// leaving out a rewrite of a rewrite that has drifted too far from the first.
fn group<'s>(mut edges: Vec<(u32, u32)>, n: usize, sig: impl Fn(u32) -> &'s [u32]) -> Vec<Cluster> {
    crate::order::sort(&mut edges);
    let mut taken = vec![false; n];
    let mut clusters: Vec<Cluster> = Vec::new();
    for run in edges.chunk_by(|x, y| x.0 == y.0) {
        let Some(&(leader, _)) = run.first() else { continue };
        if taken.get(leader as usize) != Some(&false) {
            continue;
        }
        let mut docs = vec![leader];
        for &(_, b) in run {
            if let Some(t) = taken.get_mut(b as usize).filter(|t| !**t) {
                *t = true;
                docs.push(b);
            }
        }
        if docs.len() > 1 {
            let first = sig(leader);
            let similarity = docs.iter().skip(1).map(|&d| minhash::agreement(first, sig(d))).fold(1.0, f32::min);
            clusters.push(Cluster { docs, similarity });
        }
    }
    clusters
}

/// The estimated Jaccard similarity of two documents as [`near_duplicates`] sees them, or
/// None when either has no token; for showing why two documents were (or were not) grouped.
pub fn similarity(a: &[u32], b: &[u32], options: &DupOptions) -> Option<f32> {
    let k = options.hashes.clamp(1, MAX_HASHES);
    let (mut x, mut y) = (vec![0; k], vec![0; k]);
    let both = minhash::signature(a, options.shingle, &mut x) && minhash::signature(b, options.shingle, &mut y);
    both.then(|| minhash::agreement(&x, &y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(docs: &[Vec<u32>], options: &DupOptions) -> Vec<(Vec<u32>, f32)> {
        let refs: Vec<&[u32]> = docs.iter().map(Vec::as_slice).collect();
        near_duplicates(&refs, options).into_iter().map(|c| (c.docs, c.similarity)).collect()
    }

    #[test]
    fn copies_and_edited_copies_cluster_and_others_do_not() {
        let story: Vec<u32> = (0..300).collect();
        let mut edited = story.clone();
        for i in (0..300).step_by(40) {
            edited[i] = 10_000 + i as u32; // one word in forty reworded
        }
        let other: Vec<u32> = (500..800).collect();
        let docs = vec![other.clone(), story.clone(), vec![], edited, story, other];
        let found = run(&docs, &DupOptions::default());
        assert_eq!(found.iter().map(|c| c.0.clone()).collect::<Vec<_>>(), [vec![0, 5], vec![1, 3, 4]]);
        assert_eq!(found[0].1, 1.0);
        assert!(found[1].1 > 0.6 && found[1].1 < 1.0, "{}", found[1].1);
    }

    #[test]
    fn short_documents_match_only_identical_sequences() {
        let docs = vec![vec![7, 8], vec![7, 8, 9, 10], vec![7, 8], vec![9], vec![]];
        assert_eq!(run(&docs, &DupOptions::default()), [(vec![0, 2], 1.0)]);
    }

    #[test]
    fn chains_do_not_join_documents_unlike_the_first() {
        // b shares its first half with a and its second with c; a and c share nothing.
        let a: Vec<u32> = (0..200).collect();
        let b: Vec<u32> = (0..100).chain(1000..1100).collect();
        let c: Vec<u32> = (2000..2100).chain(1000..1100).collect();
        let d = c.clone();
        let found = run(&[a, b, c, d], &DupOptions { threshold: 0.25, ..DupOptions::default() });
        // b is taken by a, so c leads its own group with its copy d.
        assert_eq!(found.iter().map(|c| c.0.clone()).collect::<Vec<_>>(), [vec![0, 1], vec![2, 3]]);
        assert!(found[0].1 >= 0.25 && found[1].1 == 1.0, "{found:?}");
    }

    #[test]
    fn nonsense_options_do_not_panic() {
        let docs = vec![vec![1, 2, 3, 4], vec![1, 2, 3, 4]];
        for options in [
            DupOptions { shingle: 0, hashes: 0, bands: 0, threshold: f32::NAN },
            DupOptions { shingle: usize::MAX, hashes: usize::MAX, bands: usize::MAX, threshold: -1.0 },
            DupOptions { shingle: 1, hashes: 7, bands: 3, threshold: 2.0 },
        ] {
            run(&docs, &options);
        }
        assert_eq!(run(&docs, &DupOptions { shingle: 0, hashes: 0, bands: 0, threshold: 0.5 }).len(), 1);
    }
}
