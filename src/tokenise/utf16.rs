//! UTF-16 offsets for JavaScript, which indexes strings in UTF-16 code units.
//!
//! Tokens carry byte offsets only, so the hot path never pays for a second unit. A caller that
//! needs JS offsets (highlighting in the page, `marsad tokens`) converts them afterwards, in one
//! forward pass over the text however many tokens there are.

use super::Token;

/// Converts byte offsets to UTF-16 offsets; cheapest when asked in increasing order.
#[derive(Debug, Clone)]
pub struct Utf16Cursor<'t> {
    bytes: &'t [u8],
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Utf16Cursor { bytes: text.as_bytes(), byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the text). Going backwards restarts
    /// the count from the beginning rather than failing.
    pub fn offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte < self.byte {
            (self.byte, self.unit) = (0, 0);
        }
        // Every byte that starts a character is one unit; a 4-byte character is two.
        let units: usize =
            self.bytes[self.byte..byte].iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum();
        self.unit += units;
        self.byte = byte;
        self.unit
    }
}

/// `(start, end)` in UTF-16 code units for each token, e.g. `utf16_offsets(text, tokenise(text))`.
pub fn utf16_offsets<'t, I>(text: &'t str, tokens: I) -> impl Iterator<Item = (usize, usize)> + 't
where
    I: IntoIterator<Item = Token>,
    I::IntoIter: 't,
{
    let mut cursor = Utf16Cursor::new(text);
    tokens.into_iter().map(move |t| (cursor.offset(t.start), cursor.offset(t.end)))
}
