//! Month and weekday names, in their Arabic (Egyptian/Gulf, Levantine/Iraqi, Maghrebi and
//! Hijri), English and French forms, matched after [`fold`] so spelling variants need no entry
//! of their own.

use std::sync::OnceLock;

use super::scan::Token;

/// Lower case without diacritics, tatweel or hamza seats, so that «أغسطس», «اغسطس» and
/// «أغسطسَ», or «Août» and «aout», are one word. Alif maqsura and ta marbuta fold to ya and
/// ha because sites write «جمادى الأولى»/«جمادي الاولي» and «جويلية»/«جويليه» both ways.
pub(super) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    // Arabic has no case: only other scripts pay for the general lower-casing table.
    let plain = |c: char| c.is_ascii() || ('\u{0600}'..='\u{06FF}').contains(&c);
    let lowered = word.chars().flat_map(|c| {
        let (fast, slow) =
            if plain(c) { (Some(c.to_ascii_lowercase()), None) } else { (None, Some(crate::case::lowercase(c))) };
        fast.into_iter().chain(slow.into_iter().flatten())
    });
    for c in lowered {
        match c {
            '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'à' | 'â' => out.push('a'),
            'û' | 'ù' | 'ü' => out.push('u'),
            'ô' => out.push('o'),
            'î' | 'ï' => out.push('i'),
            'ç' => out.push('c'),
            c => out.push(c),
        }
    }
    out
}

/// Folded names of each month, January first, separated by `|`; two-word names have one
/// space. Per month: Egyptian and Gulf (with Moroccan spellings), Levantine and Iraqi (with
/// and without the article), Maghrebi, English, French. One string per month rather than a
/// table of pairs, because in the wasm a table of string slices costs more than its text.
const GREGORIAN: [&str; 12] = [
    "يناير|كانون الثاني|كانون ثاني|جانفي|january|jan|janvier|janv",
    "فبراير|شباط|فيفري|february|feb|fevrier|fevr",
    "مارس|اذار|march|mar|mars",
    "ابريل|نيسان|افريل|april|apr|avril|avr",
    "مايو|ايار|ماي|may|mai",
    "يونيو|يونيه|حزيران|جوان|june|jun|juin",
    "يوليو|يوليه|يوليوز|تموز|جويليه|july|jul|juillet|juil",
    "اغسطس|غشت|اب|اوت|august|aug|aout",
    "سبتمبر|شتنبر|ايلول|september|sept|sep|septembre",
    "اكتوبر|تشرين الاول|تشرين اول|october|oct|octobre",
    "نوفمبر|نونبر|تشرين الثاني|تشرين ثاني|november|nov|novembre",
    "ديسمبر|دجنبر|كانون الاول|كانون اول|december|dec|decembre",
];

const HIJRI: [&str; 12] = [
    "محرم|المحرم",
    "صفر",
    "ربيع الاول|ربيع اول",
    "ربيع الثاني|ربيع الاخر|ربيع ثاني",
    "جمادي الاولي|جمادي الاول",
    "جمادي الاخره|جمادي الثانيه|جمادي الاخر|جمادي الثاني",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعده|ذي القعده|ذا القعده",
    "ذو الحجه|ذي الحجه|ذا الحجه",
];

/// Monday first, as ISO numbers them; Arabic names with and without the article.
const WEEKDAYS: [&str; 7] = [
    "الاثنين|اثنين|monday|mon|lundi",
    "الثلاثاء|ثلاثاء|tuesday|tue|tues|mardi",
    "الاربعاء|اربعاء|wednesday|wed|mercredi",
    "الخميس|خميس|thursday|thu|thur|thurs|jeudi",
    "الجمعه|جمعه|friday|fri|vendredi",
    "السبت|سبت|saturday|sat|samedi",
    "الاحد|احد|sunday|sun|dimanche",
];

/// A name of the tables above: `code` 1–12 for Gregorian months, 13–24 for Hijri months,
/// 25–31 for weekdays; `second` is the second word of a two-word name, or empty.
struct Name {
    first: &'static str,
    second: &'static str,
    code: u32,
}

