//! The catalogue of normalisation steps, so a page can list them, explain them and show live
//! examples without duplicating what the Rust side does.
//!
//! Every example here is checked by a unit test with only that step enabled, so the catalogue
//! cannot drift from the behaviour.

use serde::Serialize;

use super::NormaliseOptions;

/// One switchable step: `id` is the camelCase name of its field in [`NormaliseOptions`] (and in
/// the JSON the page sends), stable across releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepInfo {
    pub id: &'static str,
    /// Why a journalist counting words wants this step (one line).
    pub description: &'static str,
    /// Input → output pairs with only this step enabled.
    pub examples: &'static [Example],
    /// Whether [`NormaliseOptions::default`] runs it.
    pub default_on: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Example {
    pub input: &'static str,
    pub output: &'static str,
}

const fn ex(input: &'static str, output: &'static str) -> Example {
    Example { input, output }
}

/// The steps in the order the pipeline applies them.
pub fn steps() -> &'static [StepInfo] {
    STEPS
}

const STEPS: &[StepInfo] = &[
    StepInfo {
        id: "nfkc",
        description: "Unicode compatibility forms (presentation forms, ligatures, full-width letters) look like \
                      ordinary text to a reader but are different characters to a computer.",
        examples: &[ex("ﻻ", "لا"), ex("ﷲ", "الله"), ex("ﻣﺪﻳﻨﺔ", "مدينة"), ex("ﬁnance", "finance"), ex("ＡＢＣ", "ABC")],
        default_on: true,
    },
    StepInfo {
        id: "stripInvisible",
        description: "Zero-width and bidi control characters (ZWNJ, ZWJ, LRM, RLM, ALM, BOM, soft hyphen) are \
                      invisible, so words that differ only by them look identical; joiners are kept inside \
                      Indic scripts, where they choose a conjunct form.",
        examples: &[
            ex("می\u{200C}روم", "میروم"),
            ex("\u{200F}الموصل\u{200E}", "الموصل"),
            ex("\u{FEFF}news", "news"),
            ex("क्\u{200D}ष", "क्\u{200D}ष"),
        ],
        default_on: true,
    },
    StepInfo {
        id: "foldSpaces",
        description: "No-break, thin and other typographic spaces separate words exactly as a space does.",
        examples: &[ex("12\u{00A0}000", "12 000"), ex("a\u{202F}b\u{3000}c", "a b c")],
        default_on: true,
    },
    StepInfo {
        id: "foldQuotes",
        description: "Curly and straight quotes and apostrophes are typed interchangeably: «O’Connor» is «O'Connor».",
        examples: &[ex("O’Connor", "O'Connor"), ex("“Mosul”", "\"Mosul\""), ex("Ukraineʼs", "Ukraine's")],
        default_on: true,
    },
    StepInfo {
        id: "stripTashkeel",
        description: "Harakat, tanwin, shadda, sukun and Quranic annotation marks are written only sometimes; \
                      the word is the same without them.",
        examples: &[ex("مُدِينَةٌ", "مدينة"), ex("ٱلرَّحْمَٰنِ", "ٱلرحمٰن"), ex("قُرْآنۛ", "قرآن")],
        default_on: true,
    },
    StepInfo {
        id: "stripSuperscriptAlef",
        description: "The dagger alef of Quranic and classical spelling is left out in modern text: «هٰذا» is «هذا».",
        examples: &[ex("هٰذا", "هذا"), ex("الرحمٰن", "الرحمن")],
        default_on: true,
    },
    StepInfo {
        id: "stripTatweel",
        description: "Tatweel stretches a word for justification or emphasis and carries no meaning.",
        examples: &[ex("الـمـوصـل", "الموصل"), ex("جـــداً", "جداً")],
        default_on: true,
    },
    StepInfo {
        id: "foldAlef",
        description: "Hamza and madda on alef are written inconsistently in news text, so «أ إ آ ٱ» count as «ا».",
        examples: &[ex("أحمد", "احمد"), ex("إسلام", "اسلام"), ex("آثار", "اثار"), ex("ٱلله", "الله")],
        default_on: true,
    },
    StepInfo {
        id: "foldYeh",
        description: "Final «ى» and «ي» are swapped freely, especially in Egyptian text: «مستشفى» is «مستشفي».",
        examples: &[ex("مستشفى", "مستشفي"), ex("على", "علي")],
        default_on: true,
    },
    StepInfo {
        id: "foldTehMarbuta",
        description: "Teh marbuta is often typed as heh: «مدينة» and «مدينه» count as one word.",
        examples: &[ex("مدينة", "مدينه")],
        default_on: true,
    },
    StepInfo {
        id: "foldHamzaCarriers",
        description: "Off by default: «ؤ» → «و» and «ئ» → «ي» merge spelling slips, but also distinct words \
                      such as «مسؤول» and «مسوول».",
        examples: &[ex("مسؤول", "مسوول"), ex("رئيس", "رييس")],
        default_on: false,
    },
    StepInfo {
        id: "foldPersianLetters",
        description: "Persian and Urdu keyboards type kaf and yeh as «ک» and «ی», so Persian and Arabic spellings \
                      of shared words («کتاب», «علی») meet; «ۀ» loses its ezafe hamza and Urdu «ۃ» is teh marbuta.",
        examples: &[ex("کتاب", "كتاب"), ex("علی", "علي"), ex("خانۀ", "خانه"), ex("زکوۃ", "زكوة")],
        default_on: true,
    },
    StepInfo {
        id: "foldHehVariants",
        description: "«ھ ہ ە ۂ» are heh in other keyboards' code points («ھذا» is «هذا»); note that Urdu uses «ھ» \
                      for aspiration and Kurdish «ە» is a vowel, which this step merges with «ه».",
        examples: &[ex("ھذا", "هذا"), ex("پہلے", "پهلے"), ex("هەولێر", "ههولێر")],
        default_on: true,
    },
    StepInfo {
        id: "foldDigits",
        description: "Arabic-Indic and Persian/Urdu digits are the same numbers as ASCII digits: «٢٠١٧» is «2017».",
        examples: &[ex("٢٠١٧", "2017"), ex("۲۰۱۷", "2017"), ex("٣٫٥", "3.5")],
        default_on: true,
    },
    StepInfo {
        id: "foldCase",
        description: "«Mosul», «MOSUL» and «mosul» are one word; Greek final sigma counts as sigma.",
        examples: &[ex("Mosul", "mosul"), ex("ÉTÉ", "été"), ex("İstanbul", "istanbul"), ex("ΟΔΟΣ", "οδοσ")],
        default_on: true,
    },
    StepInfo {
        id: "foldLatinDiacritics",
        description: "Off by default: folds Latin letters to ASCII («é» → «e», «ß» → «ss», «ı» → «i») for \
                      sources that drop accents; it also merges words that differ only by an accent.",
        examples: &[ex("café", "cafe"), ex("Straße", "Strasse"), ex("Łódź", "Lodz"), ex("ırak", "irak")],
        default_on: false,
    },
];

