//! JavaScript bindings: a thin layer between the page's worker and the core.
//!
//! Arguments and results cross as JSON text, which the JS side parses (`www/core.js`): results
//! through serde_json's one serializer, arguments through the readers of [`crate::args`] over
//! the JSON parser the core links anyway, where generated conversions to and from JS objects
//! per type cost more. Query objects may be omitted (`undefined`) for the defaults.

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::args::{self, FileMeta};
use crate::date::Date;
use crate::{DocumentInput, TimelineQuery};

/// Grouping keys for a list of words, the list serving as its own corpus (as `marsad keys`).
#[wasm_bindgen]
pub fn keys(words: Vec<String>) -> Vec<String> {
    crate::key::keys_for_words(&words, &crate::normalise::NormaliseOptions::default())
}

/// The tokens of a text with byte and UTF-16 offsets (as `marsad tokens`), as JSON.
#[wasm_bindgen]
pub fn tokens(text: &str) -> String {
    json(&crate::tokenise::records(text).collect::<Vec<_>>())
}

/// The normalisation steps with their ids, defaults and examples, for a settings view (JSON).
#[wasm_bindgen(js_name = normalisationSteps)]
pub fn normalisation_steps() -> String {
    json(crate::normalise::steps())
}

/// `text` normalised by the steps of `options` (JSON of `{ foldAlef: false, … }`, the `normalise`
/// part of the engine's options; `undefined` for the defaults), for the settings view's "try it" box.
#[wasm_bindgen]
pub fn normalise(text: &str, options: Option<String>) -> Result<String, JsError> {
    args::normalise_text(text, options.as_deref().unwrap_or("null")).map_err(|e| JsError::new(&e))
}

/// The corpus engine, owned by the page's worker.
#[wasm_bindgen]
pub struct Engine {
    inner: crate::Engine,
}

