//! Shingle hashes and one-permutation MinHash signatures.
//!
//! Classic MinHash hashes every shingle once per signature slot: 300 shingles × 128 slots ×
//! 17,000 documents is 650 million hashes, most of a second on its own. One-permutation hashing
//! (Li, Owen & Zhang 2012) hashes each shingle once and lets the hash pick its slot, keeping the
//! smallest value per slot; slots no shingle fell into borrow from a pseudo-randomly chosen
//! filled slot ("optimal densification", Shrivastava 2017), which keeps the probability that two
//! signatures agree in a slot equal to the Jaccard similarity of the two shingle sets.
//!
//! All arithmetic is on `u64`/`u32` with fixed constants, never on `usize` or a seeded hasher,
//! so a native build and the wasm32 page compute the same signatures.

/// splitmix64's finaliser: a cheap bijection whose output bits all depend on all input bits.
pub(super) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of one shingle. Order matters («a b» ≠ «b a») and so does length, so a document
/// shorter than a shingle, hashed whole, only meets an identical sequence.
fn shingle_hash(ids: &[u32]) -> u64 {
    ids.iter().fold(0x9e37_79b9_7f4a_7c15, |h, &id| mix(h.rotate_left(23) ^ u64::from(id)))
}

/// The hashes of a document's shingles (with repeats: a minimum does not care).
/// An empty document has none; one shorter than `shingle` has one, of its whole sequence.
pub(super) fn shingles(doc: &[u32], shingle: usize) -> impl Iterator<Item = u64> + '_ {
    let whole = (!doc.is_empty() && doc.len() < shingle).then(|| shingle_hash(doc));
    whole.into_iter().chain(doc.windows(shingle.max(1)).map(shingle_hash))
}

/// Slot `j` of a signature of `k` slots; `j < k`. Multiply-shift instead of `%` keeps the
/// high bits, which are the well-mixed ones, and costs no division.
fn slot(hash: u64, k: u32) -> usize {
    (((hash >> 32) * u64::from(k)) >> 32) as usize
}

/// Writes the signature of `doc` into `out` (its length is the number of slots); returns false,
/// leaving `out` unspecified, for a document with no shingle, which has no signature.
pub(super) fn signature(doc: &[u32], shingle: usize, out: &mut [u32]) -> bool {
    let Ok(k) = u32::try_from(out.len()) else { return false };
    if k == 0 {
        return false;
    }
    const EMPTY: u64 = u64::MAX;
    // Values are the low 32 bits, kept in a u64 so that EMPTY cannot clash with one.
    let mut mins = vec![EMPTY; out.len()];
    for h in shingles(doc, shingle) {
        if let Some(m) = mins.get_mut(slot(h, k)) {
            *m = (*m).min(h & 0xffff_ffff);
        }
    }
    if mins.iter().all(|&m| m == EMPTY) {
        return false;
    }
    for (j, o) in out.iter_mut().enumerate() {
        let mut value = mins.get(j).copied().unwrap_or(EMPTY);
        // Densification: probe slots chosen by (slot, attempt) until a filled one is found.
        // Both documents probe the same sequence, which is what keeps agreement ≈ Jaccard.
        // At least one slot is filled, so this ends; it takes k / filled probes on average.
        let mut attempt = 0u64;
        while value == EMPTY {
            attempt += 1;
            let probe = mix((j as u64) << 32 ^ attempt);
            value = mins.get(slot(probe, k)).copied().unwrap_or(EMPTY);
        }
        *o = value as u32;
    }
    true
}

/// The share of slots on which two signatures agree: the estimated Jaccard similarity.
pub(super) fn agreement(a: &[u32], b: &[u32]) -> f32 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f32 / a.len().max(1) as f32
}

/// The exact Jaccard similarity of two documents' shingle sets, for tests and for measuring
/// how well the estimate does.
pub fn exact_jaccard(a: &[u32], b: &[u32], shingle: usize) -> f32 {
    let set = |d| shingles(d, shingle).collect::<std::collections::BTreeSet<u64>>();
    let (x, y) = (set(a), set(b));
    let union = x.union(&y).count();
    if union == 0 {
        return 0.0;
    }
    x.intersection(&y).count() as f32 / union as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(doc: &[u32], k: usize) -> Option<Vec<u32>> {
        let mut out = vec![0; k];
        signature(doc, 3, &mut out).then_some(out)
    }

    #[test]
    fn empty_documents_have_no_signature_and_short_ones_have_one() {
        assert_eq!(sig(&[], 64), None);
        let short = sig(&[1, 2], 64).unwrap();
        assert_eq!(short, sig(&[1, 2], 64).unwrap());
        // «1 2» hashed whole is not the shingle «1 2 x» of a longer document.
        assert_eq!(agreement(&short, &sig(&[1, 2, 3], 64).unwrap()), 0.0);
        assert_eq!(sig(&[1, 2, 3], 0), None);
    }

    #[test]
    fn estimate_tracks_exact_jaccard() {
        // Two 400-token documents sharing their first 200 tokens: 398 3-shingles each, 198 of
        // them common, so J = 198 / (398 + 398 - 198) = 0.331.
        let a: Vec<u32> = (0..400).collect();
        let b: Vec<u32> = (0..200).chain(1000..1200).collect();
        let exact = exact_jaccard(&a, &b, 3);
        assert!((exact - 198.0 / 598.0).abs() < 1e-6, "{exact}");
        let est = agreement(&sig(&a, 256).unwrap(), &sig(&b, 256).unwrap());
        assert!((est - exact).abs() < 0.08, "estimated {est}, exact {exact}");
    }

    #[test]
    fn order_of_ids_matters_within_a_shingle() {
        assert_ne!(shingle_hash(&[1, 2, 3]), shingle_hash(&[3, 2, 1]));
        assert_ne!(shingle_hash(&[0]), shingle_hash(&[0, 0]));
    }

    #[test]
    fn signatures_are_fixed_across_platforms() {
        // Pinned values: a change here means native and wasm builds of different versions would
        // disagree, and stored results would no longer compare.
        assert_eq!(mix(0), 0);
        assert_eq!(mix(1), 0x5692_161d_100b_05e5);
        let s = sig(&[10, 20, 30, 40, 50], 4).unwrap();
        assert_eq!(s, [3_643_841_238, 3_643_841_238, 2_630_450_272, 284_074_222]);
    }
}
