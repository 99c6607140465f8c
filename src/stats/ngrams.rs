//! N-grams: runs of keys within one sentence, counted over the documents in play.
//!
//! A newsroom's multi-word names («أبو بكر البغدادي», «تنظيم الدولة», «وزير الخارجية
//! الأمريكي») are found as runs of keys, so «وتنظيم الدولة» and «لتنظيم الدولة» count as one.
//! A run never crosses a sentence boundary nor a token without a key, and a run may hold
//! stopwords («وزير الخارجية» inside a longer name) but may not start or end on one, nor on a
//! number unless asked: «في الموصل» is not a name.
//!
//! Counting is level by level (Apriori): an n-gram seen `min_count` times has both of its
//! (n−1)-word halves seen at least as often, so level n only counts runs whose halves were
//! frequent at level n−1. Rare words, most of a news corpus's vocabulary, never enter the
//! bigram table, which keeps memory to the frequent part. An n-gram is its key ids packed into
//! one `u128`, 32 bits each, id + 1 so that lengths cannot collide: no string per occurrence.

use serde::{Deserialize, Serialize};

use super::{top, Variant, Words};
use crate::count::{starts_sentence, surface, KeyId, Map};

/// The longest n-gram: four ids fill a `u128`.
pub const MAX_N: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NgramQuery {
    /// The shortest n-grams wanted, in words (1 to 4).
    pub min: usize,
    /// The longest n-grams wanted, in words (1 to 4).
    pub max: usize,
    pub limit: usize,
    /// Only n-grams seen at least this often; below 2 every run in the corpus is kept in memory.
    pub min_count: u64,
    /// Let an n-gram start or end on a stopword (they are always allowed inside).
    pub include_stopwords: bool,
    /// Let an n-gram start or end on a number.
    pub include_numbers: bool,
}

