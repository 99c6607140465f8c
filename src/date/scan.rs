//! Text as numbers, words and punctuation with their byte offsets, so that the date patterns
//! read as sequences of tokens rather than as byte arithmetic.

use super::months::fold;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of digits in any of the three scripts; `value` saturates, `digits` counts them.
    Number {
        value: u32,
        digits: usize,
    },
    /// A run of letters and marks, folded by [`fold`] for matching.
    Word(String),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    pub kind: Kind,
    /// Byte offsets into the scanned text, always on character boundaries.
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn number(&self) -> Option<(u32, usize)> {
        match self.kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }
    pub fn is_punct(&self, set: &[char]) -> bool {
        matches!(self.kind, Kind::Punct(c) if set.contains(&c))
    }
}

/// ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits: Arabic sites mix all three.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Arabic marks are letters for our purpose: «هـ» with its tatweel, or a voweled month name,
/// must stay one word.
fn is_word_char(c: char) -> bool {
    crate::lang::is_letter(c) || is_mark(c)
}

const fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Zero-width and direction marks are everywhere in Arabic web text and separate nothing.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// How far from a number a word can be and still be read by a date pattern: a weekday or a
/// month comes at most three tokens before the number it goes with, and the month names,
/// fillers and era words of «15 من شهر آب/أغسطس، من عام 2017 م» at most a dozen after the day.
/// Words further from every number are never compared, so they are not folded.
const READ_BEFORE_NUMBER: usize = 8;
const READ_AFTER_NUMBER: usize = 24;

pub(super) fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 8);
    let char_at = |i: usize| text.get(i..).and_then(|rest| rest.chars().next());
    let mut start = 0;
    while let Some(c) = char_at(start) {
        let mut end = start + c.len_utf8();
        if let Some(d) = digit(c) {
            let (mut value, mut digits) = (d, 1);
            while let Some((d, c)) = char_at(end).and_then(|c| Some((digit(c)?, c))) {
                value = value.saturating_mul(10).saturating_add(d);
                digits += 1;
                end += c.len_utf8();
            }
            out.push(Token { kind: Kind::Number { value, digits }, start, end });
        } else if is_word_char(c) {
            end = word_end(text, end);
            // Folded below if a number is near.
            out.push(Token { kind: Kind::Word(String::new()), start, end });
        } else if !is_space(c) {
            out.push(Token { kind: Kind::Punct(c), start, end });
        }
        start = end;
    }
    fold_near_numbers(text, &mut out);
    out
}

/// Word characters of the Arabic block, U+0600 + index: [`is_word_char`] as a table, for the
/// loop over a word's letters.
const ARABIC_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x600 + i as u32) {
            table[i] = crate::lang::is_arabic_block_letter(c) || is_mark(c);
        }
        i += 1;
    }
    table
};

/// Where the run of word characters from `end` stops. ASCII and the Arabic block, nearly
/// every letter of a dateline, are read by byte and table.
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(end) {
        end += if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            1
        } else if (0xD8..=0xDB).contains(&b) {
            let low = usize::from(b & 0x03) << 6 | usize::from(bytes.get(end + 1).map_or(0, |&c| c & 0x3F));
            if !ARABIC_WORD.get(low).copied().unwrap_or(false) {
                break;
            }
            2
        } else {
            match text.get(end..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_word_char(c) => c.len_utf8(),
                _ => break,
            }
        };
    }
    end
}

/// Folds the words within reach of a number; folding is most of the cost of tokenising.
fn fold_near_numbers(text: &str, tokens: &mut [Token]) {
    for n in 0..tokens.len() {
        if tokens.get(n).and_then(Token::number).is_none() {
            continue;
        }
        let near = n.saturating_sub(READ_BEFORE_NUMBER)..(n + READ_AFTER_NUMBER + 1).min(tokens.len());
        for token in tokens.get_mut(near).unwrap_or_default() {
            // A word folded for an earlier number is not folded again (one that folds to
            // nothing is, harmlessly).
            if matches!(&token.kind, Kind::Word(word) if word.is_empty()) {
                fold_word(text, token);
            }
        }
    }
}

/// Fills a word token's folded form from its text.
fn fold_word(text: &str, token: &mut Token) {
    if let Kind::Word(word) = &mut token.kind {
        *word = text.get(token.start..token.end).map(fold).unwrap_or_default();
    }
}

/// Every word folded, for tests of a pattern on its own.
#[cfg(test)]
pub(super) fn all_folded(text: &str) -> Vec<Token> {
    let mut out = tokens(text);
    for token in &mut out {
        fold_word(text, token);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arabic_table_is_the_word_test() {
        for c in '\u{0600}'..='\u{06FF}' {
            assert_eq!(ARABIC_WORD[(c as usize) - 0x600], is_word_char(c), "U+{:04X}", c as u32);
            let text = format!("ا{c}ب ");
            let by_chars = text.char_indices().find(|&(i, c)| i > 0 && !is_word_char(c)).map_or(text.len(), |(i, _)| i);
            assert_eq!(word_end(&text, 2), by_chars, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn digits_of_every_script_make_one_number() {
        let t = tokens("١٥ ۲۰۱۷ 2017م 13:26");
        let numbers: Vec<_> = t.iter().filter_map(Token::number).collect();
        assert_eq!(numbers, [(15, 2), (2017, 4), (2017, 4), (13, 2), (26, 2)]);
        assert_eq!(t.get(3).and_then(Token::word), Some("م"));
        assert!(t.get(5).is_some_and(|p| p.is_punct(&[':'])));
        assert_eq!((t[1].start, t[1].end), (5, 13));
    }

    #[test]
    fn words_keep_marks_and_tatweel_and_skip_invisibles() {
        let t = tokens("1438هـ \u{200F}أغسطسَ");
        assert_eq!(t.iter().filter_map(Token::word).collect::<Vec<_>>(), ["ه", "اغسطس"]);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn only_words_within_reach_of_a_number_are_folded() {
        let far = "كلمة ".repeat(40);
        let text = format!("{far}الثلاثاء 15 أغسطس 2017 {far}");
        let t = tokens(&text);
        let words: Vec<&str> = t.iter().filter_map(Token::word).collect();
        assert_eq!(words.len(), 82);
        assert_eq!(words.iter().filter(|w| !w.is_empty()).count(), READ_BEFORE_NUMBER + 1 + READ_AFTER_NUMBER);
        assert_eq!(t.get(40).and_then(Token::word), Some("الثلاثاء"));
        assert_eq!(t.get(42).and_then(Token::word), Some("اغسطس"));
        assert_eq!(t.first().and_then(Token::word), Some(""));
    }
}
