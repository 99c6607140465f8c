//! Word_Break classes of the characters the fast path handles, as compile-time tables.
//!
//! The fast path must find exactly the words the UAX #29 segmenter finds, so every character it
//! accepts needs the same class as in ICU4X's data, plus whether Rust calls it alphabetic or
//! alphanumeric (which decides what is a word, and its kind, on both paths). The ranges are transcribed from the
//! Unicode data behind `icu_segmenter` 2.4; the tests in `tests/tokenise.rs` check every entry
//! against the segmenter and against `char`, so a Unicode update that moves a character fails
//! loudly instead of making the two paths drift apart. Anything not listed is `SLOW`: the
//! segmenter handles it.

/// How a character takes part in UAX #29 word rules, reduced to what ASCII and Arabic need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Breaks on both sides (WB999); spaces, line breaks and most punctuation.
    Other,
    /// ALetter: joins letters, digits and `_` (WB5, WB9, WB10, WB13).
    Letter,
    /// Numeric (WB8–WB10).
    Numeric,
    /// ExtendNumLet, e.g. `_`: joins anything word-like on either side (WB13a/b).
    ExtendNumLet,
    /// MidLetter, e.g. `:`: inside a word only between two letters (WB6/7).
    MidLetter,
    /// MidNum, e.g. `,` `،`: inside a number only between two digits (WB11/12).
    MidNum,
    /// MidNumLet and Single_Quote, e.g. `.` `'` `’`: between two letters or two digits.
    MidNumLet,
    /// Extend, Format and ZWJ: invisible to the rules, they stay with what precedes (WB4).
    Ignorable,
    /// Not handled here; the segmenter decides.
    Slow,
}

const CLASS_MASK: u8 = 0x0F;
/// `char::is_alphabetic`.
pub(super) const ALPHA: u8 = 0x10;
/// `char::is_alphanumeric`.
pub(super) const ALNUM: u8 = 0x20;

const fn class_bits(class: Class) -> u8 {
    match class {
        Class::Other => 0,
        Class::Letter => 1,
        Class::Numeric => 2,
        Class::ExtendNumLet => 3,
        Class::MidLetter => 4,
        Class::MidNum => 5,
        Class::MidNumLet => 6,
        Class::Ignorable => 7,
        Class::Slow => 8,
    }
}

/// The class of an entry from [`entry`].
#[inline(always)]
pub(super) fn class(entry: u8) -> Class {
    match entry & CLASS_MASK {
        0 => Class::Other,
        1 => Class::Letter,
        2 => Class::Numeric,
        3 => Class::ExtendNumLet,
        4 => Class::MidLetter,
        5 => Class::MidNum,
        6 => Class::MidNumLet,
        7 => Class::Ignorable,
        _ => Class::Slow,
    }
}

/// Whether an entry is an ALetter, without going through [`class`].
#[inline(always)]
pub(super) fn is_letter(entry: u8) -> bool {
    entry & CLASS_MASK == class_bits(Class::Letter)
}

const OTHER: u8 = class_bits(Class::Other);
/// Other and numeric: ² ½ and the like form a one-character word of their own.
const OTHER_NUMBER: u8 = class_bits(Class::Other) | ALNUM;
const LETTER: u8 = class_bits(Class::Letter) | ALPHA | ALNUM;
/// ALetter that Rust does not call alphabetic: U+00B8 CEDILLA.
const LETTER_SYMBOL: u8 = class_bits(Class::Letter);
const DIGIT: u8 = class_bits(Class::Numeric) | ALNUM;
/// Numeric for UAX #29 but not a digit: the Arabic number signs and decimal separator.
const NUMBER_SIGN: u8 = class_bits(Class::Numeric);
const EXTEND_NUM_LET: u8 = class_bits(Class::ExtendNumLet);
const MID_LETTER: u8 = class_bits(Class::MidLetter);
const MID_NUM: u8 = class_bits(Class::MidNum);
const MID_NUM_LET: u8 = class_bits(Class::MidNumLet);
/// Marks (harakat among them), format characters (bidi marks, ZWNJ, the BOM) and ZWJ. Some marks
/// are alphabetic for Rust, but they are never what makes a segment a word or a word a `Word`.
const IGNORABLE: u8 = class_bits(Class::Ignorable);
/// Characters the fast path leaves to the segmenter although they are in its blocks: the
/// Extended_Pictographic © ® ‼ ⁉, which UAX #29 joins to a preceding ZWJ (WB3c).
pub(super) const SLOW: u8 = class_bits(Class::Slow);

