//! The corpus engine: documents in, keyword tables and term timelines out.
//!
//! This is the one API that the CLI, the wasm bindings and the tests share, so native and
//! browser builds cannot drift apart. It holds no text after indexing, only counts, so a
//! browser tab can keep tens of thousands of articles.

use serde::{Deserialize, Serialize};

use std::cell::OnceCell;

use crate::count::{DocId, Forms, KeyIndex, KeyStats, Known};
use crate::date::{Date, DateSource};
use crate::decode::decode;
use crate::key::{self, Lexicon};
use crate::normalise::NormaliseOptions;
use crate::stopwords::Stopwords;
use crate::timeline::{self, Bucket, DocumentHits, Series};
use crate::tokenise::{tokenise, TokenKind};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EngineOptions {
    pub normalise: NormaliseOptions,
}

/// A document as handed over by a caller: raw bytes, so that decoding happens in one place.
#[derive(Debug, Clone, Copy)]
pub struct DocumentInput<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
    /// A date the caller vouches for (`YYYY-MM-DD`), e.g. from a manifest.
    pub date: Option<&'a str>,
    /// The file's last-modified date (`YYYY-MM-DD`), used only when nothing better exists.
    pub modified: Option<&'a str>,
}

/// What the engine learnt about one document; shown in the page's document list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSummary {
    pub id: DocId,
    pub name: String,
    pub encoding: &'static str,
    pub date: Option<Date>,
    pub date_source: Option<DateSource>,
    pub tokens: u32,
    pub warnings: Vec<String>,
}

/// A file that could not be added at all; the message names the file and the problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentError {
    pub name: String,
    pub message: String,
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KeywordQuery {
    pub limit: usize,
    pub include_stopwords: bool,
    pub include_numbers: bool,
    /// URLs and e-mail addresses; hashtags and @mentions are always included.
    pub include_links: bool,
}

impl Default for KeywordQuery {
    fn default() -> Self {
        KeywordQuery { limit: 50, include_stopwords: false, include_numbers: false, include_links: false }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub term: String,
    pub key: String,
    #[serde(flatten)]
    pub series: Series,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    NoWord(String),
    SeveralWords(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::NoWord(t) => write!(f, "«{t}» contains no word to look for"),
            QueryError::SeveralWords(t) => {
                write!(f, "«{t}» has several words; a timeline follows one word at a time for now")
            }
        }
    }
}

impl std::error::Error for QueryError {}
impl std::error::Error for DocumentError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CorpusStats {
    pub documents: u32,
    pub tokens: u64,
    pub distinct_keys: u32,
    pub dated: u32,
    pub undated: u32,
}

#[derive(Debug)]
pub struct Engine {
    options: EngineOptions,
    /// The normalisation applied to tokens: the options less the ة and ى folds, which come
    /// after segmentation.
    segmentation: NormaliseOptions,
    lexicon: &'static Lexicon,
    stopwords: Stopwords,
    forms: Forms,
    /// Forms grouped by key; computed on the first query after documents were added.
    keys: OnceCell<KeyIndex>,
    docs: Vec<DocumentSummary>,
    tokens: u64,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new(EngineOptions::default())
    }
}

impl Engine {
    pub fn new(options: EngineOptions) -> Self {
        let stopwords = Stopwords::builtin(&options.normalise);
        Engine {
            segmentation: key::segmentation_view(&options.normalise),
            options,
            lexicon: Lexicon::builtin(),
            stopwords,
            forms: Forms::default(),
            keys: OnceCell::new(),
            docs: Vec::new(),
            tokens: 0,
        }
    }

