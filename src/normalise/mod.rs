//! Folding of spelling variation that a reader does not perceive as a different word.
//!
//! Arabic news text spells one word many ways: with or without tashkeel, with tatweel for
//! justification, with أ/إ/آ/ا used interchangeably, ى for ي and ة for ه at word end, with
//! presentation forms pasted from PDFs and with Persian keyboards' ک and ی. A count that
//! separates these misleads, so each is folded by a named step that can be switched off; the
//! catalogue in [`steps()`] documents each with examples. Normalisation is applied per token, so
//! token offsets keep pointing into the original text.
//!
//! The result is idempotent: normalising a normalised word changes nothing, so a stopword list or
//! a query normalised by the same options always meets the text it was meant to match.
//!
//! Speed comes from not running NFKC where it cannot change anything: ASCII tokens and tokens of
//! plain Arabic letters (the bulk of news text) take a single pass that copies unchanged runs;
//! only tokens with presentation forms, hamza or madda written as marks, or other scripts go
//! through ICU4X.

mod arabic;
mod icu_data;
mod latin;
mod steps;
mod text;

use serde::{Deserialize, Serialize};

pub use arabic::{is_tashkeel, TATWEEL};
pub use steps::{steps, Example, StepInfo};
pub use text::is_invisible;

/// Which folding steps run, in pipeline order. The defaults are what a journalist counting words
/// wants; JSON may name any subset of the fields (camelCase), the rest keep their defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NormaliseOptions {
    /// Unicode NFKC: «ﻻ» → «لا», «ﷲ» → «الله», «ﬁ» → «fi», full-width «Ａ» → «A».
    pub nfkc: bool,
    /// Remove ZWNJ, ZWJ (outside Indic scripts and emoji), LRM, RLM, ALM, bidi embeddings and
    /// isolates, ZWSP, word joiner, BOM and soft hyphen.
    pub strip_invisible: bool,
    /// No-break, thin, ideographic and other spaces → « »; line and paragraph separators → newline.
    pub fold_spaces: bool,
    /// ‘ ’ ‚ ‛ ʼ → «'» and “ ” „ ‟ → «"». Guillemets «» are left alone: they never sit inside a word.
    pub fold_quotes: bool,
    /// Drop harakat, tanwin, shadda, sukun and Quranic marks: «مُدِينَةٌ» → «مدينة».
    pub strip_tashkeel: bool,
    /// Drop the dagger alef: «هٰذا» → «هذا».
    pub strip_superscript_alef: bool,
    /// Drop the justification stroke: «الـمـوصـل» → «الموصل».
    pub strip_tatweel: bool,
    /// «أ» «إ» «آ» «ٱ» (and the wavy-hamza «ٲ» «ٳ») → «ا».
    pub fold_alef: bool,
    /// «ى» → «ي».
    pub fold_yeh: bool,
    /// «ة» → «ه».
    pub fold_teh_marbuta: bool,
    /// «ؤ» → «و», «ئ» → «ي»; off by default.
    pub fold_hamza_carriers: bool,
    /// «ک» → «ك»; «ی» «ې» «ۍ» → «ي»; «ۀ» → «ه»; Urdu «ۃ» → «ة».
    pub fold_persian_letters: bool,
    /// «ھ» «ہ» «ە» «ۂ» → «ه».
    pub fold_heh_variants: bool,
    /// «٢٠١٧» and «۲۰۱۷» → «2017»; «٫» and «٬» → «.» and «,».
    pub fold_digits: bool,
    /// Lowercase cased scripts: «Mosul» and «MOSUL» count as «mosul».
    pub fold_case: bool,
    /// Latin letters to ASCII: «é» → «e», «ß» → «ss»; off by default.
    pub fold_latin_diacritics: bool,
}

impl Default for NormaliseOptions {
    fn default() -> Self {
        Self {
            nfkc: true,
            strip_invisible: true,
            fold_spaces: true,
            fold_quotes: true,
            strip_tashkeel: true,
            strip_superscript_alef: true,
            strip_tatweel: true,
            fold_alef: true,
            fold_yeh: true,
            fold_teh_marbuta: true,
            fold_hamza_carriers: false,
            fold_persian_letters: true,
            fold_heh_variants: true,
            fold_digits: true,
            fold_case: true,
            fold_latin_diacritics: false,
        }
    }
}

