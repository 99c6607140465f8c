//! A compiled query: sets of surface ids per word, matched along a token stream.

use crate::count::{starts_sentence, surface, SurfaceId};

/// A set of surface ids as a bitset: membership is one shift and one load per token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SurfaceSet {
    bits: Vec<u64>,
}

impl SurfaceSet {
    pub fn with_capacity(surfaces: usize) -> Self {
        SurfaceSet { bits: vec![0; surfaces.div_ceil(64)] }
    }

    pub fn insert(&mut self, id: SurfaceId) {
        if let Some(word) = self.bits.get_mut(id as usize / 64) {
            *word |= 1 << (id % 64);
        }
    }

    #[inline]
    pub fn contains(&self, id: SurfaceId) -> bool {
        self.bits.get(id as usize / 64).is_some_and(|w| w & (1 << (id % 64)) != 0)
    }

    pub fn union(&mut self, other: &SurfaceSet) {
        for (a, b) in self.bits.iter_mut().zip(&other.bits) {
            *a |= b;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|&w| w == 0)
    }
}

/// A query compiled against one vocabulary: each term a sequence of word sets.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    any: Vec<Vec<SurfaceSet>>,
    not: Vec<Vec<SurfaceSet>>,
    /// Union of every term's first word: most tokens are rejected by this one test.
    first: SurfaceSet,
}

/// A match: `len` tokens from position `pos` of a document's stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub pos: u32,
    pub len: u32,
}

impl Matcher {
    pub fn new(any: Vec<Vec<SurfaceSet>>, not: Vec<Vec<SurfaceSet>>, surfaces: usize) -> Self {
        let mut first = SurfaceSet::with_capacity(surfaces);
        for term in any.iter().chain(&not) {
            if let Some(set) = term.first() {
                first.union(set);
            }
        }
        Matcher { any, not, first }
    }

    /// Whether nothing in the vocabulary can match.
    pub fn is_empty(&self) -> bool {
        self.any.iter().all(|t| t.iter().any(SurfaceSet::is_empty))
    }
}

/// The matches of a query in one token stream, in order, overlaps counted once.
pub fn find(matcher: &Matcher, stream: &[u32]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut excluded: Vec<Hit> = Vec::new();
    let mut covered_to = 0usize;
    for (i, &entry) in stream.iter().enumerate() {
        if !matcher.first.contains(surface(entry)) {
            continue;
        }
        for term in &matcher.not {
            if let Some(len) = match_at(term, stream, i) {
                excluded.push(Hit { pos: i as u32, len });
            }
        }
        if i < covered_to {
            continue;
        }
        let longest = matcher.any.iter().filter_map(|t| match_at(t, stream, i)).max();
        if let Some(len) = longest {
            hits.push(Hit { pos: i as u32, len });
            covered_to = i + len as usize;
        }
    }
    if !excluded.is_empty() {
        hits.retain(|h| !excluded.iter().any(|x| h.pos < x.pos + x.len && x.pos < h.pos + h.len));
    }
    hits
}

/// The length of `term` matched at position `i`, if it matches there within one sentence.
fn match_at(term: &[SurfaceSet], stream: &[u32], i: usize) -> Option<u32> {
    let tokens = stream.get(i..i + term.len())?;
    let all = term
        .iter()
        .zip(tokens)
        .enumerate()
        .all(|(j, (set, &entry))| set.contains(surface(entry)) && (j == 0 || !starts_sentence(entry)));
    all.then_some(term.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::count::BOUNDARY;

    fn set(ids: &[u32]) -> SurfaceSet {
        let mut s = SurfaceSet::with_capacity(100);
        ids.iter().for_each(|&i| s.insert(i));
        s
    }

    #[test]
    fn words_phrases_overlaps_and_exclusions() {
        // Stream: 1 2 3 | 2 3 (a sentence boundary before the second 2) 4 2
        let stream = [1, 2, 3, 2 | BOUNDARY, 3, 4, 2];
        let word2 = Matcher::new(vec![vec![set(&[2])]], vec![], 10);
        assert_eq!(find(&word2, &stream).iter().map(|h| h.pos).collect::<Vec<_>>(), [1, 3, 6]);
        let phrase = Matcher::new(vec![vec![set(&[1]), set(&[2])], vec![set(&[3]), set(&[2])]], vec![], 10);
        // «3 2» across the boundary does not match.
        assert_eq!(find(&phrase, &stream), [Hit { pos: 0, len: 2 }]);
        let overlapping = Matcher::new(vec![vec![set(&[2])], vec![set(&[2]), set(&[3])]], vec![], 10);
        assert_eq!(
            find(&overlapping, &stream),
            [Hit { pos: 1, len: 2 }, Hit { pos: 3, len: 2 }, Hit { pos: 6, len: 1 }]
        );
        let not_in_phrase = Matcher::new(vec![vec![set(&[2])]], vec![vec![set(&[1]), set(&[2])]], 10);
        assert_eq!(find(&not_in_phrase, &stream).iter().map(|h| h.pos).collect::<Vec<_>>(), [3, 6]);
        assert!(Matcher::new(vec![vec![set(&[]), set(&[2])]], vec![], 10).is_empty());
    }
}
