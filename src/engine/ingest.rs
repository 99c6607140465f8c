//! Adding documents: bytes → text → token stream over the shared vocabulary.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;

use super::batch::kept_tokens;
use super::parallel::map_parallel;
use super::prepare::prepare;
use super::{Doc, DocumentError, DocumentInput, DocumentSummary, Engine, FileReport};
use crate::count::{DocId, Known};
use crate::extract::ExtractOptions;
use crate::tokenise::Token;

pub(crate) type Fingerprint = (usize, u64);

/// A document ready to be indexed: text and what is known about it.
pub(crate) struct NewDoc {
    pub(crate) summary: DocumentSummary,
    pub(crate) text: String,
}

impl Engine {
    /// Adds one file and returns its first document, or its first error: for callers that
    /// add one text at a time. [`Engine::add_files`] reports every document of an archive.
    pub fn add(&mut self, input: DocumentInput<'_>) -> Result<DocumentSummary, DocumentError> {
        let report = self.add_files(&[input]).pop().unwrap_or_default();
        match (report.documents.into_iter().next(), report.errors.into_iter().next()) {
            (Some(doc), _) => Ok(doc),
            (None, Some(error)) => Err(error),
            (None, None) => Err(DocumentError { name: input.name.to_owned(), message: "no text to count".into() }),
        }
    }

    /// Adds files (a text, a web page, a spreadsheet of articles, an archive of them …): the
    /// same result as adding them one by one, in order, but read and tokenised on every core.
    /// A file, entry, row or line that cannot be read is reported and the rest load.
    pub fn add_files(&mut self, inputs: &[DocumentInput<'_>]) -> Vec<FileReport> {
        let mut reports: Vec<FileReport> = Vec::with_capacity(inputs.len());
        // Files earlier in this batch, which «the same file twice» must see too, by their index in
        // `inputs` (a table of the same type as `self.fingerprints`: one copy of its code).
        let mut pending: HashMap<Fingerprint, u32, foldhash::fast::FixedState> = HashMap::default();
        let mut accepted = Vec::new();
        for input in inputs {
            let mut report = FileReport { name: input.name.to_owned(), ..FileReport::default() };
            match self.check_fingerprint(input.name, input.bytes, |i| inputs.get(i as usize).map(|e| e.name), &pending)
            {
                Ok((warnings, print)) => {
                    pending.entry(print).or_insert(u32::try_from(reports.len()).unwrap_or(u32::MAX));
                    accepted.push((reports.len(), *input, warnings, print));
                }
                Err(message) => report.errors.push(DocumentError { name: input.name.to_owned(), message }),
            }
            reports.push(report);
        }
        let options = ExtractOptions { columns: self.options.columns.clone(), ..ExtractOptions::default() };
        let prepared = map_parallel(&accepted, 16, |(_, input, warnings, _)| prepare(input, &options, warnings));
        let mut docs = Vec::new();
        let mut owners = Vec::new();
        for ((slot, _, _, print), p) in accepted.iter().zip(prepared) {
            if let Some(report) = reports.get_mut(*slot) {
                report.errors.extend(p.errors);
                report.skipped.extend(p.skipped);
                if report.errors.is_empty() && p.docs.is_empty() {
                    report.errors.push(DocumentError { name: report.name.clone(), message: "no text to count".into() });
                }
            }
            owners.extend(std::iter::repeat_n((*slot, *print), p.docs.len()));
            docs.extend(p.docs);
        }
        match self.push_all(docs) {
            Ok(summaries) => {
                for (summary, (slot, print)) in summaries.into_iter().zip(owners) {
                    self.fingerprints.entry(print).or_insert(summary.id);
                    if let Some(report) = reports.get_mut(slot) {
                        report.documents.push(summary);
                    }
                }
            }
            Err(message) => {
                for (slot, _) in owners {
                    if let Some(report) = reports.get_mut(slot) {
                        report.errors.push(DocumentError { name: report.name.clone(), message: message.clone() });
                    }
                }
            }
        }
        reports
    }

    /// Refuses a file loaded twice; warns about the same bytes under another name (two outlets
    /// can print one wire story, so both are kept).
    fn check_fingerprint<'b>(
        &self,
        name: &str,
        bytes: &[u8],
        batch_name: impl Fn(u32) -> Option<&'b str>,
        pending: &HashMap<Fingerprint, u32, foldhash::fast::FixedState>,
    ) -> Result<(Vec<String>, Fingerprint), String> {
        let fingerprint = (bytes.len(), foldhash::fast::FixedState::default().hash_one(bytes));
        let earlier = match self.fingerprints.get(&fingerprint) {
            Some(&id) => self.docs.get(id as usize).map_or("", |d| d.summary.name.as_str()),
            None => match pending.get(&fingerprint).and_then(|&i| batch_name(i)) {
                Some(earlier) => earlier,
                None => return Ok((Vec::new(), fingerprint)),
            },
        };
        if earlier == name {
            return Err("already loaded: the same file, with the same content, was added before".into());
        }
        Ok((vec![format!("same text as «{earlier}», which is also counted")], fingerprint))
    }

    /// Indexes documents and keeps them, in order.
    pub(crate) fn push_all(&mut self, new: Vec<NewDoc>) -> Result<Vec<DocumentSummary>, String> {
        let first = DocId::try_from(self.docs.len()).map_err(|_| "the corpus is full".to_owned())?;
        DocId::try_from(self.docs.len() + new.len()).map_err(|_| "the corpus is full".to_owned())?;
        let texts: Vec<(&str, &[Range<usize>])> = new.iter().map(|d| (d.text.as_str(), &[][..])).collect();
        let streams = self.index_texts(&texts);
        let mut summaries = Vec::with_capacity(new.len());
        for ((mut doc, stream), id) in new.into_iter().zip(streams).zip(first..) {
            doc.summary.id = id;
            doc.summary.tokens = u32::try_from(stream.len()).unwrap_or(u32::MAX);
            if stream.is_empty() {
                doc.summary.warnings.push("no words found: the text is empty or holds only punctuation".into());
            }
            summaries.push(doc.summary.clone());
            self.docs.push(Doc {
                summary: doc.summary,
                text: doc.text.into_boxed_str(),
                stream: stream.into(),
                skip: Vec::new(),
            });
        }
        self.changed();
        Ok(summaries)
    }

    /// The tokens of a document's stream with their offsets, in order: what KWIC highlights.
    pub(crate) fn stream_tokens<'t>(
        &'t self,
        text: &'t str,
        skip: &'t [Range<usize>],
    ) -> impl Iterator<Item = Token> + 't {
        kept_tokens(text, skip).filter(move |t| matches!(self.vocab.lookup(t.text(text)), Known::Surface(_)))
    }
}
