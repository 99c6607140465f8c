//! Script-independent steps: invisible format characters, spaces and quotes.

use super::{Mapped, NormaliseOptions};

/// Format characters that change nothing a reader sees in a word: zero-width space, joiners,
/// bidi marks, embeddings and isolates, the word joiner and invisible operators, BOM and soft
/// hyphen. ALM (U+061C) is handled with the Arabic block.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Scripts where ZWJ/ZWNJ select a conjunct or half form that some spellings require (Sinhala
/// «ශ්‍රී» needs its ZWJ), and emoji, where ZWJ builds one symbol out of several.
fn keeps_joiners(prev: char) -> bool {
    matches!(
        prev,
        '\u{0900}'..='\u{0DFF}'
            | '\u{0F00}'..='\u{0FFF}'
            | '\u{1000}'..='\u{109F}'
            | '\u{1780}'..='\u{17FF}'
            | '\u{A8E0}'..='\u{A8FF}'
            | '\u{2600}'..='\u{27BF}'
            | '\u{FE0F}'
            | '\u{1F000}'..='\u{1FAFF}'
    )
}

/// Whether NFKC could change `c` or the character before it. Only characters that are common in
/// Arabic news text answer `false` here, which is what lets most tokens skip NFKC.
pub(super) fn is_nfkc_inert(c: char) -> bool {
    is_invisible(c) || matches!(c, '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}')
}

/// `prev` is the last character already written to the output, if any.
pub(super) fn map(o: &NormaliseOptions, c: char, prev: impl FnOnce() -> Option<char>) -> Mapped {
    match c {
        ZWNJ | ZWJ if o.strip_invisible => {
            if prev().is_some_and(keeps_joiners) {
                Mapped::Same
            } else {
                Mapped::Drop
            }
        }
        _ if o.strip_invisible && is_invisible(c) => Mapped::Drop,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' if o.fold_spaces => {
            Mapped::Char(' ')
        }
        '\u{0085}' | '\u{2028}' | '\u{2029}' if o.fold_spaces => Mapped::Char('\n'),
        // Single quotes, the low-9 and reversed forms, the modifier-letter apostrophe used in
        // Ukrainian and transliterations, and the full-width apostrophe.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{FF07}' if o.fold_quotes => {
            Mapped::Char('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{FF02}' if o.fold_quotes => Mapped::Char('"'),
        _ => Mapped::Same,
    }
}

#[cfg(test)]
mod tests {
    use super::super::NormaliseOptions;

    #[test]
    fn invisible_controls_are_dropped_but_indic_joiners_stay() {
        let o = NormaliseOptions::default();
        let cases = [
            ("\u{202B}بغداد\u{202C}", "بغداد"),
            ("\u{2067}Mosul\u{2069}", "mosul"),
            ("\u{061C}١٢", "12"),
            ("co\u{00AD}operate", "cooperate"),
            ("a\u{2060}b\u{200B}c", "abc"),
            ("ශ්\u{200D}රී", "ශ්\u{200D}රී"),
            ("नमस्\u{200C}ते", "नमस्\u{200C}ते"),
            ("\u{200D}क", "क"),
        ];
        for (input, want) in cases {
            assert_eq!(o.normalise(input), want, "{input:?}");
        }
    }

    #[test]
    fn spaces_and_quotes_are_unified() {
        let o = NormaliseOptions::default();
        assert_eq!(o.normalise("١٠\u{00A0}آلاف\u{2009}شخص"), "10 الاف شخص");
        assert_eq!(o.normalise("line\u{2028}next"), "line\nnext");
        assert_eq!(o.normalise("‘quoted’ „low“ ‛rev‟"), "'quoted' \"low\" 'rev\"");
        assert_eq!(o.normalise("«الموصل»"), "«الموصل»");
    }
}
