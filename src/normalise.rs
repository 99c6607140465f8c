//! Folding of spelling variation that a reader does not perceive as a different word.
//!
//! Arabic news text spells one word many ways: with or without tashkeel, with tatweel for
//! justification, with أ/إ/آ/ا used interchangeably, ى for ي and ة for ه at word end. A count
//! that separates these misleads, so each is folded by a named step that can be switched off.
//! Normalisation is applied per token, so token offsets keep pointing into the original text.

use serde::{Deserialize, Serialize};

/// Which folding steps run. The defaults are what a journalist counting words wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NormaliseOptions {
    /// Drop harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: «مُدِينَةٌ» → «مدينة».
    pub strip_tashkeel: bool,
    /// Drop the justification stroke: «الـمـوصـل» → «الموصل».
    pub strip_tatweel: bool,
    /// «أ» «إ» «آ» «ٱ» → «ا»: hamza on alef is written inconsistently in news text.
    pub fold_alef: bool,
    /// «ى» → «ي»: final alef maqsura and yeh are swapped freely, especially in Egyptian text.
    pub fold_yeh: bool,
    /// «ة» → «ه»: teh marbuta is often typed as heh.
    pub fold_teh_marbuta: bool,
    /// «٢٠١٧» and «۲۰۱۷» → «2017».
    pub fold_digits: bool,
    /// Remove zero-width joiners/non-joiners, bidi marks and the BOM, which are invisible.
    pub strip_invisible: bool,
    /// Lowercase cased scripts: «Mosul» and «MOSUL» count as «mosul».
    pub fold_case: bool,
}

impl Default for NormaliseOptions {
    fn default() -> Self {
        Self {
            strip_tashkeel: true,
            strip_tatweel: true,
            fold_alef: true,
            fold_yeh: true,
            fold_teh_marbuta: true,
            fold_digits: true,
            strip_invisible: true,
            fold_case: true,
        }
    }
}

/// Arabic combining marks: harakat and tanwin, Quranic annotation signs, superscript alef.
pub fn is_tashkeel(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Format characters that change nothing a reader sees in a word.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
}

pub const TATWEEL: char = '\u{0640}';

impl NormaliseOptions {
    /// Appends the normalised form of `word` to `out`.
    pub fn normalise_into(&self, word: &str, out: &mut String) {
        if word.is_ascii() {
            if self.fold_case {
                out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                out.push_str(word);
            }
            return;
        }
        for c in word.chars() {
            match self.map(c) {
                Mapped::Drop => {}
                Mapped::Char(c) => out.push(c),
                Mapped::Lower(c) => out.extend(c.to_lowercase()),
            }
        }
    }

    pub fn normalise(&self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        self.normalise_into(word, &mut out);
        out
    }

    fn map(&self, c: char) -> Mapped {
        match c {
            _ if self.strip_tashkeel && is_tashkeel(c) => Mapped::Drop,
            TATWEEL if self.strip_tatweel => Mapped::Drop,
            _ if self.strip_invisible && is_invisible(c) => Mapped::Drop,
            'أ' | 'إ' | 'آ' | 'ٱ' if self.fold_alef => Mapped::Char('ا'),
            'ى' if self.fold_yeh => Mapped::Char('ي'),
            'ة' if self.fold_teh_marbuta => Mapped::Char('ه'),
            '\u{0660}'..='\u{0669}' if self.fold_digits => digit(c, 0x0660),
            '\u{06F0}'..='\u{06F9}' if self.fold_digits => digit(c, 0x06F0),
            _ if self.fold_case && c.is_uppercase() => Mapped::Lower(c),
            _ => Mapped::Char(c),
        }
    }
}

enum Mapped {
    Drop,
    Char(char),
    Lower(char),
}

fn digit(c: char, zero: u32) -> Mapped {
    let value = u32::from(c) - zero;
    Mapped::Char(char::from_digit(value, 10).unwrap_or(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_folds_its_variants() {
        let n = NormaliseOptions::default();
        let cases = [
            ("مُدِينَةٌ", "مدينه"),
            ("الـمـوصـل", "الموصل"),
            ("أإآٱا", "ااااا"),
            ("مستشفى", "مستشفي"),
            ("٢٠١٧ ۲۰۱۷", "2017 2017"),
            ("می\u{200C}روم", "میروم"),
            ("Mosul ÉTÉ", "mosul été"),
            ("هٰذا", "هذا"),
        ];
        for (input, want) in cases {
            assert_eq!(n.normalise(input), want, "{input}");
        }
    }

    #[test]
    fn each_step_can_be_switched_off() {
        let off = NormaliseOptions {
            strip_tashkeel: false,
            strip_tatweel: false,
            fold_alef: false,
            fold_yeh: false,
            fold_teh_marbuta: false,
            fold_digits: false,
            strip_invisible: false,
            fold_case: false,
        };
        for word in ["مُدِينَةٌ", "الـمـوصـل", "أإآ", "مستشفى", "٢٠١٧", "می\u{200C}روم", "Mosul"]
        {
            assert_eq!(off.normalise(word), word);
        }
    }

    #[test]
    fn options_read_from_partial_json_keep_other_defaults() {
        let o: NormaliseOptions = serde_json::from_str(r#"{"foldTehMarbuta": false}"#).unwrap();
        assert!(!o.fold_teh_marbuta && o.fold_alef && o.fold_case);
    }
}
