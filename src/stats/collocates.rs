//! Collocates: the keys found unusually often near a query's matches (the node).
//!
//! Windows are AntConc-style spans of `window` tokens each side of a match, counted in tokens
//! of the stream (stopwords included, as AntConc does), and cut at the sentence the match is
//! in: a headline's last word is not a collocate of the next paragraph's first. The match's own
//! tokens, and those of any other match, are never in a window, so a node is not its own
//! collocate. Where two matches' windows overlap, the shared tokens count once (the union of
//! spans, as Evert 2008 recommends for surface co-occurrence), which keeps O11 ≤ C1 and O11 ≤ R1
//! so the 2×2 table in [`super::collocation`] is always a table.

use serde::{Deserialize, Serialize};

use super::association::collocation;
use super::{top, Words};
use crate::count::{starts_sentence, surface, KeyId, Tally};
use crate::query::Hit;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum CollocateSort {
    /// Signed G²: the strength of the evidence for attraction.
    #[default]
    LogLikelihood,
    /// Pointwise mutual information: favours rare, exclusive partners; pair with `min_count`.
    Pmi,
    /// Co-occurrences in the windows.
    Count,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CollocateQuery {
    /// The node, in the query language (see [`crate::query`]).
    pub query: String,
    /// Tokens each side of a match.
    pub window: usize,
    pub limit: usize,
    /// Only collocates seen at least this often in the windows.
    pub min_count: u64,
    pub include_stopwords: bool,
    pub sort: CollocateSort,
}

impl Default for CollocateQuery {
    fn default() -> Self {
        CollocateQuery {
            query: String::new(),
            window: 5,
            limit: 50,
            min_count: 3,
            include_stopwords: false,
            sort: CollocateSort::LogLikelihood,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Collocate {
    pub key: String,
    /// The collocate's most frequent spelling inside the windows.
    pub display: String,
    /// O11: occurrences inside the node's windows.
    pub together: u64,
    /// C1: occurrences in the documents in play.
    pub total: u64,
    /// Signed G² (negative: fewer than expected), see [`super::collocation`].
    pub log_likelihood: f64,
    /// log2(O11·N / (R1·C1)).
    pub pmi: f64,
}

/// What the windows around a node hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// Occurrences inside the windows, by surface id.
    pub surfaces: Vec<u64>,
    /// R1: token positions inside the windows.
    pub positions: u64,
    /// Matches of the node.
    pub nodes: u64,
}

/// Token position in a document: outside every window, inside one, or part of a match.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Out,
    Window,
    Node,
}

/// The union of the windows around the matches; `docs` yields each document's stream and its
/// matches, `surfaces` is the vocabulary's size.
pub fn spans<'a>(docs: impl Iterator<Item = (&'a [u32], &'a [Hit])>, surfaces: usize, window: usize) -> Spans {
    let mut out = Spans { surfaces: vec![0; surfaces], ..Spans::default() };
    for (stream, hits) in docs {
        let mut place = vec![Place::Out; stream.len()];
        for h in hits {
            let (pos, end) = (h.pos as usize, (h.pos + h.len) as usize);
            place.get_mut(pos..end).into_iter().flatten().for_each(|p| *p = Place::Node);
            out.nodes += 1;
        }
        // Within the sentence: stop before a token that starts one (going right), or at the
        // one that starts the match's own sentence (going left).
        let inside = |p: usize| stream.get(p).is_some_and(|&e| !starts_sentence(e));
        for h in hits {
            let (pos, end) = (h.pos as usize, (h.pos + h.len) as usize);
            let mut lo = pos;
            while lo > 0 && pos - lo < window && inside(lo) {
                lo -= 1;
            }
            let mut hi = end;
            while hi - end < window && inside(hi) {
                hi += 1;
            }
            for p in place.get_mut(lo..hi).into_iter().flatten() {
                if *p == Place::Out {
                    *p = Place::Window;
                }
            }
        }
        for (&entry, _) in stream.iter().zip(&place).filter(|(_, &p)| p == Place::Window) {
            out.positions += 1;
            if let Some(n) = out.surfaces.get_mut(surface(entry) as usize) {
                *n += 1;
            }
        }
    }
    out
}

/// The collocates passing `keep` (by key id) and `min_count`, best first by the query's
/// order (ties by key), at most `query.limit`. `tally` gives C1 and N over the documents in play.
pub fn rank_collocates(
    spans: &Spans,
    words: &Words<'_>,
    tally: &Tally,
    keep: &[bool],
    query: &CollocateQuery,
) -> Vec<Collocate> {
    let rows: Vec<(KeyId, Collocate)> = (0..)
        .zip(words.per_key(&spans.surfaces))
        .filter(|&(k, (together, _))| {
            together >= query.min_count.max(1) && keep.get(k as usize).copied().unwrap_or(false)
        })
        .map(|(k, (together, best))| {
            let total = tally.counts.get(k as usize).copied().unwrap_or(0);
            let (log_likelihood, pmi) = collocation(together, spans.positions, total, tally.tokens);
            let key = words.key(k).to_owned();
            (k, Collocate { key, display: words.display(k, best), together, total, log_likelihood, pmi })
        })
        .collect();
    let measure = |c: &Collocate| match query.sort {
        CollocateSort::LogLikelihood => c.log_likelihood,
        CollocateSort::Pmi => c.pmi,
        CollocateSort::Count => c.together as f64,
    };
    let rows =
        top(rows, query.limit, |a, b| measure(&b.1).total_cmp(&measure(&a.1)).then_with(|| a.1.key.cmp(&b.1.key)));
    rows.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::count::BOUNDARY;

    #[test]
    fn windows_stop_at_sentences_skip_nodes_and_count_overlaps_once() {
        // Positions: 0:1 1:2 2:9 3:3 4:9 5:4 | 6:5 7:6, node = surface 9, window 2.
        let stream = [1, 2, 9, 3, 9, 4, 5 | BOUNDARY, 6];
        let hits = [Hit { pos: 2, len: 1 }, Hit { pos: 4, len: 1 }];
        let s = spans(std::iter::once((&stream[..], &hits[..])), 10, 2);
        // Windows: 0,1,3 around the first node; 3,5 around the second (6 is past the boundary,
        // 2 and 4 are nodes). Union: 0, 1, 3, 5.
        assert_eq!((s.positions, s.nodes), (4, 2));
        assert_eq!(&s.surfaces[1..7], &[1, 1, 1, 1, 0, 0]);
        assert_eq!(s.surfaces[9], 0);
        // A node starting a sentence looks no further left.
        let stream = [1, 9 | BOUNDARY, 2];
        let s = spans(std::iter::once((&stream[..], &[Hit { pos: 1, len: 1 }][..])), 10, 5);
        assert_eq!((s.positions, s.surfaces[1], s.surfaces[2]), (1, 0, 1));
    }
}
