//! Tokens → a positional index: every document's token stream over a shared vocabulary.
//!
//! Counting happens in layers. While documents stream in, each surface spelling gets a dense
//! id (one hash lookup per token) and the document keeps its sequence of ids: 4 bytes a token,
//! about a third of the text's own size, which is what phrases, n-grams, collocates, KWIC and
//! near-duplicates all need. Surfaces are grouped into normalised forms as they arrive; keys are
//! computed once per distinct form when a result is asked for, because a form's key may depend
//! on the whole corpus (is «تيمو» attested on its own?) and the vocabulary is far smaller than
//! the token stream. Counts per key are then one pass over the streams of the documents in
//! play, so excluding a document or counting a duplicate cluster once never needs a re-index.

mod form_surfaces;
mod keys;
mod tally;
mod vocab;

pub use form_surfaces::FormSurfaces;
pub use keys::{KeyGroup, KeyIndex};
pub use tally::Tally;
pub(crate) use vocab::Map;
pub use vocab::{Known, Vocab};

/// Dense id of a surface spelling, as stored in token streams.
pub type SurfaceId = u32;
/// Dense id of a normalised form.
pub type FormId = u32;
/// Dense id of a key in a [`KeyIndex`].
pub type KeyId = u32;
/// Position of a document in the corpus.
pub type DocId = u32;

/// The top bit of a stream entry marks a sentence or paragraph boundary before the token, so
/// phrases and n-grams do not run from one sentence into the next.
pub const BOUNDARY: u32 = 1 << 31;

/// Surface ids stay below this, leaving the top bits of a stream entry as flags.
pub const MAX_SURFACES: u32 = 1 << 30;

/// The surface id of a stream entry.
#[inline]
pub fn surface(entry: u32) -> SurfaceId {
    entry & !BOUNDARY
}

/// Whether a stream entry starts a sentence.
#[inline]
pub fn starts_sentence(entry: u32) -> bool {
    entry & BOUNDARY != 0
}

/// Whether the text between two tokens ends a sentence or a paragraph: one of
/// `. ! ? ؟ ; ؛ : … |` or a line break. Runs once per token, so it reads bytes: «؟» and «؛»
/// are D8 9F and D8 9B, «…» E2 80 A6, and a lead byte never occurs inside another character.
pub fn is_boundary(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'.' | b'!' | b'?' | b';' | b':' | b'\n' | b'|' => true,
        0xD8 => matches!(bytes.get(i + 1), Some(0x9F | 0x9B)),
        0xE2 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6][..]),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_are_the_listed_characters_in_any_script() {
        let listed = ['.', '!', '?', '؟', ';', '؛', ':', '\n', '…', '|'];
        let others = [' ', '،', '\u{061C}', '\u{061E}', '\u{2025}', '\u{2027}', '«', '»', '\u{0698}', '\u{069F}', 'ـ'];
        for c in listed.iter().chain(&others) {
            for gap in [c.to_string(), format!(" {c} "), format!("\u{200F}{c}")] {
                assert_eq!(is_boundary(&gap), listed.contains(c), "{gap:?}");
            }
        }
        assert!(!is_boundary(""));
        assert!(!is_boundary(" ، «"));
    }
}
