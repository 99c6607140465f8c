//! Arabic-script steps: marks, tatweel, letter variants and digits.
//!
//! Persian, Urdu and Kurdish share most Arabic letters but their keyboards emit other code
//! points for some of them (ک for ك, ی for ي, ہ ھ ە for ه). Folding those lets the Arabic and the
//! Persian spelling of a shared word («کتاب» / «كتاب») count as one; letters that exist only in
//! one language (پ چ ژ گ ڕ ڵ ۆ ێ ے …) are left alone, since no Arabic spelling competes with them.
//! «ے» (Urdu yeh barree) and «ۓ» stay too: folding them into «ي» would merge distinct Urdu
//! endings («کے» / «کی»).
//!
//! The heh variants are a trade-off, which is why they are a step of their own: «ھ» is how some
//! keyboards type Arabic «ه» («ھذا»), but in Urdu it marks aspiration («بھی» is not «بہی»);
//! «ە» is how Kurdish writes the vowel /e/, which older Kurdish text wrote «ه» + ZWNJ, so
//! folding it makes old and new Kurdish spellings meet while merging Kurdish /e/ with /h/.
//! «ۀ» (heh with the Persian ezafe hamza) is «ه» plus grammar, and Urdu «ۃ» is teh marbuta.

use super::{Mapped, NormaliseOptions};

pub const TATWEEL: char = '\u{0640}';

/// Arabic combining marks: harakat and tanwin, Quranic annotation signs, superscript alef.
pub const fn is_tashkeel(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{08D3}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}'
    )
}

const SUPERSCRIPT_ALEF: char = '\u{0670}';

/// Characters of U+0600–U+06FF that no step changes and that NFKC leaves alone, by offset from
/// U+0600: the plain letters that make up most of Arabic text.
static UNTOUCHED: [bool; 256] = {
    let mut table = [false; 256];
    let mut offset = 0;
    while offset < 256 {
        let c = from_offset(offset);
        table[offset] = !(is_tashkeel(c)
            || matches!(
                c,
                '\u{061C}'
                    | '\u{0622}'..='\u{0626}'
                    | 'ة'
                    | TATWEEL
                    | 'ى'
                    | '\u{0660}'..='\u{066C}'
                    | '\u{0671}'..='\u{0678}'
                    | 'ک'
                    | 'ھ'
                    | '\u{06C0}'..='\u{06C3}'
                    | 'ی'
                    | 'ۍ'
                    | 'ې'
                    | 'ە'
                    | '\u{06F0}'..='\u{06F9}'
            ));
        offset += 1;
    }
    table
};

/// `offset` is `c - U+0600` for a character of the Arabic block.
pub(super) fn is_untouched(offset: usize) -> bool {
    UNTOUCHED.get(offset).copied().unwrap_or(false)
}

pub(super) const fn from_offset(offset: usize) -> char {
    match char::from_u32(0x0600 + (offset as u32 & 0xFF)) {
        Some(c) => c,
        None => '\u{0600}',
    }
}

/// Whether `c` (from U+0600–U+06FF or Arabic Extended-A) must go through NFKC for the result
/// to equal NFKC-then-map: madda and hamza marks compose with the letter before them
/// («ا» + «ٔ» is «أ»), U+0675–U+0678 have compatibility decompositions, and any mark that
/// survives needs canonical reordering.
pub(super) fn needs_nfkc(options: &NormaliseOptions, c: char) -> bool {
    match c {
        '\u{0653}'..='\u{0655}' | '\u{0675}'..='\u{0678}' => true,
        SUPERSCRIPT_ALEF => !options.strip_superscript_alef,
        _ if is_tashkeel(c) => !options.strip_tashkeel,
        '\u{0600}'..='\u{06FF}' => false,
        _ => true,
    }
}

