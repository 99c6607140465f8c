//! The general path: ICU4X's UAX #29 word segmenter, for every script that needs no dictionary.
//!
//! Only the rule-based segmenter is compiled in (`compiled_data`, no `auto`/`lstm` models), which
//! keeps the WebAssembly small. Thai, Lao, Khmer, Myanmar, Chinese and Japanese need a dictionary
//! or a model to find words inside a run; without one, a run of those scripts between spaces or
//! punctuation comes out as a single token. That is enough to count a name written between spaces,
//! not to count words inside Thai or Chinese prose.
//!
//! The segmenter's word type is not used: ICU4X reports a word that ends in a combining mark
//! («قالَ», NFD «café») as not word-like when more text follows (unicode-org/icu4x#8321). Only
//! its boundaries are used, and a segment counts as a word when it holds a letter or a digit.

use icu_segmenter::iterators::WordBreakIterator;
use icu_segmenter::scaffold::Utf8;

use super::classes::{ALNUM, ALPHA};
use super::rules::segmenter;
use super::Segment;

/// A stretch of text handed to the segmenter, with positions kept relative to the whole text.
pub(super) struct Region<'t> {
    text: &'t str,
    base: usize,
    end: usize,
    /// `None` only if the segmenter could not be built (see [`segmenter`]).
    breaks: Option<WordBreakIterator<'static, 't, Utf8>>,
    prev: usize,
}

impl<'t> Region<'t> {
    /// `text[base..end]` is segmented as if it were the whole text; callers choose the ends where
    /// that changes nothing.
    pub(super) fn new(text: &'t str, base: usize, end: usize) -> Self {
        let mut breaks = segmenter().map(|s| s.segment_str(text.get(base..end).unwrap_or("")));
        breaks.as_mut().and_then(Iterator::next); // the boundary at the start
        Region { text, base, end, breaks, prev: base }
    }

    pub(super) fn end(&self) -> usize {
        self.end
    }

    #[cfg(test)]
    pub(super) fn start(&self) -> usize {
        self.base
    }

    pub(super) fn next_segment(&mut self) -> Option<Segment> {
        while let Some(boundary) = self.breaks.as_mut()?.next() {
            let (start, end) = (self.prev, self.base + boundary);
            self.prev = end;
            let Some(s) = self.text.get(start..end) else { continue };
            let flags = flags(s, !self.after_break(start));
            if flags & ALNUM != 0 {
                return Some(Segment { start, end, flags });
            }
        }
        None
    }

    /// Marks have nothing to attach to at the start of the text or of a line, and form a
    /// segment of their own there (WB4); everywhere else a segment starts with its base.
    fn after_break(&self, start: usize) -> bool {
        start == self.base
            || self
                .text
                .get(..start)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|c| matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'))
    }
}

/// [`ALPHA`] and [`ALNUM`] of a segment's characters, leaving out marks and format characters
/// (which the fast path's tables give no flags): «١ً» is a number, «!ً» no word at all. Whether a
/// character is a mark is asked of the segmenter, and only when the answer changes the flags,
/// which for a word that starts with a letter is never.
fn flags(s: &str, first_is_base: bool) -> u8 {
    let mut flags = 0;
    for (i, c) in s.char_indices() {
        let f = if c.is_alphabetic() {
            ALPHA | ALNUM
        } else if c.is_numeric() {
            ALNUM
        } else {
            0
        };
        if f & !flags == 0 || ((i > 0 || !first_is_base) && !c.is_ascii() && attaches(c)) {
            continue;
        }
        flags |= f;
        if flags & ALPHA != 0 {
            break;
        }
    }
    flags
}

/// Whether UAX #29 keeps `c` with the character before it whatever that is (Extend, Format, ZWJ):
/// asked of the segmenter itself, so no property table has to be carried for this rare case.
fn attaches(c: char) -> bool {
    let mut buf = [b'!', 0, 0, 0, 0];
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    match std::str::from_utf8(&buf[..len]) {
        Ok(s) => segmenter().is_some_and(|seg| seg.segment_str(s).nth(1) != Some(1)),
        Err(_) => false,
    }
}

/// Where a region that starts at `from` may end: at ASCII whitespace followed by text the fast
/// path can take again. No word spans whitespace and no rule looks across it, so segmenting
/// the region alone gives the words that segmenting the whole text gives.
pub(super) fn region_end(bytes: &[u8], from: usize) -> usize {
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C');
    let mut i = from;
    while let Some(p) = bytes.get(i..).and_then(|rest| rest.iter().position(space)) {
        let ws = i + p;
        let next = bytes.get(ws..).and_then(|rest| rest.iter().position(|b| !space(b))).map_or(bytes.len(), |q| ws + q);
        match bytes.get(next) {
            Some(&b) if b >= 0x80 && !(0xD8..=0xDB).contains(&b) => i = next,
            _ => return ws,
        }
    }
    bytes.len()
}
