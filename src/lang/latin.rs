//! Latin-script languages, by which built-in stopword list the words hit.
//!
//! Function words are a third to a half of running text in every one of these languages, and
//! the lists already ship with the engine, so they cost nothing extra. Many words are on
//! several lists («de» is French, Spanish, Portuguese and Dutch; «in» English, German, Italian
//! and Dutch), so a hit is shared between the lists that have the word, and the distinctive
//! words («the», «und», «het», «não») decide.

use std::collections::HashMap;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

use crate::stopwords;

/// The Latin-script languages with a built-in list.
const LANGUAGES: [&str; 8] = ["en", "fr", "de", "es", "it", "pt", "tr", "nl"];

/// A hit's weight, shared between the lists that have the word: divisible by 1 to 8.
const WEIGHT: u32 = 840;

/// Each listed word, lower-cased, with a bit per language whose list has it; built on first
/// use (a few thousand words, well under a millisecond). `u32` bits, not `u8`: the table is then
/// the vocabulary's key-table type and shares its code in the wasm build.
fn table() -> &'static HashMap<String, u32, FixedState> {
    static TABLE: OnceLock<HashMap<String, u32, FixedState>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<String, u32, FixedState> = HashMap::default();
        for (bit, code) in LANGUAGES.iter().enumerate() {
            for word in stopwords::language(code).into_iter().flat_map(stopwords::Language::words) {
                *table.entry(crate::case::lowercase_str(word)).or_insert(0) |= 1 << bit;
            }
        }
        table
    })
}

/// The language whose list the words of `sample` hit most, if its lead is clear: at least one
/// word in twelve must be a hit (English prose has one in three; a list of names has none)
/// and the leader must have half as many hits again as the runner-up (Spanish and Portuguese
/// share so many function words that a closer call is a guess).
pub(super) fn language(sample: &str) -> Option<&'static str> {
    let table = table();
    let mut hits = [0u32; LANGUAGES.len()];
    let mut words = 0u32;
    let mut lower = String::new();
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        let key = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(crate::case::lowercase));
            lower.as_str()
        } else {
            word
        };
        if let Some(&mask) = table.get(key) {
            let share = WEIGHT / mask.count_ones().max(1);
            for (bit, h) in hits.iter_mut().enumerate() {
                if mask & (1 << bit) != 0 {
                    *h += share;
                }
            }
        }
    }
    let mut ranked: Vec<(u32, usize)> = hits.iter().enumerate().map(|(i, &h)| (h, i)).collect();
    // Highest first; a tie goes to the earlier language in LANGUAGES, for determinism.
    crate::order::sort_by(&mut ranked, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let (&(top, best), &(second, _)) = (ranked.first()?, ranked.get(1)?);
    let clear = u64::from(top) * 12 >= u64::from(words) * u64::from(WEIGHT) && top * 2 >= second * 3 && top > 0;
    clear.then(|| LANGUAGES.get(best).copied()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `case::lowercase_str` is `str::to_lowercase` only without «Σ»: these lists have none.
    #[test]
    fn the_lists_lower_case_as_std_does() {
        for code in LANGUAGES {
            for word in stopwords::language(code).into_iter().flat_map(stopwords::Language::words) {
                assert_eq!(crate::case::lowercase_str(word), word.to_lowercase(), "{code}: {word}");
            }
        }
    }
}
