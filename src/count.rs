//! Keys → counts: how often each term occurs, in how many documents, and under which spellings.
//!
//! Every merged surface form is kept with its own count, because a journalist must be able to
//! check a number: «الموصل 12» is only credible next to «والموصل ×3، بالموصل ×2 …».

use std::collections::HashMap;

use serde::Serialize;

use crate::tokenise::TokenKind;

/// Dense id of a key, assigned in order of first appearance.
pub type KeyId = u32;
/// Position of a document in the corpus.
pub type DocId = u32;

#[derive(Debug, Default)]
struct KeyEntry {
    key: String,
    kind: Option<TokenKind>,
    count: u64,
    /// Surface form (as written) → occurrences.
    variants: HashMap<String, u64>,
    /// (document, occurrences in it), in document order: the term's posting list.
    postings: Vec<(DocId, u32)>,
}

/// Per-key statistics accumulated document by document.
#[derive(Debug, Default)]
pub struct Counts {
    ids: HashMap<String, KeyId>,
    entries: Vec<KeyEntry>,
}

/// One document's occurrences, gathered before they are merged into [`Counts`] so that
/// document frequencies and posting lists get one entry per document.
#[derive(Debug, Default)]
pub struct DocumentCounts {
    tf: HashMap<KeyId, u32>,
}

impl Counts {
    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn id(&self, key: &str) -> Option<KeyId> {
        self.ids.get(key).copied()
    }

    /// Records one occurrence of `surface` under `key` in the document being counted.
    pub fn add(&mut self, doc: &mut DocumentCounts, key: &str, surface: &str, kind: TokenKind) {
        let id = match self.ids.get(key) {
            Some(&id) => id,
            None => {
                let id = KeyId::try_from(self.entries.len()).unwrap_or(KeyId::MAX);
                self.ids.insert(key.to_owned(), id);
                self.entries.push(KeyEntry { key: key.to_owned(), ..KeyEntry::default() });
                id
            }
        };
        let Some(entry) = self.entries.get_mut(id as usize) else { return };
        entry.count += 1;
        // A key is a number only if every occurrence was one.
        entry.kind = match (entry.kind, kind) {
            (None, k) => Some(k),
            (Some(TokenKind::Number), TokenKind::Number) => Some(TokenKind::Number),
            _ => Some(TokenKind::Word),
        };
        match entry.variants.get_mut(surface) {
            Some(n) => *n += 1,
            None => {
                entry.variants.insert(surface.to_owned(), 1);
            }
        }
        *doc.tf.entry(id).or_insert(0) += 1;
    }

    /// Closes a document: its per-key counts become posting-list entries.
    pub fn finish_document(&mut self, doc_id: DocId, doc: DocumentCounts) {
        let mut tf: Vec<_> = doc.tf.into_iter().collect();
        tf.sort_unstable();
        for (id, n) in tf {
            if let Some(entry) = self.entries.get_mut(id as usize) {
                entry.postings.push((doc_id, n));
            }
        }
    }

    /// Occurrences of a key per document.
    pub fn postings(&self, id: KeyId) -> &[(DocId, u32)] {
        self.entries.get(id as usize).map_or(&[], |e| e.postings.as_slice())
    }

    /// All keys, most frequent first (ties by key, so the order is stable across builds).
    pub fn ranked(&self, mut keep: impl FnMut(&str, TokenKind) -> bool) -> Vec<KeyStats> {
        let mut ranked: Vec<&KeyEntry> =
            self.entries.iter().filter(|e| keep(&e.key, e.kind.unwrap_or(TokenKind::Word))).collect();
        ranked.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        ranked.into_iter().map(KeyStats::from).collect()
    }
}

/// A key with its totals and merged surface forms, as shown in the keyword table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyStats {
    pub key: String,
    /// The most frequent surface form: what a reader expects to see.
    pub display: String,
    pub count: u64,
    pub docs: u32,
    /// Surface forms merged under this key, most frequent first.
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Variant {
    pub form: String,
    pub count: u64,
}

impl From<&KeyEntry> for KeyStats {
    fn from(e: &KeyEntry) -> Self {
        let mut variants: Vec<Variant> =
            e.variants.iter().map(|(form, &count)| Variant { form: form.clone(), count }).collect();
        variants.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.form.cmp(&b.form)));
        KeyStats {
            key: e.key.clone(),
            display: variants.first().map_or_else(|| e.key.clone(), |v| v.form.clone()),
            count: e.count,
            docs: u32::try_from(e.postings.len()).unwrap_or(u32::MAX),
            variants,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_docs_variants_and_postings() {
        let mut c = Counts::default();
        let mut d0 = DocumentCounts::default();
        for (key, surface) in [("موصل", "الموصل"), ("موصل", "والموصل"), ("موصل", "الموصل"), ("داعش", "داعش")]
        {
            c.add(&mut d0, key, surface, TokenKind::Word);
        }
        c.finish_document(0, d0);
        let mut d1 = DocumentCounts::default();
        c.add(&mut d1, "موصل", "بالموصل", TokenKind::Word);
        c.finish_document(1, d1);

        let ranked = c.ranked(|_, _| true);
        assert_eq!(ranked[0].key, "موصل");
        assert_eq!((ranked[0].display.as_str(), ranked[0].count, ranked[0].docs), ("الموصل", 4, 2));
        let forms: Vec<_> = ranked[0].variants.iter().map(|v| (v.form.as_str(), v.count)).collect();
        assert_eq!(forms, [("الموصل", 2), ("بالموصل", 1), ("والموصل", 1)]);
        assert_eq!(c.postings(c.id("موصل").unwrap()), [(0, 3), (1, 1)]);
        assert_eq!(c.ranked(|k, _| k != "موصل").len(), 1);
    }

    #[test]
    fn a_key_is_a_number_only_if_always_written_as_one() {
        let mut c = Counts::default();
        let mut d = DocumentCounts::default();
        c.add(&mut d, "2017", "2017", TokenKind::Number);
        c.add(&mut d, "x", "x", TokenKind::Word);
        c.finish_document(0, d);
        let numbers: Vec<_> = c.ranked(|_, kind| kind == TokenKind::Number).into_iter().map(|k| k.key).collect();
        assert_eq!(numbers, ["2017"]);
    }
}