/// What the per-character map does with one character.
enum Mapped {
    Same,
    Drop,
    /// A character no step changes further.
    Char(char),
    /// Characters that later steps may still change (a decomposed letter still to lowercase).
    Remap(char),
    Str(&'static str),
    Owned(String),
    /// Replace by its lowercase form.
    Lower(char),
}

/// Rounds of NFKC + map before giving up on a fixed point. One round is enough for real text;
/// a second is needed when removing a character lets NFKC compose its neighbours (for example
/// «ی» + «ٔ» becoming «ي» + «ٔ», which NFKC writes «ئ»).
const MAX_ROUNDS: usize = 4;

/// Remapped characters are themselves mapped again so that a step's output meets the later
/// steps («Å» (U+212B) → «å» → «a»); every chain ends after two or three links.
const MAX_REMAP_DEPTH: u8 = 4;

impl NormaliseOptions {
    /// Appends the normalised form of `word` to `out`. Works on whole texts too (the
    /// `marsad normalize` command), where the space step matters.
    pub fn normalise_into(&self, word: &str, out: &mut String) {
        let start = out.len();
        if word.is_ascii() {
            out.push_str(word);
            if self.fold_case {
                if let Some(appended) = out.get_mut(start..) {
                    appended.make_ascii_lowercase();
                }
            }
            return;
        }
        if self.map_into(word, out, self.nfkc) {
            return;
        }
        out.truncate(start);
        let Some(nfkc) = icu_data::nfkc() else {
            self.map_into(word, out, false);
            return;
        };
        self.map_into(&nfkc.normalize(word), out, false);
        for _ in 1..MAX_ROUNDS {
            let Some(mapped) = out.get(start..) else { return };
            if nfkc.is_normalized(mapped) {
                return;
            }
            let again = nfkc.normalize(mapped).into_owned();
            out.truncate(start);
            self.map_into(&again, out, false);
        }
    }

    /// [`normalise_into`](Self::normalise_into) into a new string, for callers outside hot loops.
    pub fn normalise(&self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        self.normalise_into(word, &mut out);
        out
    }

    /// Maps `text` character by character onto `out`, copying runs of unchanged characters in
    /// one go. With `bail_before_nfkc` it stops and returns false at the first character that
    /// NFKC might change, leaving `out` partly written for the caller to truncate.
    ///
    /// ASCII and the Arabic block are decoded by hand from the bytes, and letters that no step
    /// touches are recognised by one table look-up: that is most of Arabic news text.
    fn map_into(&self, text: &str, out: &mut String, bail_before_nfkc: bool) -> bool {
        let bytes = text.as_bytes();
        let start = out.len();
        let mut copied = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (c, len) = match b {
                0x00..=0x7F if !(self.fold_case && b.is_ascii_uppercase()) => {
                    i += 1;
                    continue;
                }
                0x00..=0x7F => (char::from(b), 1),
                // Lead bytes of U+0600–U+06FF.
                0xD8..=0xDB => {
                    let Some(&b2) = bytes.get(i + 1) else { break };
                    let offset = (usize::from(b & 0x03) << 6) | usize::from(b2 & 0x3F);
                    if arabic::is_untouched(offset) {
                        i += 2;
                        continue;
                    }
                    (arabic::from_offset(offset), 2)
                }
                _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                },
            };
            if bail_before_nfkc && !c.is_ascii() && self.needs_nfkc(c) {
                return false;
            }
            let pending = text.get(copied..i).unwrap_or("");
            let mapped = self.map_char(c, || last_char(out, start, pending));
            i += len;
            if let Mapped::Same = mapped {
                continue;
            }
            out.push_str(pending);
            copied = i;
            self.emit(mapped, out, start, 0);
        }
        out.push_str(text.get(copied..).unwrap_or(""));
        true
    }

    fn needs_nfkc(&self, c: char) -> bool {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{08D3}'..='\u{08FF}' => arabic::needs_nfkc(self, c),
            _ => !text::is_nfkc_inert(c),
        }
    }

    /// The whole per-character map; `prev` gives the last character written so far, which only
    /// joiners and combining marks ask for.
    fn map_char(&self, c: char, prev: impl Fn() -> Option<char>) -> Mapped {
        if c.is_ascii() {
            return if self.fold_case && c.is_ascii_uppercase() {
                Mapped::Char(c.to_ascii_lowercase())
            } else {
                Mapped::Same
            };
        }
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{08D3}'..='\u{08FF}') {
            return arabic::map(self, c);
        }
        match text::map(self, c, &prev) {
            Mapped::Same => latin::map(self, c, &prev),
            other => other,
        }
    }

    fn emit(&self, mapped: Mapped, out: &mut String, start: usize, depth: u8) {
        match mapped {
            Mapped::Same | Mapped::Drop => {}
            Mapped::Char(d) => out.push(d),
            Mapped::Remap(d) => self.push_mapped(d, out, start, depth),
            Mapped::Str(s) => s.chars().for_each(|d| self.push_mapped(d, out, start, depth)),
            Mapped::Owned(s) => s.chars().for_each(|d| self.push_mapped(d, out, start, depth)),
            Mapped::Lower(c) => crate::case::lowercase(c).for_each(|d| self.push_mapped(d, out, start, depth)),
        }
    }

    fn push_mapped(&self, c: char, out: &mut String, start: usize, depth: u8) {
        if depth >= MAX_REMAP_DEPTH {
            out.push(c);
            return;
        }
        match self.map_char(c, || last_char(out, start, "")) {
            Mapped::Same => out.push(c),
            other => self.emit(other, out, start, depth + 1),
        }
    }
}

