//! Calendar dates of documents, and where each date came from.
//!
//! A timeline is only as good as its dates, so a date always carries its provenance: a date
//! read from the file name is a claim by whoever named the file, a file's modification time is
//! often just the day it was downloaded. The page shows the difference.

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

fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

/// Where a document's date came from, from most to least trustworthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// Supplied by the caller (a manifest, a user's edit).
    Given,
    /// An ISO date in the file name.
    FileName,
    /// The file's last-modified time: often the download date, so low confidence.
    LastModified,
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
}
