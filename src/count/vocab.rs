//! The corpus vocabulary: surface spellings → ids, and surfaces grouped into normalised forms.

use std::collections::HashMap;

use super::{FormId, SurfaceId};
use crate::key::Evidence;
use crate::tokenise::TokenKind;

/// Fast, deterministic hashing: the keys are words from the user's own files, and identical
/// results on every run and platform matter more than resistance to crafted collisions.
pub(crate) type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Words up to 24 bytes (12 Arabic letters) are stored inside the hash table itself, so the
/// per-token lookup costs one cache miss instead of two.
type Word = compact_str::CompactString;

/// A surface that normalises to nothing (a lone tatweel) is remembered so it is skipped cheaply.
const IGNORED: FormId = FormId::MAX;

/// A normalised form. Which surfaces spell it is not stored here but derived when keys are
/// built ([`FormSurfaces`]): a vector per form would cost more than the form itself.
#[derive(Debug)]
pub(crate) struct FormEntry {
    pub(crate) text: Word,
    pub(crate) kind: TokenKind,
    /// Occurrences in every document ever added: evidence of the language, not a result.
    pub(crate) count: u64,
}

/// The surfaces of every form, as one array sorted by form (compressed sparse rows).
#[derive(Debug, Default)]
pub struct FormSurfaces {
    starts: Vec<u32>,
    surfaces: Vec<SurfaceId>,
}

impl FormSurfaces {
    pub fn of(&self, form: FormId) -> &[SurfaceId] {
        let (Some(&a), Some(&b)) = (self.starts.get(form as usize), self.starts.get(form as usize + 1)) else {
            return &[];
        };
        self.surfaces.get(a as usize..b as usize).unwrap_or(&[])
    }
}

/// Surfaces and forms of every document added, in order of first appearance.
#[derive(Debug, Default)]
pub struct Vocab {
    ids: Map<Word, SurfaceId>,
    /// The form of each surface, by surface id.
    surface_form: Vec<FormId>,
    form_ids: Map<Word, FormId>,
    pub(crate) forms: Vec<FormEntry>,
}

/// What [`Vocab::lookup`] knows of a surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Surface(SurfaceId),
    Ignored,
    New,
}

impl Evidence for Vocab {
    fn count(&self, form: &str) -> u64 {
        self.form_ids.get(form).and_then(|&id| self.forms.get(id as usize)).map_or(0, |e| e.count)
    }
}

impl Vocab {
    /// Number of distinct normalised forms.
    pub fn forms(&self) -> usize {
        self.forms.len()
    }

    /// Number of distinct surface spellings.
    pub fn surfaces(&self) -> usize {
        self.surface_form.len()
    }

    /// Looks a surface up without changing anything.
    pub fn lookup(&self, surface: &str) -> Known {
        match self.ids.get(surface) {
            Some(&id) if self.form_id(id) == IGNORED => Known::Ignored,
            Some(&id) => Known::Surface(id),
            None => Known::New,
        }
    }

    /// Counts one more occurrence of a known surface (its form's evidence count).
    pub fn count(&mut self, id: SurfaceId) {
        let form = self.form_id(id);
        if let Some(entry) = self.forms.get_mut(form as usize) {
            entry.count += 1;
        }
    }

    /// Takes one occurrence back out of its form's evidence count (a token re-indexed).
    pub fn uncount(&mut self, id: SurfaceId) {
        let form = self.form_id(id);
        if let Some(entry) = self.forms.get_mut(form as usize) {
            entry.count = entry.count.saturating_sub(1);
        }
    }

