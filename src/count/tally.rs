//! Counts per surface and per key over the documents in play.

use super::{surface, KeyId};
use crate::date::Date;

/// Totals over the included documents, from one pass over their token streams.
#[derive(Debug, Default)]
pub struct Tally {
    /// Occurrences per surface id.
    pub surfaces: Vec<u64>,
    /// Occurrences, documents, and first and last dates per key id.
    pub counts: Vec<u64>,
    pub docs: Vec<u32>,
    pub first: Vec<Option<Date>>,
    pub last: Vec<Option<Date>>,
    /// Tokens and documents counted.
    pub tokens: u64,
    pub documents: u32,
}

impl Tally {
    /// `streams` yields each included document's token stream and date; `surface_keys` maps a
    /// surface id to its key.
    pub fn build<'a>(
        streams: impl Iterator<Item = (&'a [u32], Option<Date>)>,
        surface_keys: &[KeyId],
        keys: usize,
    ) -> Tally {
        let mut t = Tally {
            surfaces: vec![0; surface_keys.len()],
            counts: vec![0; keys],
            docs: vec![0; keys],
            first: vec![None; keys],
            last: vec![None; keys],
            ..Tally::default()
        };
        // The document each key was last seen in, so a document counts once per key.
        let mut seen: Vec<u32> = vec![u32::MAX; keys];
        for (doc, (stream, date)) in (0u32..).zip(streams) {
            t.documents += 1;
            t.tokens += stream.len() as u64;
            for &entry in stream {
                let s = surface(entry) as usize;
                if let Some(n) = t.surfaces.get_mut(s) {
                    *n += 1;
                }
                let k = surface_keys.get(s).copied().unwrap_or(KeyId::MAX) as usize;
                let (Some(count), Some(last_doc)) = (t.counts.get_mut(k), seen.get_mut(k)) else { continue };
                *count += 1;
                if *last_doc == doc {
                    continue;
                }
                *last_doc = doc;
                if let Some(n) = t.docs.get_mut(k) {
                    *n += 1;
                }
                if let Some(d) = date {
                    if let (Some(first), Some(last)) = (t.first.get_mut(k), t.last.get_mut(k)) {
                        *first = Some(first.map_or(d, |f| f.min(d)));
                        *last = Some(last.map_or(d, |l| l.max(d)));
                    }
                }
            }
        }
        t
    }

    /// Bytes held, for the memory benchmark.
    pub fn heap_bytes(&self) -> usize {
        self.surfaces.capacity() * 8
            + self.counts.capacity() * 8
            + self.docs.capacity() * 4
            + (self.first.capacity() + self.last.capacity()) * std::mem::size_of::<Option<Date>>()
    }
}
