//! The date of an article, found in its text. The policy is documented on [`find_in_text`].

use serde::Serialize;

use super::patterns::{scan, Found};
use super::scan::tokens;
use super::Date;

/// How much of the top of a text is searched for any date.
const WINDOW: usize = 1500;
/// A line is a dateline when, without the date, at most this many characters and words remain
/// (a time, «نشر في», «آخر تحديث», a city and an agency), and it does not end as a sentence does,
/// with a full stop: «سقطت المدينة في 10 حزيران 2014.» is short but is prose.
const DATELINE_REST: usize = 40;
const DATELINE_WORDS: usize = 4;
/// Longer lines below the window cannot be datelines and are not scanned.
const LONGEST_DATELINE: usize = 300;
/// How far after a Hijri date to look for the Gregorian date it is equated with.
const EQUIVALENT_WITHIN: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    Gregorian,
    Hijri,
}

/// A date found in a text. `date` is Gregorian whatever `calendar` the text wrote it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TextDate {
    pub date: Date,
    /// Byte offsets of the written date in the text, weekday included; on char boundaries.
    pub start: usize,
    pub end: usize,
    pub calendar: Calendar,
}

/// The date of the article `text`, if it states one.
///
/// Where it looks: scraped articles carry their date at the top, under the title or in a
/// byline, so the first 1500 bytes are read first. A date there that stands on a line of its
/// own (a dateline: «الثلاثاء 15 أغسطس 2017 / 13:26») wins; failing one, the first date of any
/// kind there, which may be in the lead sentence. Below that only datelines count, because a
/// date in the body of an article is usually an event's («سقطت الموصل في 10 حزيران 2014»),
/// while a date alone on a line is the article's (an «updated» line, a byline at the end).
///
/// What it reads: a day, a month and a four-digit year, in the forms of `tests/data/dates.tsv`:
/// Arabic month names of the Egyptian and Gulf, Levantine and Iraqi, and Maghrebi calendars
/// (also doubled, «آب/أغسطس»), English and French names, numeric dates (day first; month first
/// only when that is the one possible reading, or the weekday written before it says so), ISO
/// dates, Hijri dates, digits in three scripts, an optional weekday before. A month and year
/// alone («أكتوبر 2016») is not a date here: it names no day to place a document on, and in
/// articles it is nearly always an event's. Years run 1800–2099 (1200–1530 AH). Two-digit
/// years are not read: «15/08/17» could be in any century and any order.
///
/// Hijri dates are converted by [`super::hijri_to_gregorian`]; when a weekday is written
/// with one, the date is moved (by up to two days) onto that weekday, which corrects the
/// tabular calendar towards the one the writer used. A Hijri date followed closely by a
/// Gregorian one («23 ذو القعدة 1438 هـ الموافق 15 أغسطس 2017») gives the Gregorian one.
pub fn find_in_text(text: &str) -> Option<TextDate> {
    let mut in_prose: Option<TextDate> = None;
    let mut offset = 0;
    for line in lines(text) {
        let start = offset;
        offset += line.len();
        let in_window = start < WINDOW;
        if !in_window && in_prose.is_some() {
            break;
        }
        if !in_window && line.len() > LONGEST_DATELINE {
            continue;
        }
        // A long first line is cut a little past the window so a date across the edge is whole.
        let scanned = if in_window { prefix(line, WINDOW + 100 - start) } else { line };
        if !may_hold_date(scanned) {
            continue;
        }
        for found in scan(&tokens(scanned)) {
            let date = at(found, start);
            if is_dateline(line, &found) {
                return Some(prefer_gregorian(text, date));
            }
            if in_window && date.start < WINDOW && in_prose.is_none() {
                in_prose = Some(date);
            }
        }
    }
    in_prose.map(|date| prefer_gregorian(text, date))
}

/// Every date in `text` in order, for callers that know the whole text is a date field.
pub(super) fn all_dates(text: &str) -> Vec<TextDate> {
    scan(&tokens(text)).into_iter().map(|found| at(found, 0)).collect()
}

