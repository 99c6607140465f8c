//! Steps for cased and Latin-script text: case folding and the optional accent folding.
//!
//! Case folding is full Unicode lowercasing, one character at a time, which is right for every
//! cased script except in one place: Turkish and Azerbaijani pair dotted «İ» with «i» and
//! dotless «I» with «ı». «İ» is mapped to «i» here (not to «i» + combining dot, as the default
//! rules say), so «İstanbul» meets «istanbul»; but «IRAK» becomes «irak» while Turkish
//! lowercase text writes «ırak». Switching on `foldLatinDiacritics`, which maps «ı» to «i», makes
//! both meet at the cost of merging the two Turkish letters.

use super::{Mapped, NormaliseOptions};

pub(super) fn map(o: &NormaliseOptions, c: char, prev: impl FnOnce() -> Option<char>) -> Mapped {
    if o.fold_latin_diacritics {
        if is_latin_letter(c) {
            if let Some(folded) = fold_letter(c) {
                return folded;
            }
        } else if is_combining_mark(c) && prev().is_some_and(is_latin_letter) {
            return Mapped::Drop;
        }
    }
    if o.fold_case {
        return lowercase(c);
    }
    Mapped::Same
}

fn lowercase(c: char) -> Mapped {
    match c {
        // Turkish capital dotted I: plain «i», not «i» + U+0307 (see the module comment).
        'İ' => Mapped::Char('i'),
        // Final sigma is a positional form, like Arabic letter forms: «ΟΔΟΣ» and «οδός» meet.
        'ς' => Mapped::Char('σ'),
        _ => {
            let mut lower = crate::case::lowercase(c);
            if lower.len() == 1 && lower.next() == Some(c) {
                Mapped::Same
            } else {
                Mapped::Lower(c)
            }
        }
    }
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}')
            && c.is_alphabetic())
}

fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Letters whose ASCII form is not reachable by dropping combining marks.
const NO_DECOMPOSITION: &[(char, &str)] = &[
    ('Æ', "AE"),
    ('æ', "ae"),
    ('Œ', "OE"),
    ('œ', "oe"),
    ('Ø', "O"),
    ('ø', "o"),
    ('Ł', "L"),
    ('ł', "l"),
    ('Đ', "D"),
    ('đ', "d"),
    ('Ð', "D"),
    ('ð', "d"),
    ('Ħ', "H"),
    ('ħ', "h"),
    ('ı', "i"),
    ('ß', "ss"),
    ('ẞ', "SS"),
    ('Þ', "TH"),
    ('þ', "th"),
];

/// The ASCII-ish form of one Latin letter, or `None` if it has nothing to fold.
fn fold_letter(c: char) -> Option<Mapped> {
    if c.is_ascii() {
        return None;
    }
    if let Some(&(_, s)) = NO_DECOMPOSITION.iter().find(|&&(k, _)| k == c) {
        return Some(Mapped::Str(s));
    }
    // NFKD shares its data with the NFKC step, so this costs no extra code size.
    let nfkd = super::icu_data::nfkd()?;
    let mut base = nfkd.normalize_iter(core::iter::once(c)).filter(|&d| !is_combining_mark(d));
    let first = base.next()?;
    match base.next() {
        // One base letter (the common case: «é» → «e»).
        None if first != c => Some(Mapped::Remap(first)),
        None => None,
        // Compatibility digraphs such as «ǆ» → «dž» → «dz».
        Some(second) => {
            let mut folded = String::from(first);
            folded.push(second);
            folded.extend(base);
            Some(Mapped::Owned(folded))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::NormaliseOptions;

    fn folding() -> NormaliseOptions {
        NormaliseOptions { fold_latin_diacritics: true, ..NormaliseOptions::default() }
    }

    #[test]
    fn case_folding_lowers_every_cased_script() {
        let o = NormaliseOptions::default();
        for (input, want) in [
            ("MOSUL", "mosul"),
            ("Über", "über"),
            ("ÇOK", "çok"),
            ("İZMİR", "izmir"),
            ("IRAK", "irak"),
            ("Москва", "москва"),
            ("ΟΔΌΣ", "οδόσ"),
            ("Ǆemal", "džemal"),
            ("ǅemal", "džemal"),
        ] {
            assert_eq!(o.normalise(input), want, "{input}");
        }
    }

    #[test]
    fn diacritic_folding_is_off_by_default_and_folds_to_ascii_when_on() {
        assert_eq!(NormaliseOptions::default().normalise("Café"), "café");
        for (input, want) in [
            ("Café", "cafe"),
            ("Ærø", "aero"),
            ("Straße", "strasse"),
            ("Łódź", "lodz"),
            ("ırak", "irak"),
            ("Ǆemal", "dzemal"),
            ("Nguyễn", "nguyen"),
            ("q\u{0303}", "q"),
            ("Москва́", "москва́"),
        ] {
            assert_eq!(folding().normalise(input), want, "{input}");
        }
    }
}