type Ranges = &'static [(u32, u32, u8)];

const fn table<const N: usize>(base: u32, ranges: Ranges) -> [u8; N] {
    let mut table = [OTHER; N];
    let mut r = 0;
    while r < ranges.len() {
        let (first, last, entry) = ranges[r];
        let mut c = first;
        while c <= last {
            table[(c - base) as usize] = entry;
            c += 1;
        }
        r += 1;
    }
    table
}

static ASCII: [u8; 0x80] = table(
    0,
    &[
        (0x27, 0x27, MID_NUM_LET), // ' is Single_Quote, which WB6/7/11/12 treat as MidNumLet
        (0x2C, 0x2C, MID_NUM),
        (0x2E, 0x2E, MID_NUM_LET),
        (0x30, 0x39, DIGIT),
        (0x3A, 0x3A, MID_LETTER),
        (0x3B, 0x3B, MID_NUM),
        (0x41, 0x5A, LETTER),
        (0x5F, 0x5F, EXTEND_NUM_LET),
        (0x61, 0x7A, LETTER),
    ],
);

static LATIN_1: [u8; 0x80] = table(
    0x80,
    &[
        (0xA9, 0xA9, SLOW),
        (0xAA, 0xAA, LETTER),
        (0xAD, 0xAD, IGNORABLE),
        (0xAE, 0xAE, SLOW),
        (0xB2, 0xB3, OTHER_NUMBER),
        (0xB5, 0xB5, LETTER),
        (0xB7, 0xB7, MID_LETTER),
        (0xB8, 0xB8, LETTER_SYMBOL),
        (0xB9, 0xB9, OTHER_NUMBER),
        (0xBA, 0xBA, LETTER),
        (0xBC, 0xBE, OTHER_NUMBER),
        (0xC0, 0xD6, LETTER),
        (0xD8, 0xF6, LETTER),
        (0xF8, 0xFF, LETTER),
    ],
);

static ARABIC: [u8; 0x100] = table(
    0x600,
    &[
        (0x600, 0x605, NUMBER_SIGN),
        (0x60C, 0x60D, MID_NUM),
        (0x610, 0x61A, IGNORABLE),
        (0x61C, 0x61C, IGNORABLE),
        (0x620, 0x64A, LETTER),
        (0x64B, 0x657, IGNORABLE),
        (0x658, 0x658, IGNORABLE),
        (0x659, 0x65F, IGNORABLE),
        (0x660, 0x669, DIGIT),
        (0x66B, 0x66B, NUMBER_SIGN),
        (0x66C, 0x66C, MID_NUM),
        (0x66E, 0x66F, LETTER),
        (0x670, 0x670, IGNORABLE),
        (0x671, 0x6D3, LETTER),
        (0x6D5, 0x6D5, LETTER),
        (0x6D6, 0x6DC, IGNORABLE),
        (0x6DD, 0x6DD, NUMBER_SIGN),
        (0x6DF, 0x6E0, IGNORABLE),
        (0x6E1, 0x6E4, IGNORABLE),
        (0x6E5, 0x6E6, LETTER),
        (0x6E7, 0x6E8, IGNORABLE),
        (0x6EA, 0x6EC, IGNORABLE),
        (0x6ED, 0x6ED, IGNORABLE),
        (0x6EE, 0x6EF, LETTER),
        (0x6F0, 0x6F9, DIGIT),
        (0x6FA, 0x6FC, LETTER),
        (0x6FF, 0x6FF, LETTER),
    ],
);

/// Arabic Extended-B and Extended-A, U+0870–U+08FF.
static ARABIC_EXTENDED: [u8; 0x90] = table(
    0x870,
    &[
        (0x870, 0x887, LETTER),
        (0x889, 0x88F, LETTER),
        (0x890, 0x891, NUMBER_SIGN),
        (0x897, 0x897, IGNORABLE),
        (0x898, 0x89F, IGNORABLE),
        (0x8A0, 0x8C9, LETTER),
        (0x8CA, 0x8D3, IGNORABLE),
        (0x8D4, 0x8DF, IGNORABLE),
        (0x8E0, 0x8E1, IGNORABLE),
        (0x8E2, 0x8E2, NUMBER_SIGN),
        (0x8E3, 0x8E9, IGNORABLE),
        (0x8EA, 0x8EF, IGNORABLE),
        (0x8F0, 0x8FF, IGNORABLE),
    ],
);

