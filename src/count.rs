//! Tokens → counts per word form, then forms → counts per key.
//!
//! Counting happens in two layers. While documents stream in, each normalised form is counted
//! with its surface spellings and its posting list (cheap: one hash lookup per token). Keys are
//! then computed once per distinct form, when a result is asked for, because a form's key may
//! depend on the whole corpus (is «تيمو» attested on its own?) and the vocabulary is far smaller
//! than the token stream. Every merged surface form keeps its own count, because a journalist
//! must be able to check a number: «الموصل 12» is only credible next to «والموصل ×3 …».

use std::collections::HashMap;

use serde::Serialize;

use crate::key::Evidence;
use crate::tokenise::TokenKind;

/// Dense id of a normalised form, in order of first appearance.
pub type FormId = u32;
/// Dense id of a key in a [`KeyIndex`].
pub type KeyId = u32;
/// Position of a document in the corpus.
pub type DocId = u32;

#[derive(Debug)]
struct FormEntry {
    form: String,
    kind: TokenKind,
    count: u64,
    /// Surface form (as written) → occurrences.
    variants: HashMap<String, u64>,
    /// (document, occurrences in it), in document order.
    postings: Vec<(DocId, u32)>,
}

/// Per-form statistics accumulated document by document.
#[derive(Debug, Default)]
pub struct Forms {
    ids: HashMap<String, FormId>,
    entries: Vec<FormEntry>,
}

/// One document's occurrences, gathered before they are merged into [`Forms`] so that posting
/// lists get one entry per document.
#[derive(Debug, Default)]
pub struct DocumentCounts {
    tf: HashMap<FormId, u32>,
}

impl Evidence for Forms {
    fn count(&self, form: &str) -> u64 {
        self.ids.get(form).and_then(|&id| self.entries.get(id as usize)).map_or(0, |e| e.count)
    }
}

impl Forms {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Records one occurrence of `surface`, normalised to `form`, in the document being counted.
    pub fn add(&mut self, doc: &mut DocumentCounts, form: &str, surface: &str, kind: TokenKind) {
        let id = match self.ids.get(form) {
            Some(&id) => id,
            None => {
                let id = FormId::try_from(self.entries.len()).unwrap_or(FormId::MAX);
                self.ids.insert(form.to_owned(), id);
                let entry =
                    FormEntry { form: form.to_owned(), kind, count: 0, variants: HashMap::new(), postings: Vec::new() };
                self.entries.push(entry);
                id
            }
        };
        let Some(entry) = self.entries.get_mut(id as usize) else { return };
        entry.count += 1;
        // A form is a number only if every occurrence was one.
        if entry.kind != kind {
            entry.kind = TokenKind::Word;
        }
        match entry.variants.get_mut(surface) {
            Some(n) => *n += 1,
            None => {
                entry.variants.insert(surface.to_owned(), 1);
            }
        }
        *doc.tf.entry(id).or_insert(0) += 1;
    }

    /// Closes a document: its per-form counts become posting-list entries.
    pub fn finish_document(&mut self, doc_id: DocId, doc: DocumentCounts) {
        for (id, n) in doc.tf {
            if let Some(entry) = self.entries.get_mut(id as usize) {
                entry.postings.push((doc_id, n));
            }
        }
    }
}

/// Forms grouped by key. Built from [`Forms`] with a keying function; rebuilt when documents
/// are added.
#[derive(Debug, Default)]
pub struct KeyIndex {
    ids: HashMap<String, KeyId>,
    groups: Vec<Group>,
}

#[derive(Debug)]
struct Group {
    key: String,
    kind: TokenKind,
    count: u64,
    forms: Vec<FormId>,
}

