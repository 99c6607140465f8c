//! The corpus engine: documents in, keyword tables, series and concordances out.
//!
//! This is the one API that the CLI, the wasm bindings and the tests share, so native and
//! browser builds cannot drift apart. It keeps each document's text (for KWIC) and its token
//! stream over a shared vocabulary; everything derived from keys is computed on the first
//! query after a change and cached until the next.

mod analysis;
mod batch;
mod corpus;
mod dispersion;
mod ingest;
mod parallel;
mod prepare;
mod queries;
mod types;

use std::cell::OnceCell;
use std::collections::HashMap;

pub use corpus::{DuplicateCluster, ManifestReport};
pub use dispersion::{Dispersion, DocumentDispersion};
pub use types::{
    CorpusStats, DocumentError, DocumentInput, DocumentSummary, EngineOptions, FileReport, KeywordQuery, OptionsError,
    QueryError, Timeline, TimelineQuery,
};

use crate::count::{DocId, FormSurfaces, KeyId, KeyIndex, Tally, Vocab};
use crate::date::{Date, DateSource};
use crate::key::{self, snowball::Stemmer, Lexicon};
use crate::normalise::NormaliseOptions;
use crate::stopwords::Stopwords;
use crate::tokenise::TokenKind;

#[derive(Debug)]
pub struct Engine {
    options: EngineOptions,
    /// The normalisation applied to tokens: the options less the ة and ى folds, which come
    /// after segmentation.
    segmentation: NormaliseOptions,
    lexicon: &'static Lexicon,
    stemmer: Option<Stemmer>,
    stopwords: Stopwords,
    vocab: Vocab,
    docs: Vec<Doc>,
    /// (length, hash) of every file's bytes → the first document made from them.
    fingerprints: HashMap<(usize, u64), DocId, foldhash::fast::FixedState>,
    /// Keys of the vocabulary; computed on the first query after documents were added.
    index: OnceCell<Index>,
    /// Counts over the documents in play; also dropped when a date or an exclusion changes.
    tally: OnceCell<Tally>,
    /// Near-duplicate clusters among the documents not excluded by hand.
    dups: OnceCell<Vec<DuplicateCluster>>,
    /// Count each duplicate cluster once.
    dedupe: bool,
}

/// A document as the engine keeps it.
#[derive(Debug)]
pub(crate) struct Doc {
    pub(crate) summary: DocumentSummary,
    pub(crate) text: Box<str>,
    /// Surface ids, with [`crate::count::BOUNDARY`] marking sentence starts.
    pub(crate) stream: Box<[u32]>,
    /// Byte ranges of the text left out of the stream (boilerplate lines).
    pub(crate) skip: Vec<std::ops::Range<usize>>,
}

/// The vocabulary's keys.
#[derive(Debug)]
pub(crate) struct Index {
    pub(crate) keys: KeyIndex,
    pub(crate) surface_keys: Vec<KeyId>,
    pub(crate) form_surfaces: FormSurfaces,
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
            vocab: Vocab::default(),
            docs: Vec::new(),
            fingerprints: HashMap::default(),
            index: OnceCell::new(),
            tally: OnceCell::new(),
            dups: OnceCell::new(),
            dedupe: false,
        }
    }

    pub fn documents(&self) -> Vec<&DocumentSummary> {
        self.docs.iter().map(|d| &d.summary).collect()
    }

    pub fn document(&self, id: DocId) -> Option<&DocumentSummary> {
        self.docs.get(id as usize).map(|d| &d.summary)
    }

    /// A document's text, as indexed (for a document view).
    pub fn text(&self, id: DocId) -> Option<&str> {
        self.docs.get(id as usize).map(|d| &*d.text)
    }

    /// Sets a document's date by hand (`None`: undated); false if there is no such document.
    pub fn set_date(&mut self, id: DocId, date: Option<Date>) -> bool {
        let Some(doc) = self.docs.get_mut(id as usize) else { return false };
        doc.summary.date = date;
        doc.summary.date_source = date.map(|_| DateSource::Given);
        doc.summary.date_confidence = doc.summary.date_source.map(DateSource::confidence);
        doc.summary.date_evidence = None;
        self.tally = OnceCell::new();
        true
    }

    /// Leaves a document out of every count, or brings it back; false if there is no such document.
    pub fn set_excluded(&mut self, id: DocId, excluded: bool) -> bool {
        let Some(doc) = self.docs.get_mut(id as usize) else { return false };
        doc.summary.excluded = excluded;
        self.tally = OnceCell::new();
        self.dups = OnceCell::new();
        true
    }

    pub fn stats(&self) -> CorpusStats {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let included = self.included().count();
        let dated = self.included().filter(|d| d.summary.date.is_some()).count();
        CorpusStats {
            documents: count(self.docs.len()),
            included: count(included),
            tokens: self.included().map(|d| d.stream.len() as u64).sum(),
            distinct_keys: count(self.index().keys.len()),
            dated: count(dated),
            undated: count(included - dated),
        }
    }

    /// Documents in play: not excluded, and not a later copy when clusters count once.
    pub(crate) fn included(&self) -> impl Iterator<Item = &Doc> {
        let mut copies = vec![false; if self.dedupe { self.docs.len() } else { 0 }];
        if self.dedupe {
            for &d in self.duplicates().iter().flat_map(|c| c.docs.iter().skip(1)) {
                if let Some(c) = copies.get_mut(d as usize) {
                    *c = true;
                }
            }
        }
        self.docs
            .iter()
            .filter(move |d| !d.summary.excluded && !copies.get(d.summary.id as usize).copied().unwrap_or(false))
    }

    /// Keys for every distinct form, with the corpus as evidence.
    pub(crate) fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let keys = KeyIndex::build(&self.vocab, |form, kind| self.key_for(form, kind));
            let surface_keys = keys.surface_keys(&self.vocab);
            Index { keys, surface_keys, form_surfaces: self.vocab.form_surfaces() }
        })
    }

    /// Counts per surface and key over the documents in play.
    pub(crate) fn tally(&self) -> &Tally {
        self.tally.get_or_init(|| {
            let index = self.index();
            let streams = self.included().map(|d| (&*d.stream, d.summary.date));
            Tally::build(streams, &index.surface_keys, index.keys.len())
        })
    }

    /// Drops everything derived, after documents were added.
    fn changed(&mut self) {
        self.index = OnceCell::new();
        self.tally = OnceCell::new();
        self.dups = OnceCell::new();
    }

    /// The key of a normalised form: segmented (Arabic) or stemmed (if asked), then folded.
    fn key_for(&self, form: &str, kind: TokenKind) -> String {
        if kind != TokenKind::Word {
            return key::fold_final(form, &self.options.normalise);
        }
        let keyed = key::key_with(form, self.lexicon, &self.vocab);
        match &self.stemmer {
            Some(stemmer) if !key::is_arabic_word(&keyed) => stemmer.stem(&keyed),
            _ => key::fold_final_owned(keyed, &self.options.normalise),
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

    /// Bytes held by the index (vocabulary and token streams), not counting the texts: for
    /// the memory benchmark.
    pub fn index_bytes(&self) -> usize {
        self.vocab.heap_bytes()
            + self.docs.iter().map(|d| d.stream.len() * 4 + std::mem::size_of::<Doc>()).sum::<usize>()
    }

    /// Bytes of the documents' texts.
    pub fn text_bytes(&self) -> usize {
        self.docs.iter().map(|d| d.text.len()).sum()
    }
}
