//! Normalised word → grouping key: which surface forms count as one term.
//!
//! An Arabic reader sees «الموصل», «والموصل» and «بالموصل» as one word; the article and the
//! particles written joined to it are clitics, not part of the word. This stage removes the
//! definite article together with the conjunctions and prepositions that can precede it,
//! which is safe because «ال» after them is unambiguous as long as a real stem remains.

/// Appends the grouping key of an already normalised word to `out`.
pub fn key_into(normalised: &str, out: &mut String) {
    out.push_str(strip_possessive(strip_article(normalised)));
}

pub fn key(normalised: &str) -> String {
    let mut out = String::with_capacity(normalised.len());
    key_into(normalised, &mut out);
    out
}

/// Characters a stem must keep for a prefix to count as a clitic: «الا» is not «ا».
const MIN_STEM_CHARS: usize = 2;

/// Removes `(و|ف)?(ب|ك)?ال` or `(و|ف)?لل` (ل + ال with the alef dropped, as in «للموصل»).
fn strip_article(word: &str) -> &str {
    let rest = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let stem = match rest.strip_prefix("لل") {
        Some(stem) => Some(stem),
        None => rest.strip_prefix(['ب', 'ك']).unwrap_or(rest).strip_prefix("ال"),
    };
    match stem {
        Some(stem) if stem.chars().count() >= MIN_STEM_CHARS => stem,
        _ => word,
    }
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
    fn english_possessives_are_removed() {
        assert_eq!(key("dam's"), "dam");
        assert_eq!(key("city’s"), "city");
    }

    #[test]
    fn words_without_the_article_keep_their_letters() {
        for word in ["وزير", "بغداد", "فرنسا", "لبنان", "الا", "الي", "لله", "mosul", "'s", "its"]
        {
            assert_eq!(key(word), word);
        }
    }
}