    /// Decodes, tokenises and counts one document. A file that is not text is refused with a
    /// message; everything already added stays.
    pub fn add(&mut self, input: DocumentInput<'_>) -> Result<DocumentSummary, DocumentError> {
        let refuse = |message: String| DocumentError { name: input.name.to_owned(), message };
        let decoded = decode(input.bytes).map_err(|e| refuse(e.to_string()))?;
        let id = DocId::try_from(self.docs.len()).map_err(|_| refuse("the corpus is full".into()))?;
        let mut warnings = Vec::new();
        if decoded.replaced > 0 {
            warnings.push(format!(
                "{} undecodable byte sequence(s) in {} replaced by �",
                decoded.replaced, decoded.encoding
            ));
        }
        let (date, date_source) = resolve_date(&input, &mut warnings);

        let text = decoded.text.as_ref();
        let mut normalised = String::new();
        let mut tokens = 0u32;
        for token in tokenise(text) {
            let surface = token.text(text);
            match self.forms.count_known(surface) {
                Known::Counted => {}
                Known::Ignored => continue,
                Known::New => {
                    normalised.clear();
                    self.segmentation.normalise_into(surface, &mut normalised);
                    self.forms.add_new(surface, &normalised, token.kind);
                    if normalised.is_empty() {
                        continue;
                    }
                }
            }
            tokens = tokens.saturating_add(1);
        }
        if tokens == 0 {
            warnings.push("no words found: the file is empty or holds only punctuation".into());
        }
        self.forms.finish_document(id);
        self.keys = OnceCell::new();
        self.tokens += u64::from(tokens);
        let summary = DocumentSummary {
            id,
            name: input.name.to_owned(),
            encoding: decoded.encoding,
            date,
            date_source,
            tokens,
            warnings,
        };
        self.docs.push(summary.clone());
        Ok(summary)
    }

    pub fn documents(&self) -> &[DocumentSummary] {
        &self.docs
    }

    pub fn stats(&self) -> CorpusStats {
        let dated = self.docs.iter().filter(|d| d.date.is_some()).count();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        CorpusStats {
            documents: count(self.docs.len()),
            tokens: self.tokens,
            distinct_keys: count(self.key_index().len()),
            dated: count(dated),
            undated: count(self.docs.len() - dated),
        }
    }

    /// Keys for every distinct form, with the corpus as evidence.
    fn key_index(&self) -> &KeyIndex {
        self.keys.get_or_init(|| {
            KeyIndex::build(&self.forms, |form, kind| match kind {
                TokenKind::Word => {
                    key::fold_final(&key::key_with(form, self.lexicon, &self.forms), &self.options.normalise)
                }
                _ => key::fold_final(form, &self.options.normalise),
            })
        })
    }

    /// The most frequent keys; stopwords, numbers and links left out unless asked for.
    pub fn keywords(&self, query: &KeywordQuery) -> Vec<KeyStats> {
        self.key_index().ranked(&self.forms, query.limit, |key, kind| {
            (query.include_stopwords || !self.stopwords.contains(key))
                && (query.include_numbers || kind != TokenKind::Number)
                && (query.include_links || !matches!(kind, TokenKind::Url | TokenKind::Email))
        })
    }

    /// The key a term is counted under, as the page shows it beside the series.
    pub fn key_of(&self, term: &str) -> Result<String, QueryError> {
        let mut words = tokenise(term);
        let word = words.next().ok_or_else(|| QueryError::NoWord(term.to_owned()))?;
        if words.next().is_some() {
            return Err(QueryError::SeveralWords(term.to_owned()));
        }
        Ok(key::key_of(word.text(term), &self.options.normalise, self.lexicon, &self.forms))
    }

    /// Occurrences of a term (matched by key, so «الموصل» also counts «بالموصل») per date bucket.
    pub fn timeline(&self, term: &str, bucket: Bucket) -> Result<Timeline, QueryError> {
        let key = self.key_of(term)?;
        let mut hits: Vec<DocumentHits> = self.docs.iter().map(|d| DocumentHits { date: d.date, hits: 0 }).collect();
        let index = self.key_index();
        if let Some(id) = index.id(&key) {
            for (doc, n) in index.postings(&self.forms, id) {
                if let Some(h) = hits.get_mut(doc as usize) {
                    h.hits = n;
                }
            }
        }
        Ok(Timeline { term: term.trim().to_owned(), key, series: timeline::build(bucket, &hits) })
    }
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
    if let Some(d) = Date::find_in_name(input.name) {
        return (Some(d), Some(DateSource::FileName));
    }
    match parse(input.modified, "last-modified date") {
        Some(d) => (Some(d), Some(DateSource::LastModified)),
        None => (None, None),
    }
}
