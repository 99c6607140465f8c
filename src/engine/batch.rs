//! Indexing many documents at once, on every core natively.
//!
//! Tokenising and normalising are the expensive part of indexing and need no shared state, so
//! documents are split into chunks, each tokenised against the vocabulary as it stood (read
//! only) plus a chunk-local vocabulary for spellings not seen before. The chunks are then
//! merged in order, registering new spellings in order of first appearance: exactly the order
//! one-document-at-a-time indexing would give, so ids, and every result, are the same on one
//! core, many cores and in wasm.

use std::ops::Range;

use super::parallel::{run_parallel, threads};
use super::Engine;
use crate::count::{is_boundary, Known, SurfaceId, Vocab, BOUNDARY, MAX_SURFACES};
use crate::normalise::NormaliseOptions;
use crate::tokenise::{tokenise, Token, TokenKind};

/// Marks a stream entry as a chunk-local id, to be replaced when the chunk is merged.
const LOCAL: u32 = MAX_SURFACES;

type Word = compact_str::CompactString;

/// A text to index and the byte ranges of it to leave out (excluded boilerplate).
pub(crate) type Text<'a> = (&'a str, &'a [Range<usize>]);

/// A chunk's token streams and the spellings it saw that the vocabulary did not know.
#[derive(Default)]
struct Chunk {
    ids: std::collections::HashMap<Word, u32, foldhash::fast::FixedState>,
    /// New spellings in order of first appearance, with their normalised form and kind.
    new: Vec<(Word, String, TokenKind)>,
    streams: Vec<Vec<u32>>,
}

impl Engine {
    /// The token streams of `texts` (tokens inside `skip[i]` left out), with new spellings
    /// added to the vocabulary and every occurrence counted.
    pub(crate) fn index_texts(&mut self, texts: &[Text<'_>]) -> Vec<Vec<u32>> {
        let chunks = tokenise_all(&self.segmentation, &self.vocab, texts);
        let mut streams = Vec::with_capacity(texts.len());
        for chunk in chunks {
            let map: Vec<Option<SurfaceId>> =
                chunk.new.iter().map(|(surface, form, kind)| self.register(surface, form, *kind)).collect();
            for mut stream in chunk.streams {
                stream.retain_mut(|entry| {
                    if *entry & LOCAL == 0 {
                        return true;
                    }
                    let local = (*entry & !(LOCAL | BOUNDARY)) as usize;
                    match map.get(local).copied().flatten() {
                        Some(id) => {
                            *entry = id | (*entry & BOUNDARY);
                            true
                        }
                        None => false,
                    }
                });
                if let Some(first) = stream.first_mut() {
                    *first |= BOUNDARY;
                }
                stream.iter().for_each(|&e| self.vocab.count(crate::count::surface(e)));
                streams.push(stream);
            }
        }
        streams
    }

    /// A spelling's id: known by now (an earlier chunk added it), or new.
    fn register(&mut self, surface: &str, form: &str, kind: TokenKind) -> Option<SurfaceId> {
        match self.vocab.lookup(surface) {
            Known::Surface(id) => Some(id),
            Known::Ignored => None,
            Known::New => self.vocab.add(surface, form, kind),
        }
    }
}

/// Tokenises the texts in chunks, one per core natively, in order.
fn tokenise_all(segmentation: &NormaliseOptions, vocab: &Vocab, texts: &[Text<'_>]) -> Vec<Chunk> {
    let bytes: usize = texts.iter().map(|t| t.0.len()).sum();
    let threads = threads().min(1 + bytes / (1 << 20));
    if threads <= 1 {
        return vec![tokenise_chunk(segmentation, vocab, texts)];
    }
    // Chunks of similar size in bytes, so no core idles while another finishes.
    let mut bounds = vec![0];
    let mut acc = 0;
    for (i, t) in texts.iter().enumerate() {
        acc += t.0.len();
        if acc * threads >= bytes * bounds.len() && bounds.len() < threads {
            bounds.push(i + 1);
        }
    }
    bounds.push(texts.len());
    bounds.dedup();
    let parts: Vec<&[Text<'_>]> = bounds.windows(2).filter_map(|w| texts.get(w[0]..w[1])).collect();
    run_parallel(parts, |part| tokenise_chunk(segmentation, vocab, part))
}

fn tokenise_chunk(segmentation: &NormaliseOptions, vocab: &Vocab, texts: &[Text<'_>]) -> Chunk {
    let mut chunk = Chunk::default();
    let mut normalised = String::new();
    // A first load meets an empty vocabulary: one hash lookup per token instead of two.
    let fresh = vocab.surfaces() == 0;
    for &(text, skip) in texts {
        let mut stream = Vec::with_capacity(text.len() / 8);
        let mut prev_end = 0;
        for token in kept_tokens(text, skip) {
            let surface = token.text(text);
            let known = if fresh { Known::New } else { vocab.lookup(surface) };
            let id = match known {
                Known::Surface(id) => id,
                Known::Ignored => continue,
                Known::New => match chunk.ids.get(surface) {
                    Some(&local) => local,
                    None => {
                        normalised.clear();
                        segmentation.normalise_into(surface, &mut normalised);
                        // An ignored spelling still gets a local id, so it is registered in
                        // order, but it never enters a stream.
                        let local = LOCAL | u32::try_from(chunk.new.len()).unwrap_or(MAX_SURFACES - 1);
                        chunk.ids.insert(Word::new(surface), local);
                        chunk.new.push((Word::new(surface), normalised.clone(), token.kind));
                        local
                    }
                },
            };
            if id & LOCAL != 0 && chunk.new.get((id & !LOCAL) as usize).is_some_and(|n| n.1.is_empty()) {
                continue;
            }
            let gap = text.get(prev_end..token.start).unwrap_or("");
            stream.push(if is_boundary(gap) { id | BOUNDARY } else { id });
            prev_end = token.end;
        }
        chunk.streams.push(stream);
    }
    chunk
}

/// The tokens of a text outside the skipped ranges.
pub(crate) fn kept_tokens<'t>(text: &'t str, skip: &'t [Range<usize>]) -> impl Iterator<Item = Token> + 't {
    tokenise(text).filter(move |t| !skip.iter().any(|r| r.start <= t.start && t.end <= r.end))
}
