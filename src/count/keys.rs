//! Forms grouped by key: which spellings count as one term.

use super::vocab::{Map, Vocab};
use super::{FormId, KeyId, SurfaceId};
use crate::tokenise::TokenKind;

/// A key and the forms merged under it.
#[derive(Debug)]
pub struct KeyGroup {
    pub key: String,
    /// `Number` only if every form is one.
    pub kind: TokenKind,
    pub forms: Vec<FormId>,
}

/// Every form's key, computed once per vocabulary with the corpus as evidence.
#[derive(Debug, Default)]
pub struct KeyIndex {
    ids: Map<String, KeyId>,
    groups: Vec<KeyGroup>,
    /// The key of each form, by form id (`KeyId::MAX` for a form with an empty key).
    form_key: Vec<KeyId>,
}

impl KeyIndex {
    pub fn build(vocab: &Vocab, mut key_of: impl FnMut(&str, TokenKind) -> String) -> KeyIndex {
        let mut index = KeyIndex { form_key: Vec::with_capacity(vocab.forms()), ..KeyIndex::default() };
        for (form_id, entry) in (0..).zip(vocab.forms.iter()) {
            let key = key_of(&entry.text, entry.kind);
            let id = if key.is_empty() { KeyId::MAX } else { index.intern(key, entry.kind) };
            if let Some(group) = index.groups.get_mut(id as usize) {
                group.forms.push(form_id);
            }
            index.form_key.push(id);
        }
        index
    }

    fn intern(&mut self, key: String, kind: TokenKind) -> KeyId {
        if let Some(&id) = self.ids.get(&key) {
            if let Some(group) = self.groups.get_mut(id as usize) {
                if group.kind != kind {
                    group.kind = TokenKind::Word;
                }
            }
            return id;
        }
        let id = KeyId::try_from(self.groups.len()).unwrap_or(KeyId::MAX);
        self.ids.insert(key.clone(), id);
        self.groups.push(KeyGroup { key, kind, forms: Vec::new() });
        id
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Bytes held, roughly: for the memory benchmark.
    pub fn heap_bytes(&self) -> usize {
        let strings: usize = self.groups.iter().map(|g| g.key.capacity() * 2 + g.forms.capacity() * 4).sum();
        let tables = (self.ids.capacity() * 8 / 7).next_power_of_two() * (std::mem::size_of::<(String, KeyId)>() + 1);
        strings + tables + self.groups.capacity() * std::mem::size_of::<KeyGroup>() + self.form_key.capacity() * 4
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn id(&self, key: &str) -> Option<KeyId> {
        self.ids.get(key).copied()
    }

    pub fn group(&self, id: KeyId) -> Option<&KeyGroup> {
        self.groups.get(id as usize)
    }

    pub fn groups(&self) -> impl Iterator<Item = (KeyId, &KeyGroup)> {
        (0..).zip(self.groups.iter())
    }

    /// The key of a form.
    pub fn of_form(&self, form: FormId) -> KeyId {
        self.form_key.get(form as usize).copied().unwrap_or(KeyId::MAX)
    }

    /// The key of a surface.
    #[inline]
    pub fn of_surface(&self, vocab: &Vocab, surface: SurfaceId) -> KeyId {
        self.of_form(vocab.form_id(surface))
    }

    /// The key of every surface, by surface id: the table every scan of the streams uses.
    pub fn surface_keys(&self, vocab: &Vocab) -> Vec<KeyId> {
        (0..vocab.surfaces())
            .map(|s| self.of_surface(vocab, SurfaceId::try_from(s).unwrap_or(SurfaceId::MAX)))
            .collect()
    }
}