/// The Arabic-block part of the per-character map; `c` is in U+0600–U+06FF or Arabic Extended-A.
pub(super) fn map(o: &NormaliseOptions, c: char) -> Mapped {
    use Mapped::{Char, Drop, Same};
    match c {
        '\u{061C}' if o.strip_invisible => Drop, // ARABIC LETTER MARK, a bidi control
        SUPERSCRIPT_ALEF => {
            if o.strip_superscript_alef {
                Drop
            } else {
                Same
            }
        }
        _ if o.strip_tashkeel && is_tashkeel(c) => Drop,
        TATWEEL if o.strip_tatweel => Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' if o.fold_alef => Char('ا'),
        'ى' if o.fold_yeh => Char('ي'),
        'ة' if o.fold_teh_marbuta => Char('ه'),
        'ؤ' if o.fold_hamza_carriers => Char('و'),
        'ئ' if o.fold_hamza_carriers => Char('ي'),
        'ک' if o.fold_persian_letters => Char('ك'),
        'ی' | 'ې' | 'ۍ' if o.fold_persian_letters => Char('ي'),
        'ۀ' if o.fold_persian_letters => Char('ه'),
        // Urdu teh marbuta goal; straight to «ه» when teh marbuta folds too, so one pass suffices.
        'ۃ' if o.fold_persian_letters => Char(if o.fold_teh_marbuta { 'ه' } else { 'ة' }),
        'ھ' | 'ہ' | 'ە' | 'ۂ' if o.fold_heh_variants => Char('ه'),
        '٠'..='٩' if o.fold_digits => digit(c, 0x0660),
        '۰'..='۹' if o.fold_digits => digit(c, 0x06F0),
        '٫' if o.fold_digits => Char('.'),
        '٬' if o.fold_digits => Char(','),
        _ => Same,
    }
}

fn digit(c: char, zero: u32) -> Mapped {
    match char::from_digit(u32::from(c) - zero, 10) {
        Some(d) => Mapped::Char(d),
        None => Mapped::Same,
    }
}

#[cfg(test)]
mod tests {
    use super::super::NormaliseOptions;

    fn only(id: &str) -> NormaliseOptions {
        let mut o = NormaliseOptions::none();
        o.set(id, true);
        o
    }

    #[test]
    fn each_arabic_step_folds_its_variants() {
        let cases: &[(&str, &str, &str)] = &[
            ("stripTashkeel", "مُدِينَةٌ", "مدينة"),
            ("stripTashkeel", "سَيَّارَةً", "سيارة"),
            ("stripTashkeel", "ﷺ", "ﷺ"),
            ("stripSuperscriptAlef", "ذٰلك", "ذلك"),
            ("stripTatweel", "الـمـوصـل", "الموصل"),
            ("foldAlef", "أإآٱٲٳا", "ااااااا"),
            ("foldYeh", "مستشفى", "مستشفي"),
            ("foldTehMarbuta", "الحكومة", "الحكومه"),
            ("foldHamzaCarriers", "مسؤول سائق", "مسوول سايق"),
            ("foldPersianLetters", "کی ې ۍ", "كي ي ي"),
            ("foldHehVariants", "ھ ہ ە ۂ", "ه ه ه ه"),
            ("foldDigits", "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"),
            ("foldDigits", "١٬٥٠٠", "1,500"),
        ];
        for &(id, input, want) in cases {
            assert_eq!(only(id).normalise(input), want, "{id}: {input}");
        }
    }

    #[test]
    fn untouched_letters_are_untouched_by_every_step() {
        use super::{is_untouched, map, needs_nfkc, Mapped};
        let mut all_on = NormaliseOptions::none();
        for step in super::super::steps() {
            all_on.set(step.id, true);
        }
        for offset in 0..256 {
            if is_untouched(offset) {
                let c = super::from_offset(offset);
                assert!(matches!(map(&all_on, c), Mapped::Same), "U+{:04X}", u32::from(c));
                assert!(!needs_nfkc(&NormaliseOptions::none(), c), "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn letters_without_an_arabic_rival_are_kept() {
        let all = NormaliseOptions::default();
        for word in ["پ", "چ", "ژ", "گ", "ڕ", "ڵ", "ۆ", "ێ", "ے", "ۓ", "ٹ", "ڈ", "ڑ", "ں"] {
            assert_eq!(all.normalise(word), word);
        }
    }

    #[test]
    fn urdu_teh_marbuta_follows_the_teh_marbuta_switch() {
        let mut o = NormaliseOptions::default();
        assert_eq!(o.normalise("زکوۃ"), "زكوه");
        o.fold_teh_marbuta = false;
        assert_eq!(o.normalise("زکوۃ"), "زكوة");
    }
}