fn at(found: Found, offset: usize) -> TextDate {
    TextDate { date: found.date, start: found.start + offset, end: found.end + offset, calendar: found.calendar }
}

fn is_dateline(line: &str, found: &Found) -> bool {
    let (Some(before), Some(date), Some(after)) =
        (line.get(..found.start), line.get(found.start..found.end), line.get(found.end..))
    else {
        return false;
    };
    let rest = line.trim().chars().count().saturating_sub(date.chars().count());
    let words =
        before.split_whitespace().chain(after.split_whitespace()).filter(|w| w.chars().any(char::is_alphabetic));
    let words = words.count();
    let sentence = words > 0 && line.trim_end().ends_with('.');
    rest <= DATELINE_REST && words <= DATELINE_WORDS && !sentence
}

/// A Hijri date is replaced by a Gregorian date written right after it.
fn prefer_gregorian(text: &str, date: TextDate) -> TextDate {
    if date.calendar == Calendar::Gregorian {
        return date;
    }
    let after = text.get(date.end..).map(|rest| prefix(rest, EQUIVALENT_WITHIN)).unwrap_or_default();
    let next = scan(&tokens(after)).into_iter().find(|f| f.calendar == Calendar::Gregorian);
    next.map_or(date, |found| at(found, date.end))
}

/// Whether `line` may hold a date: every date has a year of four digits and a day of one or
/// two, each a run of digits of its own (a number token), so most lines are skipped without
/// being tokenised, among them the many that name a year alone («في عام 2014»). Read as bytes:
/// an ASCII digit is one byte, an Arabic-Indic one D9 A0–A9 and an Extended Arabic-Indic one
/// DB B0–B9, and no other character's bytes look like either (lead bytes D9 and DB never appear
/// inside another character).
fn may_hold_date(line: &str) -> bool {
    let bytes = line.as_bytes();
    // Runs are followed from the first block of bytes that holds a digit: no run is cut, as
    // the block before holds none, and no digit is cut, as no block ends inside one (a block
    // holds the pairs that start in it).
    let Some(mut i) = first_digit_block(bytes) else { return false };
    let (mut run, mut year, mut day) = (0, false, false);
    loop {
        let b = bytes.get(i).copied();
        let wide = match b {
            Some(0xD9) => bytes.get(i + 1).is_some_and(|c| (0xA0..=0xA9).contains(c)),
            Some(0xDB) => bytes.get(i + 1).is_some_and(|c| (0xB0..=0xB9).contains(c)),
            _ => false,
        };
        if wide || b.is_some_and(|b| b.is_ascii_digit()) {
            run += 1;
            i += 1 + usize::from(wide);
            continue;
        }
        year |= run == 4;
        day |= (1..=2).contains(&run);
        if year && day {
            return true;
        }
        if b.is_none() {
            return false;
        }
        run = 0;
        i += 1;
    }
}

const BLOCK: usize = 32;

/// The lines of `text` with their line breaks, as `split_inclusive('\n')` gives them, found by
/// testing 32 bytes at a time without a branch: an article is read to its end when it has no
/// date at the top, and the byte-wise search was a third of the time of a scan.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let mut blocks = bytes.chunks_exact(BLOCK);
        let has_break = |block: &[u8]| block.iter().fold(0, |any, &b| any | u8::from(b == b'\n')) != 0;
        let from = blocks.position(has_break).map_or(bytes.len() - blocks.remainder().len(), |k| k * BLOCK);
        let end =
            bytes.get(from..).and_then(|b| b.iter().position(|&b| b == b'\n')).map_or(rest.len(), |i| from + i + 1);
        let (line, after) = rest.split_at_checked(end)?;
        rest = after;
        Some(line)
    })
}

