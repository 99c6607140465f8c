//! JavaScript bindings: a thin layer that converts between JS values and the core's types.
//!
//! Results cross as plain JS objects (maps as objects, numbers as numbers), so the page can
//! use them directly and `JSON.stringify` them into exports.

use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Bucket, DocumentInput, EngineOptions, KeywordQuery};

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

    /// `bucket` is `"auto"`, `"day"`, `"month"` or `"year"` (default `"auto"`).
    pub fn timeline(&self, term: &str, bucket: JsValue) -> Result<JsValue, JsError> {
        let bucket: Bucket = from_js(bucket, "bucket")?;
        let timeline = self.inner.timeline(term, bucket).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&timeline)
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
        to_js(self.inner.documents())
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
