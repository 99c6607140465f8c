//! Normalised word → grouping key: which surface forms count as one term.
//!
//! An Arabic reader sees «الموصل», «والموصل», «بالموصل» and «للموصل» as one word, and «لداعش» as
//! «داعش»: conjunctions, prepositions, the article and pronouns are written joined to the word
//! but are not part of it. Arabic words are segmented by [`arabic`], which weighs every reading
//! against a built-in lexicon and against the corpus itself; other scripts only lose an English
//! possessive. The key keeps ة and ى (they disambiguate the segmentation); [`fold_final`] then
//! applies the ة → ه and ى → ي folds if the normalisation options ask for them.

mod affix;
mod arabic;
pub mod function_words;
pub mod lexicon;
pub mod snowball;

use std::collections::{HashMap, HashSet};

pub use lexicon::Lexicon;

/// How often a normalised form occurs in the corpus: the corpus's own evidence that a stem is a
/// word. A word's key may change as the corpus grows, which is why keys are computed over the
/// distinct vocabulary when asked for, not token by token.
pub trait Evidence {
    fn count(&self, form: &str) -> u64;
}

/// No corpus: the lexicon and the function-word lists decide alone.
pub struct NoEvidence;

impl Evidence for NoEvidence {
    fn count(&self, _: &str) -> u64 {
        0
    }
}

/// Forms seen, without their counts: [`arabic`] only asks whether a form occurs.
impl<S: std::hash::BuildHasher> Evidence for HashSet<String, S> {
    fn count(&self, form: &str) -> u64 {
        u64::from(self.contains(form))
    }
}

impl<S: std::hash::BuildHasher> Evidence for HashMap<String, u64, S> {
    fn count(&self, form: &str) -> u64 {
        self.get(form).copied().unwrap_or(0)
    }
}

/// The key of a word already normalised with ة and ى kept (see [`segmentation_view`]).
pub fn key_with(word: &str, lexicon: &Lexicon, evidence: &dyn Evidence) -> String {
    if is_arabic_word(word) {
        arabic::key(word, lexicon, evidence)
    } else {
        strip_possessive(word).to_owned()
    }
}

/// The whole key stage for a raw word: normalise (holding back ة and ى), segment, fold.
pub fn key_of(
    word: &str,
    options: &crate::normalise::NormaliseOptions,
    lexicon: &Lexicon,
    evidence: &dyn Evidence,
) -> String {
    let form = segmentation_view(options).normalise(word);
    fold_final_owned(key_with(&form, lexicon, evidence), options)
}

/// Keys for a list of words, the list itself serving as the corpus: the contract of
/// `marsad keys`, shared by the CLI and the wasm build so both give the same answers.
pub fn keys_for_words<S: AsRef<str>>(words: &[S], options: &crate::normalise::NormaliseOptions) -> Vec<String> {
    let segmentation = segmentation_view(options);
    let forms: Vec<String> = words.iter().map(|w| segmentation.normalise(w.as_ref().trim())).collect();
    // Only whether a form occurs counts as evidence, so a set does; and a set of the lexicon's
    // type shares its hash-table code in the wasm build.
    let corpus: HashSet<String, foldhash::fast::FixedState> = forms.iter().cloned().collect();
    let lexicon = Lexicon::builtin();
    forms.iter().map(|form| fold_final_owned(key_with(form, lexicon, &corpus), options)).collect()
}

/// The key with the built-in lexicon and no corpus evidence.
pub fn key(word: &str) -> String {
    key_with(word, Lexicon::builtin(), &NoEvidence)
}

/// Normalisation options for segmentation: as given, but keeping ة and ى, which the segmenter
/// needs to tell a feminine ending from a pronoun («كلمة» is not «كلم» + ه).
pub fn segmentation_view(options: &crate::normalise::NormaliseOptions) -> crate::normalise::NormaliseOptions {
    crate::normalise::NormaliseOptions { fold_teh_marbuta: false, fold_yeh: false, ..*options }
}

/// Applies the ة → ه and ى → ي folds that [`segmentation_view`] held back.
pub fn fold_final(key: &str, options: &crate::normalise::NormaliseOptions) -> String {
    fold_final_owned(key.to_owned(), options)
}