impl Default for NgramQuery {
    fn default() -> Self {
        NgramQuery { min: 2, max: 4, limit: 50, min_count: 2, include_stopwords: false, include_numbers: false }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NgramStats {
    pub keys: Vec<String>,
    /// The most frequent spelling of the run, words joined by spaces.
    pub display: String,
    pub count: u64,
    /// Documents containing the run.
    pub docs: u32,
    /// The most frequent spellings, at most [`VARIANTS`].
    pub variants: Vec<Variant>,
}

/// How many spellings of an n-gram are listed.
pub const VARIANTS: usize = 5;

/// Counts for one n-gram.
#[derive(Debug, Clone, Copy)]
struct Entry {
    count: u64,
    docs: u32,
    last_doc: u32,
}

impl Entry {
    fn new() -> Self {
        Entry { count: 0, docs: 0, last_doc: u32::MAX }
    }

    #[inline]
    fn add(&mut self, doc: u32) {
        self.count += 1;
        if self.last_doc != doc {
            self.last_doc = doc;
            self.docs += 1;
        }
    }
}

/// The last `n` ids of a packed run.
#[inline]
fn last(packed: u128, n: usize) -> u128 {
    if n >= MAX_N {
        packed
    } else {
        packed & ((1u128 << (32 * n)) - 1)
    }
}

fn first_id(packed: u128, n: usize) -> u32 {
    ((packed >> (32 * (n - 1))) as u32).wrapping_sub(1)
}

fn last_id(packed: u128) -> u32 {
    (packed as u32).wrapping_sub(1)
}

/// The ids of a packed n-gram, in order.
fn unpack(packed: u128, n: usize) -> impl Iterator<Item = u32> {
    (0..n).rev().map(move |i| ((packed >> (32 * i)) as u32).wrapping_sub(1))
}

/// Calls `visit(doc, keys, surfaces, run)` at every token with a key, where `keys` and
/// `surfaces` pack the last ids (+1) and `run` is how many of them (up to [`MAX_N`]) belong to
/// the current sentence without a keyless token between.
fn scan(streams: &[&[u32]], words: &Words<'_>, mut visit: impl FnMut(u32, u128, u128, usize)) {
    for (doc, stream) in (0u32..).zip(streams) {
        let (mut keys, mut surfaces, mut run) = (0u128, 0u128, 0usize);
        for &entry in stream.iter() {
            let s = surface(entry);
            let k = words.key_of(s);
            if starts_sentence(entry) || k == KeyId::MAX {
                run = 0;
            }
            if k == KeyId::MAX {
                continue;
            }
            keys = (keys << 32) | (u128::from(k) + 1);
            surfaces = (surfaces << 32) | (u128::from(s) + 1);
            run = (run + 1).min(MAX_N);
            visit(doc, keys, surfaces, run);
        }
    }
}

/// The most frequent n-grams of `query.min..=query.max` keys whose first and last keys pass
/// `edge` (by key id), by count (ties by keys, so the order is stable), at most `query.limit`.
/// `streams` are the token streams of the documents in play.
pub fn ngrams(
    streams: &[&[u32]],
    words: &Words<'_>,
    edge: &[bool],
    query: &NgramQuery,
) -> Result<Vec<NgramStats>, String> {
    let (min, max) = (query.min, query.max);
    if min == 0 || max > MAX_N || min > max {
        return Err(format!(
            "n-grams of {min} to {max} words: both must be between 1 and {MAX_N}, the first not above the second"
        ));
    }
    let min_count = query.min_count.max(1);
    let ok = |k: u32| edge.get(k as usize).copied().unwrap_or(false);
    let on_edge = |gram: u128, n: usize| ok(first_id(gram, n)) && ok(last_id(gram));
    let mut found: Vec<(u128, usize, Entry)> = Vec::new();
    // Single keys in a plain array, by key id.
    let mut singles = vec![Entry::new(); words.keys.len()];
    scan(streams, words, |doc, keys, _, _| {
        if let Some(e) = singles.get_mut(last_id(keys) as usize) {
            e.add(doc);
        }
    });
    let single_ok: Vec<bool> = singles.iter().map(|e| e.count >= min_count).collect();
    if min == 1 {
        let keep = |&(k, e): &(u32, &Entry)| e.count >= min_count && ok(k);
        found.extend((0u32..).zip(&singles).filter(keep).map(|(k, &e)| (u128::from(k) + 1, 1, e)));
    }
    let mut frequent: Map<u128, Entry> = Map::default();
    // Each level holds about as many distinct runs as the last one counted (bigrams: about one
    // per four tokens in news text); reserving avoids rehashing a table of millions.
    let mut expected = streams.iter().map(|s| s.len()).sum::<usize>() / 4;
    for n in 2..=max {
        let mut level: Map<u128, Entry> = Map::with_capacity_and_hasher(expected, Default::default());
        // Whether the (n−1)-gram ending at the previous token was frequent: the current
        // n-gram's first half, looked up one token ago as that token's second half.
        let mut prefix_ok = false;
        scan(streams, words, |doc, keys, _, run| {
            let suffix_ok = run + 1 >= n
                && if n == 2 {
                    single_ok.get(last_id(keys) as usize).copied().unwrap_or(false)
                } else {
                    frequent.contains_key(&last(keys, n - 1))
                };
            let both = run >= n && prefix_ok && suffix_ok;
            prefix_ok = suffix_ok;
            let gram = last(keys, n);
            if both && (n < max || on_edge(gram, n)) {
                level.entry(gram).or_insert_with(Entry::new).add(doc);
            }
        });
        expected = level.len();
        level.retain(|_, e| e.count >= min_count);
        if n >= min {
            found.extend(level.iter().filter(|&(&g, _)| on_edge(g, n)).map(|(&g, &e)| (g, n, e)));
        }
        frequent = level;
    }
    let key_texts = |g: u128, n: usize| unpack(g, n).map(|k| words.key(k)).collect::<Vec<&str>>();
    let order = |a: &(u128, usize, Entry), b: &(u128, usize, Entry)| {
        b.2.count.cmp(&a.2.count).then_with(|| key_texts(a.0, a.1).cmp(&key_texts(b.0, b.1)))
    };
    let found = top(found, query.limit, order);
    let spellings = spellings(streams, words, &found, min);
    Ok(found
        .iter()
        .zip(spellings)
        .map(|(&(gram, n, e), counted)| {
            let text = |surfaces: u128| unpack(surfaces, n).map(|s| words.surface(s)).collect::<Vec<&str>>();
            let counted = top(counted, VARIANTS, |a, b| b.1.cmp(&a.1).then_with(|| text(a.0).cmp(&text(b.0))));
            let variants: Vec<Variant> = counted
                .into_iter()
                .map(|(surfaces, count)| Variant { form: text(surfaces).join(" "), count })
                .collect();
            NgramStats {
                keys: key_texts(gram, n).into_iter().map(str::to_owned).collect(),
                display: variants.first().map_or_else(|| key_texts(gram, n).join(" "), |v| v.form.clone()),
                count: e.count,
                docs: e.docs,
                variants,
            }
        })
        .collect())
}

/// The spellings of each chosen n-gram with their counts: one more pass, looking up only runs
/// whose last key ends a chosen n-gram. A spelling determines its keys, so one table of
/// spellings serves every n-gram.
fn spellings(
    streams: &[&[u32]],
    words: &Words<'_>,
    chosen: &[(u128, usize, Entry)],
    min: usize,
) -> Vec<Vec<(u128, u64)>> {
    // Both tables use the counting table's type: one hash-table instantiation in the wasm build.
    let mut slot: Map<u128, Entry> = Map::default();
    let mut ends = vec![false; chosen.iter().map(|&(g, _, _)| last_id(g) as usize + 1).max().unwrap_or(0)];
    let mut max = min;
    for (i, &(gram, n, _)) in (0u64..).zip(chosen) {
        slot.insert(gram, Entry { count: i, ..Entry::new() });
        if let Some(flag) = ends.get_mut(last_id(gram) as usize) {
            *flag = true;
        }
        max = max.max(n);
    }
    let mut counted: Map<u128, Entry> = Map::default();
    scan(streams, words, |_, keys, surfaces, run| {
        if !ends.get(last_id(keys) as usize).copied().unwrap_or(false) {
            return;
        }
        for n in min..=max.min(run) {
            if slot.contains_key(&last(keys, n)) {
                counted.entry(last(surfaces, n)).or_insert_with(Entry::new).count += 1;
            }
        }
    });
    let mut out: Vec<Vec<(u128, u64)>> = chosen.iter().map(|_| Vec::new()).collect();
    for (surfaces, Entry { count, .. }) in counted {
        let n = (128 - surfaces.leading_zeros() as usize).div_ceil(32);
        let gram = unpack(surfaces, n).fold(0u128, |acc, s| (acc << 32) | (u128::from(words.key_of(s)) + 1));
        if let Some(list) = slot.get(&gram).and_then(|i| out.get_mut(i.count as usize)) {
            list.push((surfaces, count));
        }
    }
    out
}