/// General Punctuation, U+2000–U+206F: typographic spaces, quotes, dashes, bidi controls.
static PUNCTUATION: [u8; 0x70] = table(
    0x2000,
    &[
        (0x200C, 0x200F, IGNORABLE), // ZWNJ, ZWJ, LRM, RLM
        (0x2018, 0x2019, MID_NUM_LET),
        (0x2024, 0x2024, MID_NUM_LET),
        (0x2027, 0x2027, MID_LETTER),
        (0x202A, 0x202E, IGNORABLE),
        (0x202F, 0x202F, EXTEND_NUM_LET), // NARROW NO-BREAK SPACE joins words, as in French «10 000»
        (0x203C, 0x203C, SLOW),
        (0x203F, 0x2040, EXTEND_NUM_LET),
        (0x2044, 0x2044, MID_NUM),
        (0x2049, 0x2049, SLOW),
        (0x2054, 0x2054, EXTEND_NUM_LET),
        (0x2060, 0x2064, IGNORABLE),
        (0x2066, 0x206F, IGNORABLE),
    ],
);

/// Arabic Presentation Forms-A and -B, U+FB50–U+FDFF and U+FE70–U+FEFF.
fn presentation_form(c: u32) -> u8 {
    match c {
        0xFB50..=0xFBB1 | 0xFBD3..=0xFD3D | 0xFD50..=0xFD8F | 0xFD92..=0xFDC7 | 0xFDF0..=0xFDFB => LETTER,
        0xFE70..=0xFE74 | 0xFE76..=0xFEFC => LETTER,
        0xFEFF => IGNORABLE,
        _ => OTHER,
    }
}

/// The table entry of a code point: its [`Class`] in the low bits, [`ALPHA`] and [`ALNUM`].
#[inline(always)]
pub(super) fn entry(c: u32) -> u8 {
    match c {
        0..=0x7F => ASCII[c as usize],
        0x80..=0xFF => LATIN_1[(c - 0x80) as usize],
        0x600..=0x6FF => ARABIC[(c - 0x600) as usize],
        0x750..=0x77F => LETTER, // Arabic Supplement
        0x870..=0x8FF => ARABIC_EXTENDED[(c - 0x870) as usize],
        0x2000..=0x206F => PUNCTUATION[(c - 0x2000) as usize],
        0xFB50..=0xFDFF | 0xFE70..=0xFEFF => presentation_form(c),
        _ => SLOW,
    }
}

/// The entry of a two-byte character in U+0600–U+06FF from its second byte and the low two bits
/// of its first, for the hot loop.
#[inline(always)]
pub(super) fn arabic_entry(lead_low: u8, b1: u8) -> u8 {
    ARABIC[usize::from(lead_low & 0x03) << 6 | usize::from(b1 & 0x3F)]
}

/// The entry of an ASCII byte, for the hot loop.
#[inline(always)]
pub(super) fn ascii_entry(b: u8) -> u8 {
    ASCII[usize::from(b & 0x7F)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flags must be Rust's own, or the two paths would disagree on what is a word; marks
    /// and format characters carry none, whatever Rust says.
    #[test]
    fn flags_agree_with_char() {
        let blocks = [(0x00, 0xFF), (0x600, 0x6FF), (0x750, 0x77F), (0x870, 0x8FF), (0x2000, 0x206F), (0xFB50, 0xFEFF)];
        for c in blocks.iter().flat_map(|&(a, b)| a..=b).filter_map(char::from_u32) {
            let e = entry(c as u32);
            if matches!(class(e), Class::Ignorable | Class::Slow) {
                assert_eq!(e & (ALPHA | ALNUM), 0, "U+{:04X}", c as u32);
                continue;
            }
            assert_eq!(e & ALPHA != 0, c.is_alphabetic(), "alphabetic U+{:04X}", c as u32);
            assert_eq!(e & ALNUM != 0, c.is_alphanumeric(), "alphanumeric U+{:04X}", c as u32);
        }
        for b in 0..0x80u8 {
            assert_eq!(ascii_entry(b), entry(u32::from(b)));
        }
    }
}