impl NormaliseOptions {
    /// Every step switched off: the identity, a starting point for "only these steps".
    pub fn none() -> Self {
        let mut options = Self::default();
        for step in STEPS {
            options.set(step.id, false);
        }
        options
    }

    /// Whether the step `id` is on; `None` for an unknown id.
    pub fn get(&self, id: &str) -> Option<bool> {
        let mut copy = *self;
        copy.flag(id).map(|f| *f)
    }

    /// Switches the step `id`; returns false (and changes nothing) for an unknown id.
    pub fn set(&mut self, id: &str, on: bool) -> bool {
        match self.flag(id) {
            Some(flag) => {
                *flag = on;
                true
            }
            None => false,
        }
    }

    fn flag(&mut self, id: &str) -> Option<&mut bool> {
        Some(match id {
            "nfkc" => &mut self.nfkc,
            "stripInvisible" => &mut self.strip_invisible,
            "foldSpaces" => &mut self.fold_spaces,
            "foldQuotes" => &mut self.fold_quotes,
            "stripTashkeel" => &mut self.strip_tashkeel,
            "stripSuperscriptAlef" => &mut self.strip_superscript_alef,
            "stripTatweel" => &mut self.strip_tatweel,
            "foldAlef" => &mut self.fold_alef,
            "foldYeh" => &mut self.fold_yeh,
            "foldTehMarbuta" => &mut self.fold_teh_marbuta,
            "foldHamzaCarriers" => &mut self.fold_hamza_carriers,
            "foldPersianLetters" => &mut self.fold_persian_letters,
            "foldHehVariants" => &mut self.fold_heh_variants,
            "foldDigits" => &mut self.fold_digits,
            "foldCase" => &mut self.fold_case,
            "foldLatinDiacritics" => &mut self.fold_latin_diacritics,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_holds_with_only_its_step_enabled() {
        for step in steps() {
            let mut only = NormaliseOptions::none();
            assert!(only.set(step.id, true), "{}", step.id);
            for e in step.examples {
                assert_eq!(only.normalise(e.input), e.output, "{}: {}", step.id, e.input);
            }
        }
    }

    #[test]
    fn ids_are_the_serde_field_names_and_defaults_match() {
        let json = serde_json::to_value(NormaliseOptions::default()).unwrap_or_default();
        let fields = json.as_object().cloned().unwrap_or_default();
        assert_eq!(fields.len(), steps().len());
        for step in steps() {
            assert_eq!(fields.get(step.id).and_then(|v| v.as_bool()), Some(step.default_on), "{}", step.id);
            assert_eq!(NormaliseOptions::default().get(step.id), Some(step.default_on));
        }
        assert_eq!(NormaliseOptions::default().get("noSuchStep"), None);
    }

    #[test]
    fn no_steps_is_the_identity() {
        let none = NormaliseOptions::none();
        for step in steps() {
            for e in step.examples {
                assert_eq!(none.normalise(e.input), e.input);
            }
        }
    }
}
