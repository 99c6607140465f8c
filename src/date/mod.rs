//! Calendar dates of documents, and where each date came from.
//!
//! A timeline is only as good as its dates, so a date always carries its provenance: a date
//! read from the file name is a claim by whoever named the file, a file's modification time is
//! often just the day it was downloaded. The page shows the difference.
//!
//! Dates are found in four places, one submodule each: a user's manifest ([`parse_manifest`]),
//! a structured field ([`parse_field`]), the text itself ([`find_in_text`]) and the file name
//! ([`Date::find_in_name`]). Hijri dates are converted by [`hijri_to_gregorian`].

mod field;
mod hijri;
mod manifest;
mod months;
mod patterns;
mod scan;
mod source;
mod text;

pub use field::parse_field;
pub use hijri::hijri_to_gregorian;
pub use manifest::{parse_manifest, Manifest};
pub use source::{Confidence, DateSource};
pub use text::{find_in_text, Calendar, TextDate};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A proleptic Gregorian calendar date. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let month8 = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day8 = u8::try_from(day).ok().filter(|&d| d >= 1 && d <= days_in_month(year, month8))?;
        Some(Date { year, month: month8, day: day8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(number(&b[0..4])? as i32, number(&b[5..7])?, number(&b[8..10])?)
    }

    /// Finds the first plausible `YYYY-MM-DD` (or `_`, `.` or no separator) in a file name,
    /// with years 1900–2099 and digits not part of a longer number.
    pub fn find_in_name(name: &str) -> Option<Date> {
        let b = name.as_bytes();
        (0..b.len()).find_map(|i| {
            if i > 0 && b[i - 1].is_ascii_digit() {
                return None;
            }
            let year = number(b.get(i..i + 4)?)?;
            if !(1900..=2099).contains(&year) {
                return None;
            }
            let sep = *b.get(i + 4)?;
            let (m, d, end) = if matches!(sep, b'-' | b'_' | b'.') {
                (b.get(i + 5..i + 7)?, b.get(i + 8..i + 10).filter(|_| b.get(i + 7) == Some(&sep))?, i + 10)
            } else {
                (b.get(i + 4..i + 6)?, b.get(i + 6..i + 8)?, i + 8)
            };
            if b.get(end).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            Date::new(year as i32, number(m)?, number(d)?)
        })
    }

    /// Days since 1970-01-01 (negative before), for arithmetic and chart axes.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    pub fn next_month(self) -> Date {
        match self.month {
            12 => Date { year: self.year + 1, month: 1, day: 1 },
            m => Date { month: m + 1, day: 1, ..self },
        }
    }

    /// The ISO weekday: 1 is Monday, 7 is Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u32 + 1
    }

    /// The Monday of this date's week. Weeks are ISO weeks (Monday first) even where the local
    /// week starts on Saturday or Sunday, so weekly buckets agree with spreadsheets and other tools.
    pub fn first_of_week(self) -> Date {
        self.add_days(1 - i64::from(self.weekday()))
    }

    /// The Monday of the following week, so that a timeline steps bucket by bucket.
    pub fn next_week(self) -> Date {
        self.first_of_week().add_days(7)
    }

    /// The first day of this date's quarter (1 January, 1 April, 1 July or 1 October).
    pub fn first_of_quarter(self) -> Date {
        Date { month: (self.month - 1) / 3 * 3 + 1, day: 1, ..self }
    }

    /// The first day of the following quarter.
    pub fn next_quarter(self) -> Date {
        self.first_of_quarter().next_month().next_month().next_month()
    }

    pub(crate) fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Dates cross APIs as `YYYY-MM-DD` strings, both ways.
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("«{s}» is not a YYYY-MM-DD date")))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub(super) fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_and_validate() {
        assert_eq!(Date::parse_iso("2017-08-15").map(|d| d.to_string()), Some("2017-08-15".into()));
        assert_eq!(Date::parse_iso("2016-02-29").map(|d| d.day()), Some(29));
        for bad in ["2017-02-29", "2017-13-01", "2017-00-10", "2017-8-15", "20170815", "abcd-ef-gh", ""] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_are_found_in_file_names() {
        let cases = [
            ("2017-08-15-mosul.txt", Some("2017-08-15")),
            ("report_2016_10_17.txt", Some("2016-10-17")),
            ("AFP-20170710-raqqa.txt", Some("2017-07-10")),
            ("doc.2015.07.21.html", Some("2015-07-21")),
            ("id123456789.txt", None),
            ("2017-02-30.txt", None),
            ("notes.txt", None),
            ("2017-0815.txt", None),
        ];
        for (name, want) in cases {
            assert_eq!(Date::find_in_name(name).map(|d| d.to_string()).as_deref(), want, "{name}");
        }
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        for days in (-800_000..800_000).step_by(997) {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days);
            assert_eq!(Date::new(d.year(), d.month(), d.day()), Some(d));
        }
    }

    #[test]
    fn months_advance_across_years() {
        let d = Date::new(2016, 12, 19).unwrap();
        assert_eq!(d.first_of_month().to_string(), "2016-12-01");
        assert_eq!(d.next_month().to_string(), "2017-01-01");
    }

    #[test]
    fn weekdays_and_weeks_are_iso() {
        let d = Date::new(2017, 8, 15).unwrap(); // a Tuesday
        assert_eq!(d.weekday(), 2);
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 4);
        assert_eq!(Date::new(2023, 1, 1).unwrap().weekday(), 7);
        assert_eq!(d.first_of_week().to_string(), "2017-08-14");
        assert_eq!(d.next_week().to_string(), "2017-08-21");
        // A week that starts in the previous year.
        let new_year = Date::new(2021, 1, 1).unwrap();
        assert_eq!(new_year.first_of_week().to_string(), "2020-12-28");
        assert_eq!(new_year.next_week().to_string(), "2021-01-04");
        let sunday = Date::new(2017, 8, 20).unwrap();
        assert_eq!(sunday.first_of_week().to_string(), "2017-08-14");
        for days in (-10_000..10_000).step_by(13) {
            let d = Date::from_days_since_epoch(days);
            let monday = d.first_of_week();
            assert_eq!(monday.weekday(), 1);
            assert!(monday <= d && d.days_since_epoch() - monday.days_since_epoch() < 7);
            assert_eq!(d.next_week().days_since_epoch() - monday.days_since_epoch(), 7);
        }
    }

    #[test]
    fn quarters_start_on_their_first_month() {
        let cases = [
            ("2017-01-01", "2017-01-01", "2017-04-01"),
            ("2017-03-31", "2017-01-01", "2017-04-01"),
            ("2017-04-01", "2017-04-01", "2017-07-01"),
            ("2017-08-15", "2017-07-01", "2017-10-01"),
            ("2017-12-31", "2017-10-01", "2018-01-01"),
        ];
        for (date, first, next) in cases {
            let d = Date::parse_iso(date).unwrap();
            assert_eq!(d.first_of_quarter().to_string(), first, "{date}");
            assert_eq!(d.next_quarter().to_string(), next, "{date}");
        }
    }
}
