//! A date from a structured field: a CSV or JSON column, an HTML `<meta>` or `<time datetime>`,
//! JSON-LD's `datePublished`, a docx `dcterms:created`.

use super::text::{all_dates, Calendar};
use super::{number, Date};

/// Epoch timestamps are taken from 2001-09-09 (the first ten-digit second) to the end of 2099;
/// a nine-digit number is more likely an identifier than a date before 2001.
const LAST_EPOCH_SECOND: i64 = 4_102_444_799;

/// The calendar date a field states, or `None`.
///
/// Accepted: ISO 8601 dates and datetimes with or without a zone («2015-07-21»,
/// «2015-07-21T10:00:00+03:00», «2015-07-21 10:00:00», «20150721»), RFC 2822 («Tue, 21 Jul
/// 2015 10:00:00 +0300»), numeric dates day first («21/07/2015»; month first only when that
/// is the one possible reading, «07/21/2015»), every form [`super::find_in_text`] reads
/// (named months in Arabic, English and French, Hijri dates), and Unix timestamps of 10
/// digits (seconds) or 13 (milliseconds). When a field holds several dates, the first
/// Gregorian one is taken.
///
/// A datetime's date is taken as written, not shifted to UTC or to the reader's zone: an
/// article stamped «2015-07-21T23:30:00-05:00» was published on the 21st where it was
/// published, and its site shows the 21st. Shifting would move late-evening articles to the
/// next day and make the answer depend on where the analysis runs. «Z» is treated the same,
/// since the publisher's own zone is unknown. Only an epoch timestamp, which has no written
/// date, is read as UTC.
pub fn parse_field(value: &str) -> Option<Date> {
    let value = value.trim().trim_matches(['"', '\'']).trim();
    if let Some(date) = epoch(value).or_else(|| iso_prefix(value)).or_else(|| basic_iso(value)) {
        return Some(date);
    }
    let dates = all_dates(value);
    dates.iter().find(|d| d.calendar == Calendar::Gregorian).or(dates.first()).map(|d| d.date)
}

/// Ten digits are seconds, thirteen milliseconds, since 1970-01-01 UTC.
fn epoch(value: &str) -> Option<Date> {
    let n = value.bytes().try_fold(0i64, |n, b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0')))?;
    let seconds = match value.len() {
        10 => n,
        13 => n / 1000,
        _ => return None,
    };
    (seconds <= LAST_EPOCH_SECOND).then(|| Date::from_days_since_epoch(seconds.div_euclid(86_400)))
}

/// An ISO date at the start of the field, whatever follows: a time, or a zone straight after
/// the date as XML Schema writes it («2015-07-21-05:00»), which the text patterns would take
/// for a longer number. Years outside 1800–2099 are refused: «0001-01-01» is .NET's empty date.
fn iso_prefix(value: &str) -> Option<Date> {
    let date = Date::parse_iso(value.get(..10)?).filter(|d| (1800..=2099).contains(&d.year()))?;
    let rest = value.get(10..)?;
    (rest.is_empty() || rest.starts_with(['T', 't', ' ', 'Z', 'z', '+', '-'])).then_some(date)
}

/// ISO 8601's basic format, «20150721», optionally with a basic time («20150721T100000Z»).
fn basic_iso(value: &str) -> Option<Date> {
    let (date, time) = value.split_at_checked(8)?;
    if !time.is_empty() && !time.starts_with(['T', 't']) {
        return None;
    }
    let digits = date.as_bytes();
    let year = number(digits.get(0..4)?).filter(|y| (1800..=2099).contains(y))?;
    Date::new(i32::try_from(year).ok()?, number(digits.get(4..6)?)?, number(digits.get(6..8)?)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(value: &str) -> Option<String> {
        parse_field(value).map(|d| d.to_string())
    }

    #[test]
    fn epochs_of_ten_and_thirteen_digits() {
        assert_eq!(parsed("1437472800"), Some("2015-07-21".into()));
        assert_eq!(parsed("1437472800000"), Some("2015-07-21".into()));
        assert_eq!(parsed("1437436799"), Some("2015-07-20".into()), "the last second of a UTC day");
        assert_eq!(parsed("999999999"), None, "nine digits");
        assert_eq!(parsed("9999999999"), None, "after 2099");
        assert_eq!(parsed("14374728000"), None, "eleven digits");
    }

    #[test]
    fn basic_iso_needs_a_plausible_year() {
        assert_eq!(parsed("20150721"), Some("2015-07-21".into()));
        assert_eq!(parsed("20150721T100000Z"), Some("2015-07-21".into()));
        assert_eq!(parsed("12345678"), None);
        assert_eq!(parsed("20151321"), None);
    }
}