    /// Adds a new surface normalised to `form` (empty: ignored from now on); [`Vocab::count`]
    /// counts its occurrences. `None` for an ignored surface or a full vocabulary.
    pub fn add(&mut self, surface: &str, form: &str, kind: TokenKind) -> Option<SurfaceId> {
        let sid = SurfaceId::try_from(self.surface_form.len()).ok().filter(|&id| id < super::MAX_SURFACES)?;
        if form.is_empty() {
            self.ids.insert(Word::new(surface), sid);
            self.surface_form.push(IGNORED);
            return None;
        }
        let fid = match self.form_ids.get(form) {
            Some(&fid) => fid,
            None => {
                let fid = FormId::try_from(self.forms.len()).ok()?;
                self.form_ids.insert(Word::new(form), fid);
                self.forms.push(FormEntry { text: Word::new(form), kind, count: 0 });
                fid
            }
        };
        let entry = self.forms.get_mut(fid as usize)?;
        // A form is a number only if every spelling of it was one.
        if entry.kind != kind {
            entry.kind = TokenKind::Word;
        }
        self.ids.insert(Word::new(surface), sid);
        self.surface_form.push(fid);
        Some(sid)
    }

    /// The form of a surface (`FormId::MAX` for an ignored or unknown one).
    pub fn form_id(&self, surface: SurfaceId) -> FormId {
        self.surface_form.get(surface as usize).copied().unwrap_or(IGNORED)
    }

    /// The normalised text and kind of a form.
    pub fn form(&self, form: FormId) -> Option<(&str, TokenKind)> {
        self.forms.get(form as usize).map(|e| (&*e.text, e.kind))
    }

    /// The id of a normalised form.
    pub fn form_by_text(&self, form: &str) -> Option<FormId> {
        self.form_ids.get(form).copied()
    }

    /// The spellings of some surfaces. One pass over the vocabulary: texts are kept only as
    /// hash keys, so that each is stored once.
    pub fn texts_of(&self, ids: impl IntoIterator<Item = SurfaceId>) -> Map<SurfaceId, &str> {
        let mut wanted: Map<SurfaceId, &str> = ids.into_iter().map(|id| (id, "")).collect();
        if wanted.is_empty() {
            return wanted;
        }
        for (word, id) in &self.ids {
            if let Some(slot) = wanted.get_mut(id) {
                *slot = word.as_str();
            }
        }
        wanted
    }

    /// The spelling of every surface, by id.
    pub fn surface_texts(&self) -> Vec<&str> {
        let mut texts = vec![""; self.surface_form.len()];
        for (word, &id) in &self.ids {
            if let Some(slot) = texts.get_mut(id as usize) {
                *slot = word.as_str();
            }
        }
        texts
    }

    /// Surfaces grouped by form.
    pub fn form_surfaces(&self) -> FormSurfaces {
        let mut starts = vec![0u32; self.forms.len() + 1];
        for &f in &self.surface_form {
            if let Some(n) = starts.get_mut(f as usize + 1) {
                *n += 1;
            }
        }
        let mut total = 0;
        for n in starts.iter_mut() {
            total += *n;
            *n = total;
        }
        let mut next = starts.clone();
        let mut surfaces = vec![0; starts.last().copied().unwrap_or(0) as usize];
        for (sid, &f) in (0..).zip(&self.surface_form) {
            if let Some(slot) = next.get_mut(f as usize) {
                if let Some(s) = surfaces.get_mut(*slot as usize) {
                    *s = sid;
                }
                *slot += 1;
            }
        }
        FormSurfaces { starts, surfaces }
    }

    /// Bytes held, roughly: for the memory benchmark.
    pub fn heap_bytes(&self) -> usize {
        let word = std::mem::size_of::<Word>() + 4 + 1;
        let words = |m: &Map<Word, u32>| {
            m.capacity() * word + m.keys().filter(|w| w.is_heap_allocated()).map(|w| w.len()).sum::<usize>()
        };
        words(&self.ids)
            + words(&self.form_ids)
            + self.surface_form.capacity() * 4
            + self.forms.capacity() * std::mem::size_of::<FormEntry>()
            + self.forms.iter().filter(|f| f.text.is_heap_allocated()).map(|f| f.text.len()).sum::<usize>()
    }
}
