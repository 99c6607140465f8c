//! N-grams, collocates and keyness over the documents in play: the engine's tables handed to
//! the pure functions of [`crate::stats`].

use super::{Doc, Engine};
use crate::query::QueryError;
use crate::stats::{
    self, rank_collocates, spans, Collocate, CollocateQuery, Keyness, KeynessQuery, NgramQuery, NgramStats, Selection,
    Side, Words,
};
use crate::tokenise::TokenKind;

impl Engine {
    /// The most frequent runs of keys within sentences, not starting or ending on a stopword or
    /// a number unless asked.
    pub fn ngrams(&self, query: &NgramQuery) -> Result<Vec<NgramStats>, String> {
        let streams: Vec<&[u32]> = self.included().map(|d| &*d.stream).collect();
        let edge = self.key_filter(query.include_stopwords, query.include_numbers);
        self.with_words(|words| stats::ngrams(&streams, words, &edge, query))
    }

    /// The keys most associated with a query's matches, within `window` tokens of the same
    /// sentence.
    pub fn collocates(&self, query: &CollocateQuery) -> Result<Vec<Collocate>, QueryError> {
        let (_, matcher) = self.compile(&query.query)?;
        let hits = self.hits(&matcher);
        let docs = hits.iter().filter_map(|(id, h)| Some((&*self.docs.get(*id as usize)?.stream, h.as_slice())));
        let spans = spans(docs, self.vocab.surfaces(), query.window);
        let keep = self.key_filter(query.include_stopwords, true);
        Ok(self.with_words(|words| rank_collocates(&spans, words, self.tally(), &keep, query)))
    }

    /// The keys that set the target documents apart from the reference (by default, the rest).
    pub fn keyness(&self, query: &KeynessQuery) -> Result<Keyness, String> {
        let in_target = query.target.matcher();
        let in_reference = query.reference.as_ref().map(Selection::matcher);
        let selected = |d: &Doc| in_target(d.summary.id, d.summary.date, d.summary.source.as_deref());
        let referenced = |d: &Doc| match &in_reference {
            Some(m) => m(d.summary.id, d.summary.date, d.summary.source.as_deref()),
            None => !selected(d),
        };
        let surfaces = self.vocab.surfaces();
        let target = Side::count(&mut self.included().filter(|d| selected(d)).map(|d| &*d.stream), surfaces);
        let reference = Side::count(&mut self.included().filter(|d| referenced(d)).map(|d| &*d.stream), surfaces);
        let keep = self.key_filter(query.include_stopwords, query.include_numbers);
        self.with_words(|words| stats::compare(&target, &reference, words, &keep, query))
    }

    /// Which keys may be shown (or end an n-gram), by key id.
    fn key_filter(&self, stopwords: bool, numbers: bool) -> Vec<bool> {
        self.index()
            .keys
            .groups()
            .map(|(_, g)| (stopwords || !self.stopwords.contains(&g.key)) && (numbers || g.kind != TokenKind::Number))
            .collect()
    }

    /// The vocabulary's tables as [`Words`].
    fn with_words<T>(&self, f: impl FnOnce(&Words<'_>) -> T) -> T {
        let index = self.index();
        let texts = self.vocab.surface_texts();
        let keys: Vec<&str> = index.keys.groups().map(|(_, g)| g.key.as_str()).collect();
        f(&Words { surface_keys: &index.surface_keys, surface_texts: &texts, keys: &keys })
    }
}
