//! The shapes a written date takes, matched over tokens: «15 أغسطس 2017», «July 21, 2015»,
//! «15/08/2017», «2017-08-15», «23 ذو القعدة 1438 هـ», each optionally after a weekday.
//!
//! Every shape needs a day, a month and a four-digit year: a month and year alone
//! («أكتوبر 2016») names no day a timeline could place a document on, and in articles it is
//! almost always an event's date, not the article's.
//!
//! Numeric dates are read day/month/year, as Arabic, French and British writers write them;
//! only when that reading is impossible and month/day/year is not («07/21/2015») is the
//! American order taken. A weekday written before the date breaks the tie when both readings
//! are possible and only one falls on that weekday.

use super::hijri::hijri_to_gregorian;
use super::months::{month_at, weekday, MonthName};
use super::scan::{Kind, Token};
use super::text::Calendar;
use super::Date;

/// A date found in a run of tokens; offsets are those of the tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub date: Date,
    pub start: usize,
    pub end: usize,
    pub calendar: Calendar,
}

/// Gregorian years a document can plausibly carry, and the Hijri years of the same span.
const GREGORIAN_YEARS: std::ops::RangeInclusive<u32> = 1800..=2099;
const HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1200..=1530;

/// Words allowed between a day and its month: «15 من أغسطس», «15th of August».
const BEFORE_MONTH: &[&str] = &["من", "شهر", "of"];
/// Words allowed between a month and its year: «أغسطس من عام 2017», «أغسطس، سنة 2017».
const BEFORE_YEAR: &[&str] = &["من", "عام", "العام", "لعام", "سنه", "لسنه", "السنه"];
const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "eme"];
const GREGORIAN_ERA: &[&str] = &["م", "ميلادي", "ميلاديه", "ad", "ce"];
const HIJRI_ERA: &[&str] = &["ه", "هجري", "هجريه", "ah"];