/// The last character of what `out` will hold once `pending` is copied after it.
fn last_char(out: &str, start: usize, pending: &str) -> Option<char> {
    pending.chars().next_back().or_else(|| out.get(start..)?.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::*;
    use icu_normalizer::ComposingNormalizerBorrowed;

    #[test]
    fn defaults_fold_a_realistic_mix() {
        let n = NormaliseOptions::default();
        let cases = [
            ("مُدِينَةٌ", "مدينه"),
            ("الـمـوصـل", "الموصل"),
            ("أإآٱا", "ااااا"),
            ("مستشفى", "مستشفي"),
            ("٢٠١٧ ۲۰۱۷", "2017 2017"),
            ("می\u{200C}روم", "ميروم"),
            ("Mosul ÉTÉ", "mosul été"),
            ("هٰذا", "هذا"),
            ("ﻻ", "لا"),
            ("ﷲ", "الله"),
            ("ﺍﻟﻤﻮﺻﻞ", "الموصل"),
            ("مسؤول", "مسؤول"),
            ("ی\u{0654}", "ي"),
            ("ا\u{0653}", "ا"),
            ("O’Connor", "o'connor"),
        ];
        for (input, want) in cases {
            assert_eq!(n.normalise(input), want, "{input}");
        }
    }

    #[test]
    fn each_step_can_be_switched_off() {
        let off = NormaliseOptions::none();
        for word in ["مُدِينَةٌ", "الـمـوصـل", "أإآ", "مستشفى", "٢٠١٧", "می\u{200C}روم", "Mosul", "ﻻ", "a\u{00A0}b"]
        {
            assert_eq!(off.normalise(word), word);
        }
    }

    #[test]
    fn hamza_written_as_a_mark_composes_before_folding() {
        let keep_marks = NormaliseOptions { strip_tashkeel: false, fold_alef: false, ..NormaliseOptions::default() };
        assert_eq!(keep_marks.normalise("ا\u{0654}"), "أ");
        assert_eq!(keep_marks.normalise("و\u{0654}"), "ؤ");
        // Persian yeh + hamza: the yeh fold makes a pair that NFKC then composes, in a second round.
        assert_eq!(keep_marks.normalise("ی\u{0654}"), "ئ");
    }

    #[test]
    fn output_is_appended() {
        let mut out = String::from("x");
        NormaliseOptions::default().normalise_into("ﻻ", &mut out);
        NormaliseOptions::default().normalise_into("AB", &mut out);
        assert_eq!(out, "xلاab");
    }

    #[test]
    fn options_read_from_partial_json_keep_other_defaults() {
        let o: NormaliseOptions = serde_json::from_str(r#"{"foldTehMarbuta": false}"#).unwrap();
        assert!(!o.fold_teh_marbuta && o.fold_alef && o.fold_case && o.nfkc && !o.fold_hamza_carriers);
    }

    /// The fast path skips NFKC; for every pair of Arabic-block characters it must agree with
    /// running NFKC first.
    #[test]
    fn skipping_nfkc_never_changes_the_result() {
        let nfkc = ComposingNormalizerBorrowed::new_nfkc();
        let block: Vec<char> = ('\u{0600}'..='\u{06FF}').chain(['\u{200C}', '\u{2019}', 'a', 'ب']).collect();
        for options in [NormaliseOptions::default(), NormaliseOptions { strip_tashkeel: false, ..Default::default() }] {
            for &a in &block {
                for &b in &block {
                    let pair: String = [a, b].iter().collect();
                    let mut fast = String::new();
                    if options.map_into(&pair, &mut fast, true) {
                        let mut slow = String::new();
                        options.map_into(&nfkc.normalize(&pair), &mut slow, false);
                        assert_eq!(fast, slow, "{:04X} {:04X}", u32::from(a), u32::from(b));
                    }
                }
            }
        }
    }
}
