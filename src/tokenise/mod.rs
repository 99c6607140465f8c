//! Text → tokens with byte offsets into the original text.
//!
//! Offsets, not copies: the keyword-in-context view and highlighting need to point back into the
//! document exactly, and copying every token would double the memory of a large corpus.
//!
//! Words are the word-like segments of Unicode's default word boundaries (UAX #29), so every
//! script without dictionary-based segmentation is handled by the same rules: «don't»,
//! «O’Connor», «l'armée», «می‌روم», «1,500», «٣٫٥» and «و٢٠» are one token each, and tashkeel
//! and tatweel stay inside their word. A segment is a word if it holds a letter or a digit.
//! URLs, e-mail addresses, hashtags and mentions, which UAX #29 splits, are recognised on top.
//!
//! Two paths find the segments. `fast` applies the rules by table to ASCII, Latin-1 and
//! Arabic-script text; at the first character outside its tables it hands the stretch up to the
//! next whitespace to `uax`, ICU4X's segmenter, and takes over again after it. A mostly Arabic
//! document with one Chinese name thus stays on the fast path except for that name. Both paths
//! give the same tokens; [`tokenise_uax`] exists so tests can hold them to it.

mod classes;
mod fast;
mod special;
mod uax;
mod utf16;

use serde::Serialize;

pub use utf16::{utf16_offsets, Utf16Cursor};

use classes::ALPHA;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Holds at least one letter: «الموصل», «و٢٠», «G20».
    Word,
    /// Digits and the separators between them, no letter: «2017», «1,500», «٣٫٥».
    Number,
    /// `http://…`, `https://…` or `www.…`.
    Url,
    Email,
    /// `#` and a name holding a letter: «#الموصل», «#تنظيم_الدولة».
    Hashtag,
    /// `@` and a name: «@UN».
    Mention,
}

/// A token is `text[start..end]`; both are byte offsets on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// The tokens of `text`, in order.
pub fn tokenise(text: &str) -> Tokens<'_> {
    Tokens { text, segments: Segments { text, pos: 0, region: None, uax_only: false } }
}

/// The same tokens as [`tokenise`], found by the UAX #29 segmenter alone; slower, and the
/// reference the fast path is tested against.
/// A token with its text and both kinds of offsets: what `marsad tokens` prints and what the
/// wasm `tokens()` returns, so the two can be compared field by field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenRecord<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
    pub start16: usize,
    pub end16: usize,
    pub kind: TokenKind,
}

pub fn records(text: &str) -> impl Iterator<Item = TokenRecord<'_>> {
    let mut utf16 = Utf16Cursor::new(text);
    tokenise(text).map(move |t| TokenRecord {
        text: t.text(text),
        start: t.start,
        end: t.end,
        start16: utf16.offset(t.start),
        end16: utf16.offset(t.end),
        kind: t.kind,
    })
}

pub fn tokenise_uax(text: &str) -> Tokens<'_> {
    Tokens { text, segments: Segments { text, pos: 0, region: None, uax_only: true } }
}

/// Iterator over the tokens of a text.
pub struct Tokens<'t> {
    text: &'t str,
    segments: Segments<'t>,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let seg = self.segments.next()?;
        if special::may_start(self.text.as_bytes(), &seg) {
            if let Some(token) = special::recognise(self.text, &seg) {
                if token.end != seg.end {
                    // What follows a URL or a cut tag is segmented afresh from where it ends.
                    self.segments.restart_at(token.end);
                }
                return Some(token);
            }
        }
        let kind = if seg.flags & ALPHA != 0 { TokenKind::Word } else { TokenKind::Number };
        Some(Token { start: seg.start, end: seg.end, kind })
    }
}

/// A word-like segment: `[start, end)` and the [`classes::ALPHA`] / [`classes::ALNUM`] flags
/// of its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    start: usize,
    end: usize,
    flags: u8,
}

/// Word-like segments from the fast path, or from the segmenter where the fast path gives up.
struct Segments<'t> {
    text: &'t str,
    /// Where the fast path resumes.
    pos: usize,
    region: Option<uax::Region<'t>>,
    uax_only: bool,
}

impl Segments<'_> {
    /// Continues from `pos` as if the text started there. Inside a region, the rest of the
    /// region goes back to the segmenter directly: its end is already known to be safe, and
    /// looking for it again after every URL could make long runs quadratic.
    fn restart_at(&mut self, pos: usize) {
        self.pos = pos;
        self.region = match self.region.take() {
            Some(region) if pos < region.end() => Some(uax::Region::new(self.text, pos, region.end())),
            _ => None,
        };
    }

    fn next(&mut self) -> Option<Segment> {
        loop {
            if let Some(region) = &mut self.region {
                if let Some(seg) = region.next_segment() {
                    return Some(trim_narrow_space(self.text, seg));
                }
                self.pos = region.end();
                self.region = None;
            }
            if self.pos >= self.text.len() {
                return None;
            }
            if self.uax_only {
                self.region = Some(uax::Region::new(self.text, self.pos, self.text.len()));
                continue;
            }
            match fast::next_segment(self.text.as_bytes(), self.pos) {
                fast::Step::Segment(seg) => {
                    self.pos = seg.end;
                    if seg.flags & classes::ALNUM != 0 {
                        return Some(trim_narrow_space(self.text, seg));
                    }
                }
                fast::Step::Slow(at) => {
                    let end = uax::region_end(self.text.as_bytes(), at);
                    self.region = Some(uax::Region::new(self.text, at, end));
                }
                fast::Step::End => {
                    self.pos = self.text.len();
                    return None;
                }
            }
        }
    }
}

/// U+202F NARROW NO-BREAK SPACE is ExtendNumLet, so UAX #29 joins it to a word next to it; in
/// French it sits before «:» «;» «!» «?», and a space is never part of a word.
#[inline]
fn trim_narrow_space(text: &str, mut seg: Segment) -> Segment {
    const NNBSP: &[u8] = "\u{202F}".as_bytes();
    let bytes = text.as_bytes();
    while seg.end - seg.start > NNBSP.len() && bytes.get(seg.start..seg.start + NNBSP.len()) == Some(NNBSP) {
        seg.start += NNBSP.len();
    }
    while seg.end - seg.start > NNBSP.len() && bytes.get(seg.end - NNBSP.len()..seg.end) == Some(NNBSP) {
        seg.end -= NNBSP.len();
    }
    seg
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stretches of `text` handed to the segmenter.
    fn regions(text: &str) -> Vec<&str> {
        let mut segments = Segments { text, pos: 0, region: None, uax_only: false };
        let mut regions = Vec::new();
        loop {
            let seg = segments.next();
            if let Some(r) = &segments.region {
                let span = &text[r.start()..r.end()];
                if regions.last() != Some(&span) {
                    regions.push(span);
                }
            }
            if seg.is_none() {
                return regions;
            }
        }
    }

    #[test]
    fn arabic_and_ascii_never_reach_the_segmenter() {
        let text = "قال «المحلل»، إن داعش... (أرشيف) في 2017 قتل 1,500 أي 3.5٪ و٢٠\n\
                    Mosul, the city—retaken; O’Connor don't #الموصل @UN https://x.org/a";
        assert_eq!(regions(text), Vec::<&str>::new());
    }

    #[test]
    fn only_the_run_with_another_script_reaches_the_segmenter() {
        let text = "أعلنت الحكومة «中国» اليوم، и это всё что 2017 بعد";
        assert_eq!(regions(text), ["中国»", "и это всё что"]);
    }
}
