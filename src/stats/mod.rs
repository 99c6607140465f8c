//! Statistics over keys: the keyword table, n-grams, collocates, and keyness between
//! sub-corpora, each in its own file. They work on plain tables (token streams, the key of each
//! surface, a per-key filter), so each can be tested without an engine.

mod association;
mod collocates;
mod keyness;
mod keywords;
mod ngrams;

pub use association::{collocation, keyness as keyness_measures, log_likelihood};
pub use collocates::{rank_collocates, spans, Collocate, CollocateQuery, CollocateSort, Spans};
pub use keyness::{compare, Direction, Keyness, KeynessQuery, KeynessRow, Selection, Side, SubCorpus};
pub use keywords::{rank, KeyStats, KeywordQuery, Script, SortBy, Variant};
pub use ngrams::{ngrams, NgramQuery, NgramStats, MAX_N};

use crate::count::{KeyId, SurfaceId};

/// The vocabulary as the statistics see it.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    /// The key of each surface id (`KeyId::MAX`: none).
    pub surface_keys: &'a [KeyId],
    /// The spelling of each surface id.
    pub surface_texts: &'a [&'a str],
    /// The text of each key id.
    pub keys: &'a [&'a str],
}

impl Words<'_> {
    #[inline]
    pub fn key_of(&self, surface: SurfaceId) -> KeyId {
        self.surface_keys.get(surface as usize).copied().unwrap_or(KeyId::MAX)
    }

    pub fn key(&self, key: KeyId) -> &str {
        self.keys.get(key as usize).copied().unwrap_or("")
    }

    pub fn surface(&self, surface: SurfaceId) -> &str {
        self.surface_texts.get(surface as usize).copied().unwrap_or("")
    }

    /// Per-key totals of per-surface counts, each with the key's most frequent surface (on a
    /// tie the first by text, as in the keyword table): what a reader expects to see.
    pub fn per_key(&self, surface_counts: &[u64]) -> Vec<(u64, SurfaceId)> {
        let mut out = vec![(0u64, SurfaceId::MAX); self.keys.len()];
        let mut best = vec![0u64; self.keys.len()];
        for (s, &n) in (0..).zip(surface_counts) {
            let k = self.key_of(s) as usize;
            if let (Some(slot), Some(b)) = (out.get_mut(k), best.get_mut(k)) {
                slot.0 += n;
                if n > *b || (n == *b && n > 0 && self.surface(s) < self.surface(slot.1)) {
                    *b = n;
                    slot.1 = s;
                }
            }
        }
        out
    }

    /// The spelling to show for a key: its most frequent surface, or the key itself.
    pub fn display(&self, key: KeyId, best: SurfaceId) -> String {
        if best == SurfaceId::MAX {
            self.key(key).to_owned()
        } else {
            self.surface(best).to_owned()
        }
    }
}

/// Keeps the `limit` best items in order: a partial selection first, so a table of a million
/// candidates is not sorted whole for the fifty shown. The sorting itself is over indices with
/// a `dyn` comparator, so every table shares one copy of the sort code in the wasm build
/// (each instantiation of the standard sorts costs ~4 KB).
pub fn top<T>(items: Vec<T>, limit: usize, order: impl Fn(&T, &T) -> std::cmp::Ordering) -> Vec<T> {
    let mut order_of = |a: u32, b: u32| match (items.get(a as usize), items.get(b as usize)) {
        (Some(x), Some(y)) => order(x, y),
        _ => std::cmp::Ordering::Equal,
    };
    let chosen = best_indices(items.len(), limit, &mut order_of);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    chosen.into_iter().filter_map(|i| slots.get_mut(i as usize)?.take()).collect()
}

fn best_indices(len: usize, limit: usize, order: &mut dyn FnMut(u32, u32) -> std::cmp::Ordering) -> Vec<u32> {
    let mut indices: Vec<u32> = (0..u32::try_from(len).unwrap_or(u32::MAX)).collect();
    let limit = limit.min(indices.len());
    if limit > 0 && limit < indices.len() {
        indices.select_nth_unstable_by(limit - 1, |&a, &b| order(a, b));
    }
    indices.truncate(limit);
    crate::order::sort_indices(&mut indices, order);
    indices
}
