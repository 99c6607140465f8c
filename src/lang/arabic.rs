//! Arabic, Persian, Urdu and Sorani Kurdish, told apart by the letters each adds to the script.
//!
//! Each language has letters the others never or rarely write: Sorani «ڕ ڵ ۆ ێ ە», Urdu
//! «ٹ ڈ ڑ ں ے ہ», Persian «پ چ ژ گ» (Urdu and Sorani share them, so they are looked at after
//! those two), while Arabic writes «ة ى» and its own kaf and yeh «ك ي» where the others write
//! «ک ی». One occurrence proves nothing (an Arabic article names «گیلان», a Persian one quotes
//! «الله أكبر»), so each language needs its letters to make up a share of the text; the shares
//! are about a third of what running text of that language shows (Sorani «ە» alone is ~8% of
//! letters, Urdu «ے» ~4%, Persian «پ چ ژ گ» together ~2%, Arabic «ة ى ك ي» ~9%).

/// What a character of the Arabic block (U+0600–U+06FF) says, by its low byte: not a letter,
/// a letter of every language, or one of the tells below. A table, because detection reads
/// every letter of the sample and a chain of comparisons per letter was most of its time.
const NOT_LETTER: u8 = 0;
const LETTER: u8 = 1;
const KURDISH: u8 = 2;
const URDU: u8 = 3;
const PERSIAN: u8 = 4;
const PERSIAN_KAF_YEH: u8 = 5;
const ARABIC: u8 = 6;
/// Counted as Arabic too.
const TEH_MARBUTA: u8 = 7;

const fn class(c: char) -> u8 {
    if !super::is_arabic_block_letter(c) {
        return NOT_LETTER;
    }
    match c {
        'ڕ' | 'ڵ' | 'ۆ' | 'ێ' | 'ە' => KURDISH,
        'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' | 'ۃ' => URDU,
        'پ' | 'چ' | 'ژ' | 'گ' => PERSIAN,
        'ک' | 'ی' => PERSIAN_KAF_YEH,
        'ة' => TEH_MARBUTA,
        'ى' | 'ك' | 'ي' => ARABIC,
        _ => LETTER,
    }
}

static CLASSES: [u8; 256] = {
    let mut table = [NOT_LETTER; 256];
    let mut low = 0;
    while low < 256 {
        if let Some(c) = char::from_u32(0x0600 + low as u32) {
            table[low] = class(c);
        }
        low += 1;
    }
    table
};

/// Letters of the Arabic blocks, by [`class`]: `counts[LETTER]` holds every one.
#[derive(Default)]
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) struct Letters {
    counts: [u32; 8],
}

impl Letters {
    /// Counts `n` occurrences of U+0600 + `low` if it is a letter, and says whether it is.
    pub(super) fn add_arabic_block(&mut self, low: u8, n: u32) -> bool {
        let class = CLASSES.get(usize::from(low)).copied().unwrap_or(NOT_LETTER);
        if class == NOT_LETTER {
            return false;
        }
        self.bump(LETTER, n);
        if class != LETTER {
            self.bump(class, n);
        }
        if class == TEH_MARBUTA {
            self.bump(ARABIC, n);
        }
        true
    }

    /// Counts a letter (not from the Arabic block's fast path) of any of the Arabic blocks;
    /// presentation forms are not counted.
    pub(super) fn add(&mut self, c: char) {
        match c {
            '\u{0600}'..='\u{06FF}' => {
                self.add_arabic_block((c as u32 & 0xFF) as u8, 1);
            }
            '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => self.bump(LETTER, 1),
            _ => {}
        }
    }

    fn bump(&mut self, class: u8, n: u32) {
        if let Some(count) = self.counts.get_mut(usize::from(class)) {
            *count += n;
        }
    }

    fn get(&self, class: u8) -> u32 {
        self.counts.get(usize::from(class)).copied().unwrap_or(0)
    }

    /// The language, once the text is known to be mostly Arabic script. Presentation forms
    /// («ﻻ») are not counted here: they carry no language's letters, only the shares shrink.
    pub(super) fn language(&self) -> Option<&'static str> {
        // n out of every thousand letters of the Arabic blocks.
        let per_mille = |class: u8| u64::from(self.get(class)) * 1000 / u64::from(self.get(LETTER).max(1));
        let (kurdish, urdu, persian) = (per_mille(KURDISH), per_mille(URDU), per_mille(PERSIAN));
        let (kaf_yeh, arabic) = (per_mille(PERSIAN_KAF_YEH), per_mille(ARABIC));
        if kurdish >= 20 && kurdish >= urdu {
            Some("ku")
        } else if urdu >= 15 {
            Some("ur")
        } else if (persian >= 7 || (kaf_yeh >= 30 && kaf_yeh > arabic)) && per_mille(TEH_MARBUTA) < 10 {
            // Persian typed on an Arabic keyboard has «ك ي» but still «پ چ ژ گ». Neither
            // decides against «ة», which is ~2.5% of Arabic letters and next to absent from
            // Persian: Iraqi news writes «گ» and «پ» in names, Arabic typed on a Persian
            // keyboard has «ی».
            Some("fa")
        } else if arabic >= 30 {
            Some("ar")
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_each_letters_tell() {
        let block = || ('\u{0600}'..='\u{06FF}').map(|c| (c, CLASSES[(c as u32 - 0x0600) as usize]));
        for (c, class) in block() {
            assert_eq!(class != NOT_LETTER, crate::lang::is_letter(c), "U+{:04X}", c as u32);
        }
        let tells = [
            (KURDISH, "ڕڵۆێە"),
            (URDU, "ٹڈڑںےہۃ"),
            (PERSIAN, "پچژگ"),
            (PERSIAN_KAF_YEH, "کی"),
            (ARABIC, "ىكي"),
            (TEH_MARBUTA, "ة"),
        ];
        for (class, letters) in tells {
            let with_class: String = block().filter(|&(_, k)| k == class).map(|(c, _)| c).collect();
            assert_eq!(with_class.chars().count(), letters.chars().count(), "{letters}");
            assert!(letters.chars().all(|c| with_class.contains(c)), "{letters}");
        }
    }

    #[test]
    fn teh_marbuta_is_also_arabic_and_every_letter_is_counted() {
        let mut letters = Letters::default();
        for c in ['ة', 'ي', 'ا', 'ە', '\u{0750}', 'ﻻ', '\u{060C}'] {
            letters.add(c);
        }
        assert_eq!(letters.counts, [0, 5, 1, 0, 0, 0, 2, 1]);
    }
}
