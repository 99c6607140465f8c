//! The corpus vocabulary: surface spellings → ids, and surfaces grouped into normalised forms.
//!
//! Every spelling is stored once, in a vector indexed by its id; the hash tables hold only ids
//! and compare through the vector. That keeps the index under the size of the text itself
//! (a table keyed by the words would store each twice and half-empty), and turns an id back
//! into its spelling in one step.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use hashbrown::HashTable;

use super::form_surfaces::FormSurfaces;
use super::{FormId, SurfaceId};
use crate::key::Evidence;
use crate::tokenise::TokenKind;

/// Fast, deterministic hashing: the keys are words from the user's own files, and identical
/// results on every run and platform matter more than resistance to crafted collisions.
pub(crate) type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Words up to 24 bytes (12 Arabic letters) are stored inline, without a second allocation.
type Word = compact_str::CompactString;

/// A surface that normalises to nothing (a lone tatweel) is remembered so it is skipped cheaply.
const IGNORED: FormId = FormId::MAX;

/// The hash of a spelling: its bytes alone, without the terminator `Hash for str` adds (which
/// only matters where a key is several strings in a row), one multiplication fewer per token.
fn hash(text: &str) -> u64 {
    let mut hasher = foldhash::fast::FixedState::default().build_hasher();
    hasher.write(text.as_bytes());
    hasher.finish()
}

#[derive(Debug)]
struct SurfaceEntry {
    text: Word,
    form: FormId,
}

/// A normalised form. Which surfaces spell it is not stored here but derived when keys are
/// built ([`FormSurfaces`]): a vector per form would cost more than the form itself.
#[derive(Debug)]
pub(crate) struct FormEntry {
    pub(crate) text: Word,
    pub(crate) kind: TokenKind,
    /// Occurrences in every document ever added: evidence of the language, not a result.
    pub(crate) count: u32,
}

/// Surfaces and forms of every document added, in order of first appearance.
#[derive(Debug, Default)]
pub struct Vocab {
    surface_ids: HashTable<SurfaceId>,
    surface_list: Vec<SurfaceEntry>,
    form_ids: HashTable<FormId>,
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
        self.form_by_text(form).and_then(|id| self.forms.get(id as usize)).map_or(0, |e| u64::from(e.count))
    }
}

impl Vocab {
    /// Number of distinct normalised forms.
    pub fn forms(&self) -> usize {
        self.forms.len()
    }

    /// Number of distinct surface spellings.
    pub fn surfaces(&self) -> usize {
        self.surface_list.len()
    }

    fn surface_id(&self, surface: &str) -> Option<SurfaceId> {
        let list = &self.surface_list;
        self.surface_ids.find(hash(surface), |&id| list.get(id as usize).is_some_and(|e| e.text == surface)).copied()
    }

    /// Looks a surface up without changing anything.
    pub fn lookup(&self, surface: &str) -> Known {
        match self.surface_id(surface) {
            Some(id) if self.form_id(id) == IGNORED => Known::Ignored,
            Some(id) => Known::Surface(id),
            None => Known::New,
        }
    }

    /// Counts one more occurrence of a known surface (its form's evidence count).
    pub fn count(&mut self, id: SurfaceId) {
        let form = self.form_id(id);
        if let Some(entry) = self.forms.get_mut(form as usize) {
            entry.count = entry.count.saturating_add(1);
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
        let sid = SurfaceId::try_from(self.surface_list.len()).ok().filter(|&id| id < super::MAX_SURFACES)?;
        let fid = if form.is_empty() {
            IGNORED
        } else {
            let fid = match self.form_by_text(form) {
                Some(fid) => fid,
                None => {
                    let fid = FormId::try_from(self.forms.len()).ok()?;
                    self.forms.push(FormEntry { text: Word::new(form), kind, count: 0 });
                    let forms = &self.forms;
                    self.form_ids.insert_unique(hash(form), fid, |&id| {
                        hash(forms.get(id as usize).map_or("", |e| e.text.as_str()))
                    });
                    fid
                }
            };
            let entry = self.forms.get_mut(fid as usize)?;
            // A form is a number only if every spelling of it was one.
            if entry.kind != kind {
                entry.kind = TokenKind::Word;
            }
            fid
        };
        self.surface_list.push(SurfaceEntry { text: Word::new(surface), form: fid });
        let list = &self.surface_list;
        self.surface_ids
            .insert_unique(hash(surface), sid, |&id| hash(list.get(id as usize).map_or("", |e| e.text.as_str())));
        (fid != IGNORED).then_some(sid)
    }

    /// The form of a surface (`FormId::MAX` for an ignored or unknown one).
    pub fn form_id(&self, surface: SurfaceId) -> FormId {
        self.surface_list.get(surface as usize).map_or(IGNORED, |e| e.form)
    }

    /// The normalised text and kind of a form.
    pub fn form(&self, form: FormId) -> Option<(&str, TokenKind)> {
        self.forms.get(form as usize).map(|e| (&*e.text, e.kind))
    }

    /// The id of a normalised form.
    pub fn form_by_text(&self, form: &str) -> Option<FormId> {
        let forms = &self.forms;
        self.form_ids.find(hash(form), |&id| forms.get(id as usize).is_some_and(|e| e.text == form)).copied()
    }

    /// The spelling of a surface.
    pub fn surface_text(&self, id: SurfaceId) -> &str {
        self.surface_list.get(id as usize).map_or("", |e| e.text.as_str())
    }

    /// The spelling of every surface, by id.
    pub fn surface_texts(&self) -> Vec<&str> {
        self.surface_list.iter().map(|e| e.text.as_str()).collect()
    }

    /// Surfaces grouped by form.
    pub fn form_surfaces(&self) -> FormSurfaces {
        FormSurfaces::build(self.forms.len(), self.surface_list.iter().map(|e| e.form))
    }

    /// Bytes held: for the memory benchmark. A hash table allocates a power of two of buckets
    /// for 8/7 of its capacity, each an id and one control byte.
    pub fn heap_bytes(&self) -> usize {
        let table = |capacity: usize| (capacity * 8 / 7).next_power_of_two() * 5;
        let heap = |w: &Word| if w.is_heap_allocated() { w.len() } else { 0 };
        table(self.surface_ids.capacity())
            + table(self.form_ids.capacity())
            + self.surface_list.capacity() * std::mem::size_of::<SurfaceEntry>()
            + self.surface_list.iter().map(|e| heap(&e.text)).sum::<usize>()
            + self.forms.capacity() * std::mem::size_of::<FormEntry>()
            + self.forms.iter().map(|f| heap(&f.text)).sum::<usize>()
    }
}