/// Every name, sorted by first word and built on first use: a scan looks up most words of
/// a text's top, and a binary search made scanning ten times faster than reading the tables.
fn index() -> &'static [Name] {
    static INDEX: OnceLock<Vec<Name>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<Name> = Vec::new();
        for (code, names) in (1..).zip(GREGORIAN.iter().chain(&HIJRI).chain(&WEEKDAYS)) {
            for name in names.split('|') {
                let (first, second) = name.split_once(' ').unwrap_or((name, ""));
                // Inserting in place keeps a sort implementation out of the wasm.
                let at = index.partition_point(|n| n.first < first);
                index.insert(at, Name { first, second, code });
            }
        }
        index
    })
}

/// The names whose first word is `first`.
fn names(first: &str) -> impl Iterator<Item = &'static Name> + '_ {
    let index = index();
    let start = index.partition_point(|n| n.first < first);
    index.get(start..).unwrap_or_default().iter().take_while(move |n| n.first == first)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MonthName {
    pub number: u32,
    pub hijri: bool,
}

/// The month named at `tokens[i]` (one or two words), and the index after it. A name given
/// twice, as in «آب/أغسطس», «أغسطس (آب)» or «آب أغسطس», is consumed whole when both
/// spellings agree on the month.
pub(super) fn month_at(tokens: &[Token], i: usize) -> Option<(MonthName, usize)> {
    let (month, mut next) = single_month(tokens, i)?;
    let open = tokens.get(next).filter(|t| t.is_punct(&['/', '(', '-', '،', ','])).map(|_| 1).unwrap_or(0);
    if let Some((_, after)) = single_month(tokens, next + open).filter(|(m, _)| *m == month) {
        next = after;
        if tokens.get(next).is_some_and(|t| t.is_punct(&[')'])) {
            next += 1;
        }
    }
    Some((month, next))
}

fn single_month(tokens: &[Token], i: usize) -> Option<(MonthName, usize)> {
    let first = tokens.get(i)?.word()?;
    let second = tokens.get(i + 1).and_then(Token::word);
    let mut one_word = None;
    for name in names(first).filter(|n| n.code <= 24) {
        let month = MonthName { number: (name.code - 1) % 12 + 1, hijri: name.code > 12 };
        if name.second.is_empty() {
            one_word = Some((month, i + 1));
        } else if second == Some(name.second) {
            return Some((month, i + 2));
        }
    }
    one_word
}

/// The ISO weekday a folded word names.
pub(super) fn weekday(word: &str) -> Option<u32> {
    names(word).find(|n| n.code > 24 && n.second.is_empty()).map(|n| n.code - 24)
}

#[cfg(test)]
mod tests {
    use super::super::scan::all_folded;
    use super::*;

    fn month(text: &str) -> Option<(u32, bool, usize)> {
        month_at(&all_folded(text), 0).map(|(m, next)| (m.number, m.hijri, next))
    }

    #[test]
    fn spelling_variants_fold_to_one_name() {
        assert_eq!(fold("أغسطسَ"), "اغسطس");
        assert_eq!(fold("Août"), "aout");
        assert_eq!(fold("جمادى الأولى"), "جمادي الاولي");
        assert_eq!(fold("هـ"), "ه");
    }

    #[test]
    fn months_are_found_in_one_or_two_words_and_doubled_names() {
        assert_eq!(month("أغسطس"), Some((8, false, 1)));
        assert_eq!(month("تشرين الأول"), Some((10, false, 2)));
        assert_eq!(month("تشرين"), None);
        assert_eq!(month("آب/أغسطس 2017"), Some((8, false, 3)));
        assert_eq!(month("أغسطس (آب) 2017"), Some((8, false, 4)));
        assert_eq!(month("آب/أيلول"), Some((8, false, 1)));
        assert_eq!(month("ذي الحجة"), Some((12, true, 2)));
        assert_eq!(month("Sept."), Some((9, false, 1)));
    }

    #[test]
    fn weekdays_with_or_without_the_article() {
        assert_eq!(weekday(&fold("الإثنين")), Some(1));
        assert_eq!(weekday(&fold("جمعة")), Some(5));
        assert_eq!(weekday("tue"), Some(2));
        assert_eq!(weekday("ال"), None);
    }
}
