//! JavaScript bindings: a thin layer that converts between JS values and the core's types.
//!
//! Results cross as plain JS objects (maps as objects, numbers as numbers), so the page can
//! use them directly and `JSON.stringify` them into exports.

use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

use crate::date::Date;
use crate::{
    CollocateQuery, DocumentInput, EngineOptions, KeynessQuery, KeywordQuery, KwicQuery, NgramQuery, Shape,
    TimelineQuery,
};

/// Grouping keys for a list of words, the list serving as its own corpus (as `marsad keys`).
#[wasm_bindgen]
pub fn keys(words: Vec<String>) -> Vec<String> {
    crate::key::keys_for_words(&words, &crate::normalise::NormaliseOptions::default())
}

/// The tokens of a text with byte and UTF-16 offsets (as `marsad tokens`).
#[wasm_bindgen]
pub fn tokens(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::tokenise::records(text).collect::<Vec<_>>())
}

/// The normalisation steps with their ids, defaults and examples, for a settings view.
#[wasm_bindgen(js_name = normalisationSteps)]
pub fn normalisation_steps() -> Result<JsValue, JsError> {
    to_js(crate::normalise::steps())
}

/// The corpus engine, owned by the page's worker.
#[wasm_bindgen]
pub struct Engine {
    inner: crate::Engine,
}

#[wasm_bindgen]
impl Engine {
    /// `options` may be `undefined` or a partial `{ normalise: { foldTehMarbuta: false, … } }`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Engine, JsError> {
        let options: EngineOptions = from_js(options, "engine options")?;
        let inner = crate::Engine::new(options).map_err(|e| JsError::new(&format!("invalid engine options: {e}")))?;
        Ok(Engine { inner })
    }

    /// Adds one file. `date` and `modified` are `YYYY-MM-DD` or `undefined`. Returns the
    /// document's summary, or throws an `Error` saying what is wrong with the file (the caller
    /// knows its name).
    #[wasm_bindgen(js_name = addDocument)]
    pub fn add_document(
        &mut self,
        name: &str,
        bytes: &[u8],
        date: Option<String>,
        modified: Option<String>,
    ) -> Result<JsValue, JsError> {
        let input = DocumentInput { name, bytes, date: date.as_deref(), modified: modified.as_deref() };
        let summary = self.inner.add(input).map_err(|e| JsError::new(&e.message))?;
        to_js(&summary)
    }

    /// Adds a document that is already text (pasted, or extracted by the page).
    #[wasm_bindgen(js_name = addText)]
    pub fn add_text(
        &mut self,
        name: &str,
        text: &str,
        date: Option<String>,
        modified: Option<String>,
    ) -> Result<JsValue, JsError> {
        self.add_document(name, text.as_bytes(), date, modified)
    }

    /// `query` may be `undefined` or a partial `{ limit, includeStopwords, includeNumbers }`.
    pub fn keywords(&self, query: JsValue) -> Result<JsValue, JsError> {
        let query: KeywordQuery = from_js(query, "keyword query")?;
        to_js(&self.inner.keywords(&query))
    }

    /// A series for a query. `shape` is a bucket name (`"auto"`, `"day"`, `"week"`, `"month"`,
    /// `"quarter"`, `"year"`) or `{ bucket, measure: "count"|"rate"|"share", smoothing }`.
    pub fn timeline(&self, query: &str, shape: JsValue) -> Result<JsValue, JsError> {
        let shape = match shape.as_string() {
            Some(_) => Shape { bucket: from_js(shape, "bucket")?, ..Shape::default() },
            None => from_js(shape, "timeline shape")?,
        };
        let q = TimelineQuery { query: query.to_owned(), shape };
        to_js(&self.inner.timeline(&q).map_err(|e| JsError::new(&e.to_string()))?)
    }

    /// Concordance lines: `{ query, width, sort: "document"|"left"|"right", offset, limit, from, to, undated, doc }`.
    pub fn kwic(&self, query: JsValue) -> Result<JsValue, JsError> {
        let q: KwicQuery = from_js(query, "KWIC query")?;
        to_js(&self.inner.kwic(&q).map_err(|e| JsError::new(&e.to_string()))?)
    }

    /// Match positions in document order, for a corpus without dates.
    pub fn dispersion(&self, query: &str) -> Result<JsValue, JsError> {
        to_js(&self.inner.dispersion(query).map_err(|e| JsError::new(&e.to_string()))?)
    }

    /// Runs of keys within sentences: `{ min, max, limit, minCount, includeStopwords, includeNumbers }`.
    pub fn ngrams(&self, query: JsValue) -> Result<JsValue, JsError> {
        let q: NgramQuery = from_js(query, "n-gram query")?;
        to_js(&self.inner.ngrams(&q).map_err(|e| JsError::new(&e))?)
    }

    /// Keys near a query's matches: `{ query, window, limit, minCount, includeStopwords,
    /// sort: "logLikelihood"|"pmi"|"count" }`.
    pub fn collocates(&self, query: JsValue) -> Result<JsValue, JsError> {
        let q: CollocateQuery = from_js(query, "collocate query")?;
        to_js(&self.inner.collocates(&q).map_err(|e| JsError::new(&e.to_string()))?)
    }

    /// Keys that set a selection apart: `{ target: { from, to, source, docs }, reference (omitted:
    /// the rest), limit, minCount, includeStopwords, includeNumbers }`.
    pub fn keyness(&self, query: JsValue) -> Result<JsValue, JsError> {
        let q: KeynessQuery = from_js(query, "keyness query")?;
        to_js(&self.inner.keyness(&q).map_err(|e| JsError::new(&e))?)
    }

    /// A document's text, for the document view.
    pub fn text(&self, id: u32) -> Option<String> {
        self.inner.text(id).map(str::to_owned)
    }

    /// Sets a document's date (`YYYY-MM-DD`, or `undefined` for undated).
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

    pub fn stats(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.stats())
    }

    pub fn documents(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.documents())
    }
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

fn from_js<T: DeserializeOwned + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}
