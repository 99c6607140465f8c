//! Arabic, Persian, Urdu and Sorani Kurdish, told apart by the letters each adds to the script.
//!
//! Each language has letters the others never or rarely write: Sorani «ڕ ڵ ۆ ێ ە», Urdu
//! «ٹ ڈ ڑ ں ے ہ», Persian «پ چ ژ گ» (Urdu and Sorani share them, so they are looked at after
//! those two), while Arabic writes «ة ى» and its own kaf and yeh «ك ي» where the others write
//! «ک ی». One occurrence proves nothing (an Arabic article names «گیلان», a Persian one quotes
//! «الله أكبر»), so each language needs its letters to make up a share of the text; the shares
//! are about a third of what running text of that language shows (Sorani «ە» alone is ~8% of
//! letters, Urdu «ے» ~4%, Persian «پ چ ژ گ» together ~2%, Arabic «ة ى ك ي» ~9%).

#[derive(Default)]
pub(super) struct Letters {
    all: u32,
    kurdish: u32,
    urdu: u32,
    persian: u32,
    persian_kaf_yeh: u32,
    arabic: u32,
    teh_marbuta: u32,
}

impl Letters {
    pub(super) fn add(&mut self, c: char) {
        let counter = match c {
            'ڕ' | 'ڵ' | 'ۆ' | 'ێ' | 'ە' => &mut self.kurdish,
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' | 'ۃ' => &mut self.urdu,
            'پ' | 'چ' | 'ژ' | 'گ' => &mut self.persian,
            'ک' | 'ی' => &mut self.persian_kaf_yeh,
            'ة' => {
                self.teh_marbuta += 1;
                &mut self.arabic
            }
            'ى' | 'ك' | 'ي' => &mut self.arabic,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => {
                self.all += 1;
                return;
            }
            _ => return,
        };
        *counter += 1;
        self.all += 1;
    }

    /// The language, once the text is known to be mostly Arabic script. Presentation forms
    /// («ﻻ») are not counted here: they carry no language's letters, only the shares shrink.
    pub(super) fn language(&self) -> Option<&'static str> {
        // n out of every thousand letters of the Arabic blocks.
        let per_mille = |n: u32| u64::from(n) * 1000 / u64::from(self.all.max(1));
        let (kurdish, urdu, persian) = (per_mille(self.kurdish), per_mille(self.urdu), per_mille(self.persian));
        let (kaf_yeh, arabic) = (per_mille(self.persian_kaf_yeh), per_mille(self.arabic));
        if kurdish >= 20 && kurdish >= urdu {
            Some("ku")
        } else if urdu >= 15 {
            Some("ur")
        } else if (persian >= 7 || (kaf_yeh >= 30 && kaf_yeh > arabic)) && per_mille(self.teh_marbuta) < 10 {
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
