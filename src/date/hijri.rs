//! Hijri (Islamic) dates to Gregorian, by the arithmetic calendar.

use super::Date;

/// 1 Muharram 1 AH as days since 1970-01-01 (16 July 622 Julian = 19 July 622 Gregorian).
const EPOCH: i64 = -492_148;

/// The Gregorian date of a Hijri date, or `None` for an impossible one.
///
/// The calendar is the tabular Islamic calendar with the civil epoch (1 Muharram 1 AH =
/// Friday 16 July 622 Julian) and the common leap-year rule (years 2, 5, 7, 10, 13, 16, 18,
/// 21, 24, 26 and 29 of each 30-year cycle), which ICU calls "islamic-civil". It needs no
/// tables, so it costs nothing in the wasm. The calendars people date by, Saudi Umm al-Qura
/// or months begun by sighting the moon, can differ from it by one or two days: 1 Muharram
/// 1437 is 15 October 2015 here and 14 October in Umm al-Qura.
///
/// Day 30 is accepted in every month, as the day after the 29th: the tabular calendar gives
/// some months 29 days where the observed calendar gives them 30, and such dates are written.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let days = EPOCH - 1 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 29 * (m - 1) + m / 2 + d;
    Some(Date::from_days_since_epoch(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn greg(year: i32, month: u32, day: u32) -> String {
        hijri_to_gregorian(year, month, day).map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn the_epoch_is_16_july_622_julian() {
        assert_eq!(Date::new(622, 7, 19).map(Date::days_since_epoch), Some(EPOCH));
        assert_eq!(greg(1, 1, 1), "0622-07-19");
    }

    #[test]
    fn known_dates_convert_to_the_tabular_day() {
        // Tabular results, checked against ICU's "islamic-civil" calendar (Intl in Node);
        // Umm al-Qura, from ICU's "islamic-umalqura", in a comment.
        assert_eq!(greg(1436, 9, 1), "2015-06-18"); // 1 Ramadan 1436: Umm al-Qura the same.
        assert_eq!(greg(1437, 1, 1), "2015-10-15"); // 1 Muharram 1437: Umm al-Qura 14 October.
        assert_eq!(greg(1438, 11, 23), "2017-08-16"); // Umm al-Qura 15 August 2017.
        assert_eq!(greg(1420, 1, 1), "1999-04-17"); // Umm al-Qura the same.
        assert_eq!(greg(1445, 9, 1), "2024-03-11"); // Umm al-Qura the same.
        assert_eq!(greg(1446, 1, 1), "2024-07-08"); // Umm al-Qura 7 July 2024.
    }

    #[test]
    fn years_are_354_or_355_days_and_months_follow_each_other() {
        for year in 1300..1500 {
            let start = hijri_to_gregorian(year, 1, 1).unwrap().days_since_epoch();
            let next = hijri_to_gregorian(year + 1, 1, 1).unwrap().days_since_epoch();
            let leap = (14 + 11 * year).rem_euclid(30) < 11;
            assert_eq!(next - start, if leap { 355 } else { 354 }, "{year}");
            for month in 1..12u32 {
                let len = hijri_to_gregorian(year, month + 1, 1).unwrap().days_since_epoch()
                    - hijri_to_gregorian(year, month, 1).unwrap().days_since_epoch();
                assert_eq!(len, if month % 2 == 1 { 30 } else { 29 }, "{year}-{month}");
            }
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        for (y, m, d) in [(1438, 0, 1), (1438, 13, 1), (1438, 1, 0), (1438, 1, 31), (0, 1, 1), (10_000, 1, 1)] {
            assert_eq!(hijri_to_gregorian(y, m, d), None, "{y}-{m}-{d}");
        }
    }
}