/// [`fold_final`] on a key already owned: it runs once per distinct form, and most keys have
/// neither letter, so those are returned as they are instead of rebuilt a character at a time.
pub fn fold_final_owned(key: String, options: &crate::normalise::NormaliseOptions) -> String {
    // ة is D8 A9 and ى is D9 89 in UTF-8; neither byte pair occurs inside another character.
    let folds = |pair: &[u8]| match pair {
        [0xD8, 0xA9] => options.fold_teh_marbuta,
        [0xD9, 0x89] => options.fold_yeh,
        _ => false,
    };
    if !key.as_bytes().windows(2).any(folds) {
        return key;
    }
    key.chars()
        .map(|c| match c {
            'ة' if options.fold_teh_marbuta => 'ه',
            'ى' if options.fold_yeh => 'ي',
            c => c,
        })
        .collect()
}

/// Words in Arabic script get clitic segmentation; all others are keyed as they are.
pub fn is_arabic_word(word: &str) -> bool {
    word.starts_with(is_arabic_letter)
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// English possessive: «dam's» and «dam’s» count as «dam».
fn strip_possessive(word: &str) -> &str {
    match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        Some(stem) if !stem.is_empty() => stem,
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_and_leading_particles_are_removed() {
        for word in ["الموصل", "والموصل", "بالموصل", "وبالموصل", "فالموصل", "كالموصل", "للموصل", "وللموصل"]
        {
            assert_eq!(key(word), "موصل", "{word}");
        }
    }

    #[test]
    fn words_that_merely_start_like_clitics_keep_their_letters() {
        for word in ["وزير", "بغداد", "فرنسا", "لبنان", "الله", "الذي", "كانت", "mosul", "'s", "its"]
        {
            let want = if word == "كانت" { "كان" } else { word };
            assert_eq!(key(word), want, "{word}");
        }
    }

    #[test]
    fn pronouns_and_subject_suffixes_are_removed() {
        let cases = [
            ("وقال", "قال"),
            ("أعلنت", "أعلنت"), // not normalised: the caller folds أ first
            ("اعلنت", "اعلن"),
            ("حكومته", "حكومة"),
            ("فيها", "في"),
            ("له", "ه"),
            ("بأنه", "بأنه"),
            ("بانه", "ان"),
            ("سيقام", "يقام"),
            ("عاما", "عاما"),
            ("عربي", "عربي"),
        ];
        for (word, want) in cases {
            assert_eq!(key(word), want, "{word}");
        }
    }

    #[test]
    fn corpus_evidence_decides_what_the_lexicon_does_not_know() {
        let mut corpus: HashMap<String, u64> = HashMap::new();
        assert_eq!(key_with("وتيمو", Lexicon::builtin(), &corpus), "وتيمو");
        assert_eq!(key_with("لداعش", Lexicon::builtin(), &corpus), "لداعش");
        corpus.insert("تيمو".into(), 3);
        corpus.insert("داعش".into(), 1);
        assert_eq!(key_with("وتيمو", Lexicon::builtin(), &corpus), "تيمو");
        assert_eq!(key_with("لداعش", Lexicon::builtin(), &corpus), "داعش");
    }

    #[test]
    fn a_word_list_is_its_own_corpus() {
        let keys =
            keys_for_words(&["لداعش", "داعش", "وتيمو", "Mosul's"], &crate::normalise::NormaliseOptions::default());
        assert_eq!(keys, ["داعش", "داعش", "وتيمو", "mosul"]);
    }

    #[test]
    fn english_possessives_are_removed() {
        assert_eq!(key("dam's"), "dam");
        assert_eq!(key("city’s"), "city");
    }

    #[test]
    fn final_folds_follow_the_options() {
        let on = crate::normalise::NormaliseOptions::default();
        assert_eq!(fold_final("مدينة مستشفى", &on), "مدينه مستشفي");
        let off = crate::normalise::NormaliseOptions { fold_teh_marbuta: false, ..on };
        assert_eq!(fold_final("مدينة", &off), "مدينة");
        assert_eq!(fold_final("مدينة مستشفى", &off), "مدينة مستشفي");
        let neither = crate::normalise::NormaliseOptions { fold_yeh: false, ..off };
        assert_eq!(fold_final("مدينة مستشفى", &neither), "مدينة مستشفى");
        assert_eq!(fold_final("موصل mosul", &on), "موصل mosul");
    }
}
