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

/// Fast, deterministic hashing: the keys are words from the user's own files, and identical
/// results on every run and platform matter more than resistance to crafted collisions.
type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Words up to 24 bytes (12 Arabic letters) are stored inside the hash table itself, so the
/// per-token lookup costs one cache miss instead of two.
type Word = compact_str::CompactString;

/// Dense id of a normalised form.
pub type FormId = u32;
/// Dense id of a key in a [`KeyIndex`].
pub type KeyId = u32;
/// Position of a document in the corpus.
pub type DocId = u32;

/// A surface form that normalises to nothing (a lone tatweel) is remembered as ignored.
const IGNORED: FormId = FormId::MAX;

/// A surface's form and count live in the hash table next to the surface itself.
#[derive(Debug, Clone, Copy)]
struct Surface {
    form: FormId,
    count: u64,
}

#[derive(Debug)]
struct FormEntry {
    form: Box<str>,
    kind: TokenKind,
    count: u64,
    surfaces: Vec<Word>,
    /// (document, occurrences in it), in document order.
    postings: Vec<(DocId, u32)>,
}

/// Counts per surface and per normalised form, accumulated document by document.
///
/// The hot path is one hash lookup per token: a surface seen before is counted without being
/// normalised again; only new surfaces go through normalisation.
#[derive(Debug, Default)]
pub struct Forms {
    surfaces: Map<Word, Surface>,
    form_ids: Map<Word, FormId>,
    entries: Vec<FormEntry>,
    /// Occurrences per form in the current document, and which forms were touched.
    tf: Vec<u32>,
    touched: Vec<FormId>,
}

/// Whether [`Forms::count_known`] counted the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Counted,
    Ignored,
    New,
}

impl Evidence for Forms {
    fn count(&self, form: &str) -> u64 {
        self.form_ids.get(form).and_then(|&id| self.entries.get(id as usize)).map_or(0, |e| e.count)
    }
}

impl Forms {
    /// Number of distinct normalised forms.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The normalised form and kind of a surface seen in the corpus.
    pub fn form_of(&self, surface: &str) -> Option<(&str, TokenKind)> {
        let s = self.surfaces.get(surface)?;
        self.entries.get(s.form as usize).map(|e| (&*e.form, e.kind))
    }

    /// Counts a token whose surface was seen before; says `New` if it was not.
    pub fn count_known(&mut self, surface: &str) -> Known {
        let Some(s) = self.surfaces.get_mut(surface) else { return Known::New };
        if s.form == IGNORED {
            return Known::Ignored;
        }
        s.count += 1;
        let form = s.form;
        self.count_form(form);
        Known::Counted
    }

    /// Counts the first occurrence of a surface, normalised to `form` (empty: ignored).
    pub fn add_new(&mut self, surface: &str, form: &str, kind: TokenKind) {
        if form.is_empty() {
            self.surfaces.insert(Word::new(surface), Surface { form: IGNORED, count: 0 });
            return;
        }
        let fid = match self.form_ids.get(form) {
            Some(&fid) => fid,
            None => {
                let fid = FormId::try_from(self.entries.len()).unwrap_or(IGNORED);
                self.form_ids.insert(Word::new(form), fid);
                self.entries.push(FormEntry {
                    form: form.into(),
                    kind,
                    count: 0,
                    surfaces: Vec::new(),
                    postings: Vec::new(),
                });
                self.tf.push(0);
                fid
            }
        };
        if let Some(entry) = self.entries.get_mut(fid as usize) {
            entry.surfaces.push(Word::new(surface));
            // A form is a number only if every spelling of it was one.
            if entry.kind != kind {
                entry.kind = TokenKind::Word;
            }
        }
        self.surfaces.insert(Word::new(surface), Surface { form: fid, count: 1 });
        self.count_form(fid);
    }

    fn count_form(&mut self, fid: FormId) {
        let Some(tf) = self.tf.get_mut(fid as usize) else { return };
        if *tf == 0 {
            self.touched.push(fid);
        }
        *tf += 1;
    }

    /// Closes the current document: its per-form counts become posting-list entries.
    pub fn finish_document(&mut self, doc_id: DocId) {
        for fid in self.touched.drain(..) {
            let (Some(tf), Some(entry)) = (self.tf.get_mut(fid as usize), self.entries.get_mut(fid as usize)) else {
                continue;
            };
            entry.postings.push((doc_id, *tf));
            entry.count += u64::from(*tf);
            *tf = 0;
        }
    }
}

/// Forms grouped by key. Built from [`Forms`] with a keying function; rebuilt when documents
/// are added.
#[derive(Debug, Default)]
pub struct KeyIndex {
    ids: Map<String, KeyId>,
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
                group.forms.push(FormId::try_from(form_id).unwrap_or(IGNORED));
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
        let mut variants: Vec<Variant> = group
            .forms
            .iter()
            .filter_map(|&f| forms.entries.get(f as usize))
            .flat_map(|entry| entry.surfaces.iter())
            .filter_map(|text| forms.surfaces.get(text).map(|s| Variant { form: text.to_string(), count: s.count }))
            .collect();
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
        let add = |forms: &mut Forms, surface: &str, form: &str, kind| {
            if forms.count_known(surface) == Known::New {
                forms.add_new(surface, form, kind);
            }
        };
        for (surface, form) in [("الموصل", "الموصل"), ("والموصل", "والموصل"), ("الموصل", "الموصل"), ("داعش", "داعش")]
        {
            add(&mut forms, surface, form, TokenKind::Word);
        }
        add(&mut forms, "ـ", "", TokenKind::Word);
        forms.finish_document(0);
        add(&mut forms, "بالموصل", "بالموصل", TokenKind::Word);
        add(&mut forms, "2017", "2017", TokenKind::Number);
        add(&mut forms, "ـ", "", TokenKind::Word);
        forms.finish_document(1);
        forms
    }

    fn strip_article(form: &str, _: TokenKind) -> String {
        form.trim_start_matches(['و', 'ب']).trim_start_matches("ال").to_owned()
    }

    #[test]
    fn keys_group_forms_with_docs_variants_and_postings() {
        let mut forms = corpus();
        assert_eq!((forms.len(), forms.count("الموصل"), forms.count("x")), (5, 2, 0));
        assert_eq!(forms.count_known("ـ"), Known::Ignored);
        assert_eq!(forms.count_known("غير"), Known::New);
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
