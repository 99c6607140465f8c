//! Text → word tokens with byte offsets into the original text.
//!
//! Offsets, not copies: the keyword-in-context view and highlighting need to point back into the
//! document exactly, and copying every token would double the memory of a large corpus.

use serde::Serialize;

use crate::normalise::{is_tashkeel, TATWEEL};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
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

/// Characters that continue a word once one has started: letters, digits and the marks and
/// joiners that sit inside Arabic, Persian and Indic words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || is_tashkeel(c)
        || c == TATWEEL
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{0300}'..='\u{036F}')
}

/// Punctuation that stays inside a token when a word character follows it: «don't»,
/// «O’Connor», «3.5», «1,000».
fn is_joiner(c: char, prev_numeric: bool) -> bool {
    matches!(c, '\'' | '’') || (prev_numeric && matches!(c, '.' | ','))
}

/// Iterator over the tokens of a text.
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

pub fn tokenise(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = self.text.get(self.pos..)?;
        let (skip, _) = rest.char_indices().find(|&(_, c)| c.is_alphanumeric())?;
        let start = self.pos + skip;
        let mut end = start;
        let mut numeric = true;
        let mut chars = self.text[start..].chars().peekable();
        while let Some(c) = chars.next() {
            let prev_numeric = numeric && end > start;
            if is_word_char(c) {
                numeric &= c.is_numeric();
            } else if !(is_joiner(c, prev_numeric) && chars.peek().is_some_and(|&n| n.is_alphanumeric())) {
                break;
            }
            end += c.len_utf8();
        }
        self.pos = end;
        let kind = if numeric { TokenKind::Number } else { TokenKind::Word };
        Some(Token { start, end, kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenise(text).map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_arabic_and_latin_on_spaces_and_punctuation() {
        assert_eq!(words("قال «المحلل»، إن داعش... (أرشيف)"), ["قال", "المحلل", "إن", "داعش", "أرشيف"]);
        assert_eq!(words("Mosul, the city—retaken."), ["Mosul", "the", "city", "retaken"]);
    }

    #[test]
    fn keeps_marks_tatweel_and_inner_apostrophes() {
        assert_eq!(words("مُدِينَةٌ الـمـوصـل"), ["مُدِينَةٌ", "الـمـوصـل"]);
        assert_eq!(words("O’Connor don't 'quoted'"), ["O’Connor", "don't", "quoted"]);
        assert_eq!(words("می\u{200C}روم"), ["می\u{200C}روم"]);
    }

    #[test]
    fn numbers_keep_separators_and_have_their_kind() {
        let text = "في 2017 قتل 1,500 أي 3.5٪ و٢٠";
        let kinds: Vec<_> = tokenise(text).map(|t| (t.text(text), t.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("في", TokenKind::Word),
                ("2017", TokenKind::Number),
                ("قتل", TokenKind::Word),
                ("1,500", TokenKind::Number),
                ("أي", TokenKind::Word),
                ("3.5", TokenKind::Number),
                ("و٢٠", TokenKind::Word),
            ]
        );
    }

    #[test]
    fn trailing_punctuation_is_not_swallowed() {
        assert_eq!(words("2017. end' x"), ["2017", "end", "x"]);
    }
}