/// The start of the first block of [`BLOCK`] bytes that holds a digit of any of the three
/// scripts, or of the pair of bytes of one. Most lines hold none, and this test, without
/// branches inside a block, is several times faster than following runs byte by byte.
fn first_digit_block(bytes: &[u8]) -> Option<usize> {
    let hit = |a: u8, b: u8| {
        u8::from(a.wrapping_sub(b'0') < 10)
            | (u8::from(a == 0xD9) & u8::from(b.wrapping_sub(0xA0) < 10))
            | (u8::from(a == 0xDB) & u8::from(b.wrapping_sub(0xB0) < 10))
    };
    let block = |(h, t): (&[u8], &[u8])| h.iter().zip(t).fold(0, |any, (&a, &b)| any | hit(a, b)) != 0;
    // Each byte with the one after it, and the last one alone.
    let heads = bytes.get(..bytes.len().saturating_sub(1)).unwrap_or_default();
    let tails = bytes.get(1..).unwrap_or_default();
    let (mut h, mut t) = (heads.chunks_exact(BLOCK), tails.chunks_exact(BLOCK));
    if let Some(k) = h.by_ref().zip(t.by_ref()).position(block) {
        return Some(k * BLOCK);
    }
    let rest = heads.len() - h.remainder().len();
    (block((h.remainder(), t.remainder())) || bytes.last().is_some_and(u8::is_ascii_digit)).then_some(rest)
}

/// The longest prefix of `s` of at most `len` bytes that ends on a char boundary.
fn prefix(s: &str, len: usize) -> &str {
    let mut end = len.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_needs_a_year_of_four_digits_and_a_day_of_one_or_two() {
        for (line, want) in [
            ("15 أغسطس 2017", true),
            ("١٥ أغسطس ٢٠١٧", true),
            ("2017-08-15", true),
            ("۲۰۱۷/۸/۱", true),
            ("2٠1۷ 5", true),
            ("۲۰۱۷", false),
            ("في عام 2014 قتل 1500", false),
            ("20170815 و 15", false),
            ("201 7", false),
            ("١٥/٠٨/١٧", false),
            ("13:26 — ٥٠٠ ريال", false),
            ("\u{0669}\u{066A}\u{0669}\u{0669}\u{0669} 1", false),
            ("ٹ ڑ ہ ۔ ۹۹۹", false),
            ("", false),
        ] {
            assert_eq!(may_hold_date(line), want, "{line}");
            let digit = line.char_indices().find(|&(_, c)| super::super::scan::digit(c).is_some());
            let block = first_digit_block(line.as_bytes());
            assert_eq!(block.is_some(), digit.is_some(), "{line}");
            assert!(block.zip(digit).is_none_or(|(b, (d, _))| b <= d && d < b + BLOCK), "{line}");
        }
    }

    #[test]
    fn digits_are_found_at_every_offset_and_lookalikes_are_not() {
        for digit in ["7", "٧", "۷"] {
            for pad in 0..80 {
                let arabic = format!("{}{}", "ب".repeat(pad / 2), "x".repeat(pad % 2));
                for before in ["x".repeat(pad), arabic] {
                    let line = format!("{before}{digit} نص");
                    let block = first_digit_block(line.as_bytes());
                    assert!(block.is_some_and(|b| b <= before.len() && before.len() < b + BLOCK), "{line}");
                    assert!(may_hold_date(&format!("{before}{} {digit}", digit.repeat(4))), "{line}");
                    assert!(!may_hold_date(&format!("{before}{} {digit}", digit.repeat(3))), "{line}");
                }
            }
        }
        for text in ["لا".repeat(40), "٪".repeat(40), "ۺ".repeat(40), "x".repeat(100)] {
            assert_eq!(first_digit_block(text.as_bytes()), None, "{text}");
        }
    }

    #[test]
    fn lines_are_split_after_each_line_break() {
        let long = format!("{}\n{}", "ب".repeat(40), "x".repeat(70));
        for text in
            ["", "\n", "a", "a\n", "\n\na\nb", "a\r\nb\n\n", long.as_str(), &long.repeat(3), &format!("{long}\n")]
        {
            assert_eq!(lines(text).collect::<Vec<_>>(), text.split_inclusive('\n').collect::<Vec<_>>(), "{text:?}");
        }
    }
}