/// Every date in `tokens`, in order, none overlapping.
pub(super) fn scan(tokens: &[Token]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match date_at(tokens, i) {
            Some((f, next)) => {
                found.push(f);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

fn date_at(t: &[Token], i: usize) -> Option<(Found, usize)> {
    // Name lookups are the costly part of a scan, so a word is looked up only when a number
    // follows closely enough to make it a date's weekday or month.
    let number_soon = |from: usize| t.iter().skip(from).take(3).any(|x| x.number().is_some());
    let wd = t.get(i).and_then(Token::word).filter(|_| number_soon(i + 1)).and_then(weekday);
    let mut j = i;
    if wd.is_some() {
        j += 1;
        j += usize::from(t.get(j).is_some_and(|p| p.is_punct(&[',', '،', '-', '–'])));
    }
    let (mut date, calendar, next) =
        numeric(t, j, wd).or_else(|| day_month_year(t, j)).or_else(|| month_day_year(t, j))?;
    if let (Some(w), Calendar::Hijri) = (wd, calendar) {
        // The weekday pins the day the observed calendar meant, within the tabular error.
        if let Some(fix) = [0, -1, 1, -2, 2].into_iter().map(|k| date.add_days(k)).find(|d| d.weekday() == w) {
            date = fix;
        }
    }
    let start = t.get(i)?.start;
    let end = t.get(next.checked_sub(1)?)?.end;
    Some((Found { date, start, end, calendar }, next))
}

/// «15 أغسطس 2017», «1er août 2015», «15th of August, 2017», «23 ذو القعدة 1438 هـ».
fn day_month_year(t: &[Token], i: usize) -> Option<(Date, Calendar, usize)> {
    let (day, mut k) = day_at(t, i)?;
    k = skip_words(t, k, BEFORE_MONTH, 2);
    let (month, k) = month_at(t, k)?;
    let k = skip_fillers(t, k);
    year_and_era(t, k, month, day)
}

/// «July 21, 2015», «Aug. 15th 2017».
fn month_day_year(t: &[Token], i: usize) -> Option<(Date, Calendar, usize)> {
    // The day follows the month's one or two words, or a full stop, or a doubled name: a word
    // with no number three tokens on is not looked up, which keeps long texts fast.
    t.get(i)?.word()?;
    t.iter().skip(i + 1).take(3).find(|x| x.number().is_some())?;
    let (month, mut k) = month_at(t, i)?;
    k += usize::from(t.get(k).is_some_and(|p| p.is_punct(&['.'])));
    let (day, k) = day_at(t, k)?;
    let k = skip_fillers(t, k);
    year_and_era(t, k, month, day)
}

/// A day number of one or two digits, with an ordinal suffix written against it.
fn day_at(t: &[Token], i: usize) -> Option<(u32, usize)> {
    let token = t.get(i)?;
    let (day, _) = token.number().filter(|&(d, n)| n <= 2 && (1..=31).contains(&d))?;
    let ordinal = t.get(i + 1).filter(|o| o.start == token.end && o.word().is_some_and(|w| ORDINALS.contains(&w)));
    Some((day, i + 1 + usize::from(ordinal.is_some())))
}

fn skip_words(t: &[Token], mut k: usize, words: &[&str], most: usize) -> usize {
    for _ in 0..most {
        if t.get(k).and_then(Token::word).is_some_and(|w| words.contains(&w)) {
            k += 1;
        }
    }
    k
}

/// Commas, an abbreviation's full stop and the connecting words before a year.
fn skip_fillers(t: &[Token], mut k: usize) -> usize {
    for _ in 0..3 {
        let filler = t
            .get(k)
            .is_some_and(|x| x.is_punct(&[',', '،', '.']) || x.word().is_some_and(|w| BEFORE_YEAR.contains(&w)));
        k += usize::from(filler);
    }
    k
}

/// The year at `t[k]` with an optional era word, checked against the month's calendar.
fn year_and_era(t: &[Token], k: usize, month: MonthName, day: u32) -> Option<(Date, Calendar, usize)> {
    let (year, digits) = t.get(k)?.number()?;
    if digits != 4 {
        return None;
    }
    let era = t.get(k + 1).and_then(Token::word);
    let next = k + 1 + usize::from(era.is_some_and(|w| GREGORIAN_ERA.contains(&w) || HIJRI_ERA.contains(&w)));
    let (date, calendar) = if month.hijri {
        (hijri(year, month.number, day)?, Calendar::Hijri)
    } else {
        (gregorian(year, month.number, day)?, Calendar::Gregorian)
    };
    Some((date, calendar, next))
}

/// «15/08/2017», «15-8-2017», «15.08.2017», «2017-08-15», «2017/8/15», and Hijri ones such
/// as «23/11/1438هـ» when the era is written. The parts must touch their separators, and the
/// whole must not continue into more digits, so phone and reference numbers do not match.
fn numeric(t: &[Token], i: usize, wd: Option<u32>) -> Option<(Date, Calendar, usize)> {
    let parts = t.get(i..i + 5)?;
    let [a, s1, b, s2, c] = parts else { return None };
    let sep = match s1.kind {
        Kind::Punct(sep @ ('/' | '-' | '.')) => sep,
        _ => return None,
    };
    if !s2.is_punct(&[sep]) || !parts.windows(2).all(|w| w.first().map(|x| x.end) == w.get(1).map(|y| y.start)) {
        return None;
    }
    let before = i.checked_sub(2).and_then(|k| t.get(k..i));
    let after = t.get(i + 5..i + 7);
    if before.is_some_and(|p| chained(p, a.start)) || after.is_some_and(|p| chained(p, c.end)) {
        return None;
    }
    let ((a, na), (b, nb), (c, nc)) = (a.number()?, b.number()?, c.number()?);
    let era = t.get(i + 5).and_then(Token::word);
    let hijri_era = era.is_some_and(|w| HIJRI_ERA.contains(&w));
    let next = i + 5 + usize::from(hijri_era || era.is_some_and(|w| GREGORIAN_ERA.contains(&w)));
    let (year, month, day) = match (na, nb, nc) {
        (4, 1..=2, 1..=2) => (a, b, c),
        (1..=2, 1..=2, 4) => (c, b, a),
        _ => return None,
    };
    if hijri_era {
        return Some((hijri(year, month, day)?, Calendar::Hijri, next));
    }
    let dmy = gregorian(year, month, day);
    let mdy = if na == 4 { None } else { gregorian(year, day, month) };
    let on_weekday = |d: Option<Date>| wd.is_some() && d.map(Date::weekday) == wd;
    let date = match (dmy, mdy) {
        (Some(_), Some(m)) if on_weekday(mdy) && !on_weekday(dmy) => m,
        (Some(d), _) | (None, Some(d)) => d,
        (None, None) => return None,
    };
    Some((date, Calendar::Gregorian, next))
}

/// Whether two tokens are a number and a separator glued to each other and to `edge`, the
/// date's first or last byte: «07-12-2015» inside «964-07-12-2015» is a phone number.
fn chained(pair: &[Token], edge: usize) -> bool {
    let [x, y] = pair else { return false };
    let touching = x.end == y.start && (y.end == edge || x.start == edge);
    let sep = ['/', '-', '.', ':'];
    touching && ((x.number().is_some() && y.is_punct(&sep)) || (x.is_punct(&sep) && y.number().is_some()))
}

fn gregorian(year: u32, month: u32, day: u32) -> Option<Date> {
    let year = i32::try_from(year).ok().filter(|_| GREGORIAN_YEARS.contains(&year))?;
    Date::new(year, month, day)
}

fn hijri(year: u32, month: u32, day: u32) -> Option<Date> {
    let year = i32::try_from(year).ok().filter(|_| HIJRI_YEARS.contains(&year))?;
    hijri_to_gregorian(year, month, day)
}