impl KeyIndex {
    pub fn build(forms: &Forms, mut key_of: impl FnMut(&str, TokenKind) -> String) -> KeyIndex {
        let mut index = KeyIndex::default();
        for (form_id, entry) in forms.entries.iter().enumerate() {
            let key = key_of(&entry.form, entry.kind);
            if key.is_empty() {
                continue;
            }
            let id = match index.ids.get(&key) {
                Some(&id) => id,
                None => {
                    let id = KeyId::try_from(index.groups.len()).unwrap_or(KeyId::MAX);
                    index.ids.insert(key.clone(), id);
                    index.groups.push(Group { key, kind: entry.kind, count: 0, forms: Vec::new() });
                    id
                }
            };
            if let Some(group) = index.groups.get_mut(id as usize) {
                group.count += entry.count;
                group.forms.push(FormId::try_from(form_id).unwrap_or(FormId::MAX));
                if group.kind != entry.kind {
                    group.kind = TokenKind::Word;
                }
            }
        }
        index
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn id(&self, key: &str) -> Option<KeyId> {
        self.ids.get(key).copied()
    }

    /// Occurrences of a key per document, in document order.
    pub fn postings(&self, forms: &Forms, id: KeyId) -> Vec<(DocId, u32)> {
        let Some(group) = self.groups.get(id as usize) else { return Vec::new() };
        let mut merged: Vec<(DocId, u32)> = group
            .forms
            .iter()
            .filter_map(|&f| forms.entries.get(f as usize))
            .flat_map(|e| e.postings.iter().copied())
            .collect();
        merged.sort_unstable_by_key(|&(doc, _)| doc);
        merged.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 += b.1;
            }
            same
        });
        merged
    }

    /// All keys passing `keep`, most frequent first (ties by key, so the order is stable
    /// across builds), at most `limit` of them.
    pub fn ranked(&self, forms: &Forms, limit: usize, mut keep: impl FnMut(&str, TokenKind) -> bool) -> Vec<KeyStats> {
        let mut ranked: Vec<(KeyId, &Group)> =
            (0..).zip(self.groups.iter()).filter(|(_, g)| keep(&g.key, g.kind)).collect();
        ranked.sort_unstable_by(|(_, a), (_, b)| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        ranked.truncate(limit);
        ranked.into_iter().map(|(id, g)| self.stats(forms, id, g)).collect()
    }

    fn stats(&self, forms: &Forms, id: KeyId, group: &Group) -> KeyStats {
        let mut variants: HashMap<&str, u64> = HashMap::new();
        for entry in group.forms.iter().filter_map(|&f| forms.entries.get(f as usize)) {
            for (form, &n) in &entry.variants {
                *variants.entry(form).or_insert(0) += n;
            }
        }
        let mut variants: Vec<Variant> =
            variants.into_iter().map(|(form, count)| Variant { form: form.to_owned(), count }).collect();
        variants.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.form.cmp(&b.form)));
        KeyStats {
            key: group.key.clone(),
            display: variants.first().map_or_else(|| group.key.clone(), |v| v.form.clone()),
            count: group.count,
            docs: u32::try_from(self.postings(forms, id).len()).unwrap_or(u32::MAX),
            variants,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Forms {
        let mut forms = Forms::default();
        let mut d0 = DocumentCounts::default();
        for (form, surface) in [("الموصل", "الموصل"), ("والموصل", "والموصل"), ("الموصل", "الموصل"), ("داعش", "داعش")]
        {
            forms.add(&mut d0, form, surface, TokenKind::Word);
        }
        forms.finish_document(0, d0);
        let mut d1 = DocumentCounts::default();
        forms.add(&mut d1, "بالموصل", "بالموصل", TokenKind::Word);
        forms.add(&mut d1, "2017", "2017", TokenKind::Number);
        forms.finish_document(1, d1);
        forms
    }

    fn strip_article(form: &str, _: TokenKind) -> String {
        form.trim_start_matches(['و', 'ب']).trim_start_matches("ال").to_owned()
    }

    #[test]
    fn keys_group_forms_with_docs_variants_and_postings() {
        let forms = corpus();
        assert_eq!((forms.len(), forms.count("الموصل"), forms.count("x")), (5, 2, 0));
        let index = KeyIndex::build(&forms, strip_article);
        let ranked = index.ranked(&forms, 10, |_, _| true);
        assert_eq!(ranked[0].key, "موصل");
        assert_eq!((ranked[0].display.as_str(), ranked[0].count, ranked[0].docs), ("الموصل", 4, 2));
        let variants: Vec<_> = ranked[0].variants.iter().map(|v| (v.form.as_str(), v.count)).collect();
        assert_eq!(variants, [("الموصل", 2), ("بالموصل", 1), ("والموصل", 1)]);
        assert_eq!(index.postings(&forms, index.id("موصل").unwrap()), [(0, 3), (1, 1)]);
        assert_eq!(index.ranked(&forms, 1, |_, _| true).len(), 1);
    }

    #[test]
    fn a_key_is_a_number_only_if_always_written_as_one() {
        let forms = corpus();
        let index = KeyIndex::build(&forms, strip_article);
        let numbers: Vec<_> =
            index.ranked(&forms, 10, |_, kind| kind == TokenKind::Number).into_iter().map(|k| k.key).collect();
        assert_eq!(numbers, ["2017"]);
    }
}