#[wasm_bindgen]
impl Engine {
    /// `options`: JSON of a partial `{ normalise: { foldTehMarbuta: false, … }, stopwordLanguages, columns }`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<String>) -> Result<Engine, JsError> {
        let options = parse(options, "engine options", args::engine_options)?;
        let inner = crate::Engine::new(options).map_err(|e| JsError::new(&format!("invalid engine options: {e}")))?;
        Ok(Engine { inner })
    }

    /// Adds a batch of files in one call: `files` is JSON of `[{ name, size, modified?, date? }]`
    /// (dates `YYYY-MM-DD`) and `bytes` their contents one after the other. Returns JSON of a
    /// report per file, `[{ name, documents, errors, skipped }]`; a bad file or part is reported
    /// there and the rest load.
    #[wasm_bindgen(js_name = addFiles)]
    pub fn add_files(&mut self, files: &str, bytes: &[u8]) -> Result<String, JsError> {
        let files = parse(Some(files.to_owned()), "file list", args::file_list)?;
        let inputs = split_inputs(&files, bytes)?;
        Ok(json(&self.inner.add_files(&inputs)))
    }

    /// `query`: JSON of a partial `{ limit, includeStopwords, includeNumbers, includeLinks, … }`.
    pub fn keywords(&self, query: Option<String>) -> Result<String, JsError> {
        let query = parse(query, "keyword query", args::keyword_query)?;
        Ok(json(&self.inner.keywords(&query)))
    }

    /// A series for a query. `shape`: JSON of a bucket name (`"auto"`, `"day"`, `"week"`,
    /// `"month"`, `"quarter"`, `"year"`) or of `{ bucket, measure: "count"|"rate"|"share", smoothing }`.
    pub fn timeline(&self, query: &str, shape: Option<String>) -> Result<String, JsError> {
        let what =
            if shape.as_deref().is_some_and(|s| s.trim_start().starts_with('"')) { "bucket" } else { "timeline shape" };
        let shape = parse(shape, what, args::shape)?;
        let q = TimelineQuery { query: query.to_owned(), shape };
        result(self.inner.timeline(&q))
    }

    /// Concordance lines: JSON of `{ query, width, sort: "document"|"left"|"right", offset, limit,
    /// from, to, undated, doc }`.
    pub fn kwic(&self, query: &str) -> Result<String, JsError> {
        let q = parse(Some(query.to_owned()), "KWIC query", args::kwic_query)?;
        result(self.inner.kwic(&q))
    }

    /// Match positions in document order, for a corpus without dates.
    pub fn dispersion(&self, query: &str) -> Result<String, JsError> {
        result(self.inner.dispersion(query))
    }

    /// Runs of keys within sentences: JSON of `{ min, max, limit, minCount, includeStopwords, includeNumbers }`.
    pub fn ngrams(&self, query: Option<String>) -> Result<String, JsError> {
        let q = parse(query, "n-gram query", args::ngram_query)?;
        result(self.inner.ngrams(&q))
    }

    /// Keys near a query's matches: JSON of `{ query, window, limit, minCount, includeStopwords,
    /// sort: "logLikelihood"|"pmi"|"count" }`.
    pub fn collocates(&self, query: &str) -> Result<String, JsError> {
        let q = parse(Some(query.to_owned()), "collocate query", args::collocate_query)?;
        result(self.inner.collocates(&q))
    }

    /// Keys that set a selection apart: JSON of `{ target: { from, to, source, docs }, reference
    /// (omitted: the rest), limit, minCount, includeStopwords, includeNumbers }`.
    pub fn keyness(&self, query: &str) -> Result<String, JsError> {
        let q = parse(Some(query.to_owned()), "keyness query", args::keyness_query)?;
        result(self.inner.keyness(&q))
    }

    /// Near-duplicate clusters: JSON of `[{ docs, similarity }]`, the first of each kept.
    pub fn duplicates(&self) -> String {
        json(self.inner.duplicates())
    }

    /// Counts each near-duplicate cluster once (its first document), or every copy.
    #[wasm_bindgen(js_name = setCountDuplicatesOnce)]
    pub fn set_count_duplicates_once(&mut self, once: bool) {
        self.inner.set_count_duplicates_once(once);
    }

    /// Leaves repeated boilerplate lines out of every count, or puts them back; returns JSON of
    /// the lines, `[{ text, docs, group, kind }]`.
    #[wasm_bindgen(js_name = setExcludeBoilerplate)]
    pub fn set_exclude_boilerplate(&mut self, exclude: bool) -> String {
        json(&self.inner.set_exclude_boilerplate(exclude))
    }

    /// Dates documents from a CSV of file → date; returns JSON of `{ dated, unmatched, errors }`.
    #[wasm_bindgen(js_name = applyManifest)]
    pub fn apply_manifest(&mut self, text: &str) -> String {
        json(&self.inner.apply_manifest(text))
    }

    /// A document's text, for the document view.
    pub fn text(&self, id: u32) -> Option<String> {
        self.inner.text(id).map(str::to_owned)
    }

    /// Sets a document's date (`YYYY-MM-DD`, or `undefined` for undated); false if there is no
    /// such document.
    #[wasm_bindgen(js_name = setDate)]
    pub fn set_date(&mut self, id: u32, date: Option<String>) -> Result<bool, JsError> {
        let date = match date.as_deref() {
            Some(s) => {
                Some(Date::parse_iso(s).ok_or_else(|| JsError::new(&format!("«{s}» is not a YYYY-MM-DD date")))?)
            }
            None => None,
        };
        Ok(self.inner.set_date(id, date))
    }

    /// Leaves a document out of every count, or brings it back; false if there is no such document.
    #[wasm_bindgen(js_name = setExcluded)]
    pub fn set_excluded(&mut self, id: u32, excluded: bool) -> bool {
        self.inner.set_excluded(id, excluded)
    }

    /// The stopwords in use, one word per key, sorted.
    pub fn stopwords(&self) -> Vec<String> {
        self.inner.stopwords().into_iter().map(str::to_owned).collect()
    }

    #[wasm_bindgen(js_name = addStopword)]
    pub fn add_stopword(&mut self, word: &str) -> bool {
        self.inner.add_stopword(word)
    }

    #[wasm_bindgen(js_name = removeStopword)]
    pub fn remove_stopword(&mut self, word: &str) -> bool {
        self.inner.remove_stopword(word)
    }

    /// JSON of `{ documents, included, tokens, distinctKeys, dated, undated }`.
    pub fn stats(&self) -> String {
        json(&self.inner.stats())
    }

    /// JSON of every document's summary, in id order.
    pub fn documents(&self) -> String {
        json(&self.inner.documents())
    }
}

/// Cuts the batch's bytes into the files they hold.
fn split_inputs<'a>(files: &'a [FileMeta], bytes: &'a [u8]) -> Result<Vec<DocumentInput<'a>>, JsError> {
    let mut rest = bytes;
    let mut inputs = Vec::with_capacity(files.len());
    for f in files {
        let Some((head, tail)) = rest.split_at_checked(f.size) else {
            let message = format!("«{}»: {} bytes announced, {} left in the batch", f.name, f.size, rest.len());
            return Err(JsError::new(&message));
        };
        rest = tail;
        inputs.push(DocumentInput {
            name: &f.name,
            bytes: head,
            date: f.date.as_deref(),
            modified: f.modified.as_deref(),
        });
    }
    if !rest.is_empty() {
        return Err(JsError::new(&format!("{} bytes left over after the last file", rest.len())));
    }
    Ok(inputs)
}

/// Serialising our own types to a `Vec` cannot fail (string keys, finite or null numbers).
fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn result<T: Serialize, E: std::fmt::Display>(value: Result<T, E>) -> Result<String, JsError> {
    value.map(|v| json(&v)).map_err(|e| JsError::new(&e.to_string()))
}

/// An argument's JSON (`undefined`: the defaults) read by `read`.
fn parse<T>(text: Option<String>, what: &str, read: fn(&Value) -> Result<T, String>) -> Result<T, JsError> {
    args::parse(text.as_deref().unwrap_or("null"), what, read).map_err(|e| JsError::new(&e))
}
