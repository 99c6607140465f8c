//! Adding documents: bytes → text → token stream over the shared vocabulary.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;

use super::batch::kept_tokens;
use super::{Doc, DocumentError, DocumentInput, DocumentSummary, Engine};
use crate::count::{DocId, Known};
use crate::date::{Date, DateSource};
use crate::decode::decode;
use crate::tokenise::Token;

type Fingerprint = (usize, u64);

/// A document ready to be indexed: text and what is known about it.
pub(crate) struct NewDoc {
    pub(crate) summary: DocumentSummary,
    pub(crate) text: String,
}

impl Engine {
    /// Decodes, tokenises and counts one file as one document. A file that is not text is
    /// refused with a message; everything already added stays.
    pub fn add(&mut self, input: DocumentInput<'_>) -> Result<DocumentSummary, DocumentError> {
        self.add_all(&[input])
            .pop()
            .unwrap_or_else(|| Err(DocumentError { name: input.name.to_owned(), message: "not indexed".into() }))
    }

    /// Adds many files at once: the same result as adding them one by one, in order, but
    /// tokenised on every core.
    pub fn add_all(&mut self, inputs: &[DocumentInput<'_>]) -> Vec<Result<DocumentSummary, DocumentError>> {
        let mut results: Vec<Result<usize, DocumentError>> = Vec::with_capacity(inputs.len());
        let mut ready = Vec::new();
        // Files earlier in this batch, which «the same file twice» must see too.
        let mut pending: HashMap<Fingerprint, &str> = HashMap::new();
        for input in inputs {
            let refuse = |message: String| DocumentError { name: input.name.to_owned(), message };
            let prepared = self.prepare(input, &pending).map_err(refuse);
            results.push(prepared.map(|(doc, fingerprint)| {
                pending.entry(fingerprint).or_insert(input.name);
                ready.push((doc, fingerprint));
                ready.len() - 1
            }));
        }
        let (docs, prints): (Vec<NewDoc>, Vec<Fingerprint>) = ready.into_iter().unzip();
        let summaries = match self.push_all(docs) {
            Ok(s) => s,
            Err(message) => {
                return inputs
                    .iter()
                    .map(|i| Err(DocumentError { name: i.name.to_owned(), message: message.clone() }))
                    .collect();
            }
        };
        for (summary, print) in summaries.iter().zip(prints) {
            self.fingerprints.entry(print).or_insert(summary.id);
        }
        results.into_iter().map(|r| r.and_then(|i| summaries.get(i).cloned().ok_or_else(unreachable_error))).collect()
    }

    /// Decodes a file and resolves its date, refusing it with a message if it cannot be read.
    fn prepare(
        &self,
        input: &DocumentInput<'_>,
        pending: &HashMap<Fingerprint, &str>,
    ) -> Result<(NewDoc, Fingerprint), String> {
        let (mut warnings, fingerprint) = self.check_fingerprint(input.name, input.bytes, pending)?;
        let decoded = decode(input.bytes).map_err(|e| e.to_string())?;
        if decoded.replaced > 0 {
            warnings.push(format!(
                "{} undecodable byte sequence(s) in {} replaced by �",
                decoded.replaced, decoded.encoding
            ));
        }
        let (date, date_source) = resolve_date(input, &mut warnings);
        let summary = DocumentSummary {
            id: 0,
            name: input.name.to_owned(),
            location: String::new(),
            title: None,
            source: None,
            encoding: decoded.encoding,
            date,
            date_source,
            tokens: 0,
            excluded: false,
            warnings,
        };
        Ok((NewDoc { summary, text: decoded.text.into_owned() }, fingerprint))
    }

    /// Refuses a file loaded twice; warns about the same bytes under another name (two outlets
    /// can print one wire story, so both are kept).
    fn check_fingerprint(
        &self,
        name: &str,
        bytes: &[u8],
        pending: &HashMap<Fingerprint, &str>,
    ) -> Result<(Vec<String>, Fingerprint), String> {
        let fingerprint = (bytes.len(), foldhash::fast::FixedState::default().hash_one(bytes));
        let earlier = match self.fingerprints.get(&fingerprint) {
            Some(&id) => self.docs.get(id as usize).map_or("", |d| d.summary.name.as_str()),
            None => match pending.get(&fingerprint) {
                Some(&earlier) => earlier,
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
            self.docs.push(Doc { summary: doc.summary, text: doc.text.into_boxed_str(), stream: stream.into() });
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

fn unreachable_error() -> DocumentError {
    DocumentError { name: String::new(), message: "internal error: a document went missing while indexing".into() }
}

fn resolve_date(input: &DocumentInput<'_>, warnings: &mut Vec<String>) -> (Option<Date>, Option<DateSource>) {
    let mut parse = |value: Option<&str>, what: &str| {
        let value = value.filter(|v| !v.is_empty())?;
        let date = Date::parse_iso(value);
        if date.is_none() {
            warnings.push(format!("ignored {what} «{value}»: not a valid YYYY-MM-DD date"));
        }
        date
    };
    if let Some(d) = parse(input.date, "date") {
        return (Some(d), Some(DateSource::Given));
    }
    // Only the file's own name: a date in a folder name («export_20190505/») is not its date.
    let file_name = input.name.rsplit(['/', '\\']).next().unwrap_or(input.name);
    if let Some(d) = Date::find_in_name(file_name) {
        return (Some(d), Some(DateSource::FileName));
    }
    match parse(input.modified, "last-modified date") {
        Some(d) => (Some(d), Some(DateSource::LastModified)),
        None => (None, None),
    }
}
