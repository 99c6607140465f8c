//! Corpus-wide clean-up: near-duplicate clusters (count each once), boilerplate lines (leave
//! them out), and dates from a manifest.

use std::ops::Range;

use serde::Serialize;

use super::batch::Text;
use super::Engine;
use crate::boilerplate::{self, BoilerplateOptions, DocLines, RepeatedLine};
use crate::count::{surface, DocId};
use crate::date::{parse_manifest, DateSource};
use crate::dups::{near_duplicates, DupOptions};

/// Documents that are copies or rewrites of the first one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateCluster {
    /// Ascending; the first is the one kept when each cluster counts once.
    pub docs: Vec<DocId>,
    /// The lowest estimated Jaccard similarity of a member to the first (word 3-grams).
    pub similarity: f32,
}

/// What a manifest did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct ManifestReport {
    /// Documents given a date.
    pub dated: u32,
    /// Manifest entries that named no loaded document.
    pub unmatched: Vec<String>,
    /// Lines that could not be read, with the reason.
    pub errors: Vec<String>,
}

impl Engine {
    /// Near-duplicate clusters among the documents not excluded by hand, compared by key so
    /// that a rewrite with other clitics still matches.
    pub fn duplicates(&self) -> &[DuplicateCluster] {
        self.dups.get_or_init(|| {
            let index = self.index();
            let docs: Vec<(DocId, Vec<u32>)> = self
                .docs
                .iter()
                .filter(|d| !d.summary.excluded)
                .map(|d| {
                    let keys = d
                        .stream
                        .iter()
                        .map(|&e| index.surface_keys.get(surface(e) as usize).copied().unwrap_or(u32::MAX));
                    (d.summary.id, keys.collect())
                })
                .collect();
            let streams: Vec<&[u32]> = docs.iter().map(|(_, s)| s.as_slice()).collect();
            near_duplicates(&streams, &DupOptions::default())
                .into_iter()
                .map(|c| DuplicateCluster {
                    docs: c.docs.iter().filter_map(|&i| docs.get(i as usize).map(|d| d.0)).collect(),
                    similarity: c.similarity,
                })
                .collect()
        })
    }

    /// Counts each duplicate cluster once (its first document), or every copy.
    pub fn set_count_duplicates_once(&mut self, once: bool) {
        if self.dedupe != once {
            self.dedupe = once;
            self.tally = Default::default();
        }
    }

    /// Whether a document is counted: not excluded, and not a later copy when clusters count once.
    pub fn is_counted(&self, id: DocId) -> bool {
        self.included().any(|d| d.summary.id == id)
    }

    /// Leaves repeated boilerplate lines out of every count, or puts them back; returns the lines.
    /// Chrome is found per source, or per folder for documents without one: a site's pages
    /// share their chrome, two sites do not.
    pub fn set_exclude_boilerplate(&mut self, exclude: bool) -> Vec<RepeatedLine> {
        let lines: Vec<DocLines> = self
            .docs
            .iter()
            .map(|d| {
                let folder = d.summary.name.rsplit_once(['/', '\\']).map_or("", |(dir, _)| dir);
                DocLines { group: d.summary.source.as_deref().unwrap_or(folder), text: &d.text }
            })
            .collect();
        let found = boilerplate::find(&lines, &BoilerplateOptions::default());
        let ranges: Vec<Vec<Range<usize>>> = if exclude { found.ranges } else { vec![Vec::new(); self.docs.len()] };
        // Take the old tokens out of the evidence counts before counting the new ones.
        for d in &self.docs {
            d.stream.iter().for_each(|&e| self.vocab.uncount(surface(e)));
        }
        // The documents step aside while the vocabulary grows: the texts are read from them.
        let mut docs = std::mem::take(&mut self.docs);
        let texts: Vec<Text> = docs.iter().zip(&ranges).map(|(d, r)| (&*d.text, r.as_slice())).collect();
        let streams = self.index_texts(&texts);
        drop(texts);
        for ((doc, stream), skip) in docs.iter_mut().zip(streams).zip(ranges) {
            doc.summary.tokens = u32::try_from(stream.len()).unwrap_or(u32::MAX);
            doc.stream = stream.into();
            doc.skip = skip;
        }
        self.docs = docs;
        self.changed();
        found.lines
    }

    /// Dates documents from a CSV of file → date; a manifest outranks every other source but
    /// a date set by hand.
    pub fn apply_manifest(&mut self, text: &str) -> ManifestReport {
        let manifest = parse_manifest(text);
        let mut report = ManifestReport { errors: manifest.errors.clone(), ..ManifestReport::default() };
        let mut used = vec![false; manifest.entries.len()];
        for doc in &mut self.docs {
            if doc.summary.date_source == Some(DateSource::Given) {
                continue;
            }
            let names = [doc.summary.location.as_str(), doc.summary.name.as_str()];
            let Some(date) = names.iter().filter(|n| !n.is_empty()).find_map(|n| manifest.lookup(n)) else { continue };
            doc.summary.date = Some(date);
            doc.summary.date_source = Some(DateSource::Manifest);
            doc.summary.date_confidence = Some(DateSource::Manifest.confidence());
            doc.summary.date_evidence = None;
            report.dated += 1;
            let base = |s: &str| s.rsplit(['/', '\\']).next().unwrap_or("").to_owned();
            for ((name, _), u) in manifest.entries.iter().zip(used.iter_mut()) {
                *u |= names.iter().any(|n| n == name || base(n) == base(name));
            }
        }
        report.unmatched =
            manifest.entries.iter().zip(&used).filter(|(_, &u)| !u).map(|((name, _), _)| name.clone()).collect();
        self.tally = Default::default();
        report
    }
}
