//! The corpus engine: documents in, keyword tables and term timelines out.
//!
//! This is the one API that the CLI, the wasm bindings and the tests share, so native and
//! browser builds cannot drift apart. It holds no text after indexing, only counts, so a
//! browser tab can keep tens of thousands of articles.

mod types;

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::BuildHasher;

pub use types::{
    CorpusStats, DocumentError, DocumentInput, DocumentSummary, EngineOptions, KeywordQuery, OptionsError, QueryError,
    Timeline,
};

use crate::count::{DocId, Forms, KeyIndex, KeyStats, Known};
use crate::date::{Date, DateSource};
use crate::decode::decode;
use crate::key::{self, snowball::Stemmer, Lexicon};
use crate::normalise::NormaliseOptions;
use crate::stopwords::Stopwords;
use crate::timeline::{self, Bucket, DocumentHits};
use crate::tokenise::{tokenise, TokenKind};

#[derive(Debug)]
pub struct Engine {
    options: EngineOptions,
    /// The normalisation applied to tokens: the options less the ة and ى folds, which come
    /// after segmentation.
    segmentation: NormaliseOptions,
    lexicon: &'static Lexicon,
    stemmer: Option<Stemmer>,
    stopwords: Stopwords,
    forms: Forms,
    /// Forms grouped by key; computed on the first query after documents were added.
    keys: OnceCell<KeyIndex>,
    docs: Vec<DocumentSummary>,
    /// (length, hash) of every document's bytes → the first document with them.
    fingerprints: HashMap<(usize, u64), DocId>,
    tokens: u64,
}

impl Default for Engine {
    fn default() -> Self {
        let options = EngineOptions::default();
        let stopwords = Stopwords::builtin(&options.normalise);
        Self::with(options, stopwords, None)
    }
}

impl Engine {
    /// An engine with these options; unknown stopword languages or an unavailable stemmer are
    /// refused with a message rather than silently ignored.
    pub fn new(options: EngineOptions) -> Result<Self, OptionsError> {
        let codes = options.stopword_languages.iter().map(String::as_str);
        let stopwords = Stopwords::for_languages(codes, &options.normalise).map_err(|e| OptionsError(e.to_string()))?;
        let stemmer = options.stemming.as_deref().map(Stemmer::new).transpose().map_err(OptionsError)?;
        Ok(Self::with(options, stopwords, stemmer))
    }

    fn with(options: EngineOptions, stopwords: Stopwords, stemmer: Option<Stemmer>) -> Self {
        Engine {
            segmentation: key::segmentation_view(&options.normalise),
            options,
            lexicon: Lexicon::builtin(),
            stemmer,
            stopwords,
            forms: Forms::default(),
            keys: OnceCell::new(),
            docs: Vec::new(),
            fingerprints: HashMap::new(),
            tokens: 0,
        }
    }

    /// Decodes, tokenises and counts one document. A file that is not text is refused with a
    /// message; everything already added stays.
    pub fn add(&mut self, input: DocumentInput<'_>) -> Result<DocumentSummary, DocumentError> {
        let refuse = |message: String| DocumentError { name: input.name.to_owned(), message };
        let fingerprint = (input.bytes.len(), foldhash::fast::FixedState::default().hash_one(input.bytes));
        let mut warnings = Vec::new();
        if let Some(&earlier) = self.fingerprints.get(&fingerprint) {
            let earlier = self.docs.get(earlier as usize).map_or("", |d| d.name.as_str());
            // The same file twice would double every count; the same text under another name is
            // kept (two outlets can print one wire story) but said.
            if earlier == input.name {
                return Err(refuse("already loaded: the same file, with the same content, was added before".into()));
            }
            warnings.push(format!("same text as «{earlier}», which is also counted"));
        }
        let decoded = decode(input.bytes).map_err(|e| refuse(e.to_string()))?;
        let id = DocId::try_from(self.docs.len()).map_err(|_| refuse("the corpus is full".into()))?;
        self.fingerprints.entry(fingerprint).or_insert(id);
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
        self.keys.get_or_init(|| KeyIndex::build(&self.forms, |form, kind| self.key_for(form, kind)))
    }

    /// The key of a normalised form: segmented (Arabic) or stemmed (if asked), then folded.
    fn key_for(&self, form: &str, kind: TokenKind) -> String {
        if kind != TokenKind::Word {
            return key::fold_final(form, &self.options.normalise);
        }
        let keyed = key::key_with(form, self.lexicon, &self.forms);
        match &self.stemmer {
            Some(stemmer) if !key::is_arabic_word(&keyed) => stemmer.stem(&keyed),
            _ => key::fold_final(&keyed, &self.options.normalise),
        }
    }

    /// The words of the stopword lists in use, one per key.
    pub fn stopwords(&self) -> Vec<&str> {
        self.stopwords.words()
    }

    /// Adds a stopword (and every spelling sharing its key); false if it was one already.
    pub fn add_stopword(&mut self, word: &str) -> bool {
        self.stopwords.add(word, &self.options.normalise)
    }

    /// Removes a stopword (and every spelling sharing its key); false if it was none.
    pub fn remove_stopword(&mut self, word: &str) -> bool {
        self.stopwords.remove(word, &self.options.normalise)
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
        // A surface seen in the corpus is taken as it is, so every form the keyword table shows
        // can be looked up, even one that would not tokenise alone (a stray combining mark).
        if let Some((form, kind)) = self.forms.form_of(term.trim()) {
            return Ok(self.key_for(form, kind));
        }
        let mut words = tokenise(term);
        let word = words.next().ok_or_else(|| QueryError::NoWord(term.to_owned()))?;
        if words.next().is_some() {
            return Err(QueryError::SeveralWords(term.to_owned()));
        }
        Ok(self.key_for(&self.segmentation.normalise(word.text(term)), word.kind))
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
