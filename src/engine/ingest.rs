//! Adding documents: bytes → text → token stream over the shared vocabulary.

use std::hash::BuildHasher;
use std::ops::Range;

use super::{Doc, DocumentError, DocumentInput, DocumentSummary, Engine};
use crate::count::{is_boundary, DocId, Known, BOUNDARY};
use crate::date::{Date, DateSource};
use crate::decode::decode;
use crate::tokenise::{tokenise, Token};

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
        let refuse = |message: String| DocumentError { name: input.name.to_owned(), message };
        let (mut warnings, fingerprint) = self.check_fingerprint(input.name, input.bytes).map_err(refuse)?;
        let decoded = decode(input.bytes).map_err(|e| refuse(e.to_string()))?;
        if decoded.replaced > 0 {
            warnings.push(format!(
                "{} undecodable byte sequence(s) in {} replaced by �",
                decoded.replaced, decoded.encoding
            ));
        }
        let (date, date_source) = resolve_date(&input, &mut warnings);
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
        let summary = self.push(NewDoc { summary, text: decoded.text.into_owned() }).map_err(refuse)?;
        self.fingerprints.entry(fingerprint).or_insert(summary.id);
        Ok(summary)
    }

    /// Refuses a file loaded twice; warns about the same bytes under another name (two outlets
    /// can print one wire story, so both are kept).
    fn check_fingerprint(&self, name: &str, bytes: &[u8]) -> Result<(Vec<String>, Fingerprint), String> {
        let fingerprint = (bytes.len(), foldhash::fast::FixedState::default().hash_one(bytes));
        let Some(&earlier) = self.fingerprints.get(&fingerprint) else { return Ok((Vec::new(), fingerprint)) };
        let earlier = self.docs.get(earlier as usize).map_or("", |d| d.summary.name.as_str());
        if earlier == name {
            return Err("already loaded: the same file, with the same content, was added before".into());
        }
        Ok((vec![format!("same text as «{earlier}», which is also counted")], fingerprint))
    }

    /// Indexes a document and keeps it.
    pub(crate) fn push(&mut self, mut new: NewDoc) -> Result<DocumentSummary, String> {
        let id = DocId::try_from(self.docs.len()).map_err(|_| "the corpus is full".to_owned())?;
        let stream = self.index_text(&new.text, &[]);
        new.summary.id = id;
        new.summary.tokens = u32::try_from(stream.len()).unwrap_or(u32::MAX);
        if stream.is_empty() {
            new.summary.warnings.push("no words found: the text is empty or holds only punctuation".into());
        }
        self.docs.push(Doc { summary: new.summary.clone(), text: new.text.into_boxed_str(), stream: stream.into() });
        self.changed();
        Ok(new.summary)
    }

    /// The token stream of a text, adding new spellings to the vocabulary. Tokens inside
    /// `skip` (excluded boilerplate) are left out.
    fn index_text(&mut self, text: &str, skip: &[Range<usize>]) -> Vec<u32> {
        let mut stream = Vec::with_capacity(text.len() / 8);
        let mut normalised = String::new();
        let mut prev_end = 0;
        for token in kept_tokens(text, skip) {
            let surface = token.text(text);
            let id = match self.vocab.lookup(surface) {
                Known::Surface(id) => {
                    self.vocab.count(id);
                    id
                }
                Known::Ignored => continue,
                Known::New => {
                    normalised.clear();
                    self.segmentation.normalise_into(surface, &mut normalised);
                    match self.vocab.add(surface, &normalised, token.kind) {
                        Some(id) => id,
                        None => continue,
                    }
                }
            };
            let gap = text.get(prev_end..token.start).unwrap_or("");
            stream.push(if stream.is_empty() || is_boundary(gap) { id | BOUNDARY } else { id });
            prev_end = token.end;
        }
        stream
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

fn kept_tokens<'t>(text: &'t str, skip: &'t [Range<usize>]) -> impl Iterator<Item = Token> + 't {
    tokenise(text).filter(move |t| !skip.iter().any(|r| r.start <= t.start && t.end <= r.end))
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
