//! Keyness: which keys set one part of the corpus apart from another — a month against the
//! rest of the year, one outlet against the others, a hand-picked set of articles.
//!
//! Counts are token counts of each sub-corpus, so a document in both selections (a month
//! against the whole corpus) is counted on both sides, as with any reference corpus.

use serde::{Deserialize, Serialize};

use super::association::keyness;
use super::{top, Words};
use crate::count::{surface, DocId, KeyId};
use crate::date::Date;

/// A set of documents; every condition given must hold, and none given means every document in
/// play.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Selection {
    /// Dated from this day (inclusive) …
    pub from: Option<Date>,
    /// … to this day (exclusive); with either date, undated documents are out.
    pub to: Option<Date>,
    pub source: Option<String>,
    pub docs: Option<Vec<DocId>>,
}

impl Selection {
    /// A test of (document, date, source), with the document list sorted once.
    pub fn matcher(&self) -> impl Fn(DocId, Option<Date>, Option<&str>) -> bool + '_ {
        let docs = self.docs.as_ref().map(|d| {
            let mut d = d.clone();
            crate::order::sort(&mut d);
            d
        });
        move |id, date, source| {
            self.from.is_none_or(|f| date.is_some_and(|d| d >= f))
                && self.to.is_none_or(|t| date.is_some_and(|d| d < t))
                && self.source.as_deref().is_none_or(|s| source == Some(s))
                && docs.as_ref().is_none_or(|d| d.binary_search(&id).is_ok())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KeynessQuery {
    pub target: Selection,
    /// `None`: every document in play that is not in the target.
    pub reference: Option<Selection>,
    pub limit: usize,
    /// Only keys counted at least this often in both sub-corpora together.
    pub min_count: u64,
    pub include_stopwords: bool,
    pub include_numbers: bool,
}

impl Default for KeynessQuery {
    fn default() -> Self {
        KeynessQuery {
            target: Selection::default(),
            reference: None,
            limit: 50,
            min_count: 3,
            include_stopwords: false,
            include_numbers: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Relatively more frequent in the target than in the reference (or equally).
    Over,
    Under,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeynessRow {
    pub key: String,
    /// The most frequent spelling over both sub-corpora.
    pub display: String,
    pub target_count: u64,
    pub reference_count: u64,
    /// G² (Rayson & Garside 2000), see [`super::keyness_measures`].
    pub log_likelihood: f64,
    /// log2 of the ratio of relative frequencies, 0.5 for a zero count (Hardie 2014).
    pub log_ratio: f64,
    pub direction: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct SubCorpus {
    pub documents: u32,
    pub tokens: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyness {
    pub target: SubCorpus,
    pub reference: SubCorpus,
    pub keys: Vec<KeynessRow>,
}

/// One side of the comparison: occurrences per surface id, and its size.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Side {
    pub surfaces: Vec<u64>,
    pub size: SubCorpus,
}

impl Side {
    /// Counts the token streams of one sub-corpus; `surfaces` is the vocabulary's size. (`dyn`:
    /// both sides share one copy of the loop in the wasm build.)
    pub fn count(streams: &mut dyn Iterator<Item = &[u32]>, surfaces: usize) -> Side {
        let mut side = Side { surfaces: vec![0; surfaces], size: SubCorpus::default() };
        for stream in streams {
            side.size.documents += 1;
            side.size.tokens += stream.len() as u64;
            for &entry in stream {
                if let Some(n) = side.surfaces.get_mut(surface(entry) as usize) {
                    *n += 1;
                }
            }
        }
        side
    }
}

/// The keys passing `keep` (by key id) and `min_count`, by G² (ties by key), at most
/// `query.limit`; an empty side is an error, since nothing can be compared with it.
pub fn compare(
    target: &Side,
    reference: &Side,
    words: &Words<'_>,
    keep: &[bool],
    query: &KeynessQuery,
) -> Result<Keyness, String> {
    let empty = |what: &str, side: &Side, hint: &str| match side.size {
        SubCorpus { documents: 0, .. } => Err(format!("the {what} selection matches no document in play{hint}")),
        SubCorpus { tokens: 0, .. } => Err(format!("the {what} documents hold no words")),
        _ => Ok(()),
    };
    empty("target", target, "")?;
    let hint = if query.reference.is_none() { ": the target covers every document, so no rest is left" } else { "" };
    empty("reference", reference, hint)?;
    let (c, d) = (target.size.tokens, reference.size.tokens);
    let both: Vec<u64> = target.surfaces.iter().zip(&reference.surfaces).map(|(a, b)| a + b).collect();
    let (a_keys, b_keys) = (words.per_key(&target.surfaces), words.per_key(&reference.surfaces));
    let rows: Vec<KeynessRow> = (0..)
        .zip(words.per_key(&both))
        .zip(a_keys.iter().zip(&b_keys))
        .filter(|&((k, (n, _)), _): &((KeyId, (u64, u32)), _)| {
            n >= query.min_count.max(1) && keep.get(k as usize).copied().unwrap_or(false)
        })
        .map(|((k, (_, best)), (&(a, _), &(b, _)))| {
            let (log_likelihood, log_ratio) = keyness(a, b, c, d);
            // a/c ≥ b/d without division.
            let over = u128::from(a) * u128::from(d) >= u128::from(b) * u128::from(c);
            KeynessRow {
                key: words.key(k).to_owned(),
                display: words.display(k, best),
                target_count: a,
                reference_count: b,
                log_likelihood,
                log_ratio,
                direction: if over { Direction::Over } else { Direction::Under },
            }
        })
        .collect();
    let rows =
        top(rows, query.limit, |x, y| y.log_likelihood.total_cmp(&x.log_likelihood).then_with(|| x.key.cmp(&y.key)));
    Ok(Keyness { target: target.size, reference: reference.size, keys: rows })
}
