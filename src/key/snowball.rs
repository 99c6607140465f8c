//! Optional Snowball stemming for the languages it covers, applied to non-Arabic words.
//!
//! Stemming merges «elections» with «election» at the price of odd display keys; the display
//! stays the most frequent surface form, so a reader never sees the stem. Arabic keeps its own
//! clitic segmentation, which a Snowball stemmer would undo. Only native builds carry the
//! stemmers (each costs ~16 KB of wasm); a wasm engine asked to stem says so instead of silently
//! giving different counts.

/// Languages accepted by [`Stemmer::new`], as Snowball names them.
pub const LANGUAGES: &[&str] = &[
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hungarian",
    "italian",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "spanish",
    "swedish",
    "tamil",
    "turkish",
];

pub struct Stemmer(#[cfg(not(target_arch = "wasm32"))] rust_stemmers::Stemmer);

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmer")
    }
}

impl Stemmer {
    /// A stemmer for `language`, or a message saying why there is none.
    pub fn new(language: &str) -> Result<Stemmer, String> {
        if !LANGUAGES.contains(&language) {
            return Err(format!("no Snowball stemmer for «{language}»; choose one of {}", LANGUAGES.join(", ")));
        }
        Self::create(language)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn create(language: &str) -> Result<Stemmer, String> {
        use rust_stemmers::Algorithm as A;
        let algorithm = match language {
            "danish" => A::Danish,
            "dutch" => A::Dutch,
            "english" => A::English,
            "finnish" => A::Finnish,
            "french" => A::French,
            "german" => A::German,
            "greek" => A::Greek,
            "hungarian" => A::Hungarian,
            "italian" => A::Italian,
            "norwegian" => A::Norwegian,
            "portuguese" => A::Portuguese,
            "romanian" => A::Romanian,
            "russian" => A::Russian,
            "spanish" => A::Spanish,
            "swedish" => A::Swedish,
            "tamil" => A::Tamil,
            _ => A::Turkish,
        };
        Ok(Stemmer(rust_stemmers::Stemmer::create(algorithm)))
    }

    #[cfg(target_arch = "wasm32")]
    fn create(_: &str) -> Result<Stemmer, String> {
        Err("Snowball stemming is available in the marsad command-line tool, not in the browser".into())
    }

    /// Stems a normalised (lowercased) word.
    pub fn stem(&self, word: &str) -> String {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.stem(word).into_owned();
        #[cfg(target_arch = "wasm32")]
        word.to_owned()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn stems_english_and_french() {
        let en = Stemmer::new("english").unwrap();
        assert_eq!((en.stem("elections"), en.stem("election")), ("elect".into(), "elect".into()));
        let fr = Stemmer::new("french").unwrap();
        assert_eq!(fr.stem("manifestations"), fr.stem("manifestation"));
    }

    #[test]
    fn unknown_languages_are_named_in_the_error() {
        let e = Stemmer::new("klingon").unwrap_err();
        assert!(e.contains("klingon") && e.contains("english"), "{e}");
    }
}
