//! Document dates against `tests/data/dates.tsv` (its header explains the columns), the
//! policies of `find_in_text` on whole articles, the seed articles when present, and
//! properties over arbitrary strings.

use marsad::date::{find_in_text, parse_field, Calendar};

const DATA: &str = include_str!("data/dates.tsv");

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t").replace("{RLM}", "\u{200F}").replace("{NBSP}", "\u{A0}")
}

#[test]
fn every_case_in_the_data_file_holds() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (i, line) in DATA.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert!(cells.len() >= 4, "line {i}: expected function, input, expected, match: {line:?}");
        let (function, input, expected, matched) = (cells[0], unescape(cells[1]), cells[2], unescape(cells[3]));
        count += 1;
        let got = match function {
            "field" => parse_field(&input).map_or("-".to_owned(), |d| d.to_string()),
            "text" => match find_in_text(&input) {
                None => "-".to_owned(),
                Some(t) => {
                    let span = input.get(t.start..t.end).unwrap_or("<not a char boundary>");
                    if span != matched {
                        failures.push(format!("line {i} {input:?}: matched {span:?}, expected {matched:?}"));
                    }
                    let hijri = if t.calendar == Calendar::Hijri { " hijri" } else { "" };
                    format!("{}{hijri}", t.date)
                }
            },
            other => panic!("line {i}: unknown function «{other}»"),
        };
        if got != expected {
            failures.push(format!("line {i} {function} {input:?}: expected {expected}, got {got}"));
        }
    }
    assert!(count > 150, "only {count} cases read");
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// A paragraph of article body, 300-odd bytes, with no date in it.
const BODY: &str = "وقالت مصادر محلية إن الاشتباكات تواصلت في الأحياء الغربية من المدينة طوال الليل، \
    وإن عشرات العائلات نزحت نحو المخيمات القريبة بحثا عن مأوى آمن بعيدا عن القصف.\n";

fn found(text: &str) -> Option<String> {
    find_in_text(text).map(|t| t.date.to_string())
}

#[test]
fn a_date_in_prose_counts_only_near_the_top() {
    let event = "وكانت المدينة قد سقطت في 10 حزيران 2014 بيد التنظيم.\n";
    assert_eq!(found(&format!("عنوان\n{event}{BODY}")).as_deref(), Some("2014-06-10"));
    let deep = format!("عنوان\n{}{event}{BODY}", BODY.repeat(6));
    assert!(deep.find("10 حزيران").unwrap() > 1500);
    assert_eq!(found(&deep), None);
}

#[test]
fn a_dateline_wins_over_prose_near_the_top_and_counts_anywhere() {
    let text = format!("عنوان\nسقطت المدينة في 10 حزيران 2014.\n{BODY}الثلاثاء 15 أغسطس 2017 / 13:26\n{BODY}");
    assert_eq!(found(&text).as_deref(), Some("2017-08-15"));
    let text = format!("عنوان\n{}آخر تحديث: 16 أغسطس 2017\n", BODY.repeat(8));
    let date = find_in_text(&text).unwrap();
    assert_eq!(date.date.to_string(), "2017-08-16");
    assert_eq!(&text[date.start..date.end], "16 أغسطس 2017");
    // Prose near the top is kept over a dateline far below it.
    let text = format!("سقطت المدينة في 10 حزيران 2014.\n{}آخر تحديث: 16 أغسطس 2017\n", BODY.repeat(8));
    assert_eq!(found(&text).as_deref(), Some("2014-06-10"));
}

#[test]
fn a_hijri_dateline_gives_way_to_the_gregorian_on_the_next_line() {
    let text = format!("عنوان\nالثلاثاء 23 ذو القعدة 1438 هـ\n15 أغسطس 2017 م\n{BODY}");
    let date = find_in_text(&text).unwrap();
    assert_eq!((date.date.to_string(), date.calendar), ("2017-08-15".to_owned(), Calendar::Gregorian));
    let text = format!("عنوان\n1 رمضان 1436 هـ\n{BODY}");
    assert_eq!(find_in_text(&text).map(|d| d.calendar), Some(Calendar::Hijri));
}

#[test]
fn a_date_across_the_edge_of_the_window_is_read_whole() {
    let text = format!("{}في 15 أغسطس 2017 قال", "ا".repeat(745));
    let date = find_in_text(&text).unwrap();
    assert!(date.start < 1500 && date.end > 1500);
    assert_eq!(date.date.to_string(), "2017-08-15");
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::*;
    use proptest::prelude::*;

    fn seed(prefix: &str) -> Option<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        let entry =
            std::fs::read_dir(&dir).ok()?.flatten().find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
        std::fs::read_to_string(entry.path()).ok()
    }

    #[test]
    fn the_seed_articles_get_their_dateline_and_no_invented_date() {
        let Some(text) = seed("002_") else {
            eprintln!("skipped: ../shared/seeds/002_*.txt is absent");
            return;
        };
        let date = find_in_text(&text).unwrap();
        assert_eq!(date.date.to_string(), "2017-08-15");
        assert_eq!(&text[date.start..date.end], "الثلاثاء 15 أغسطس 2017");
        // The others state no date of publication; 003 and 004 mention years and «أكتوبر 2016».
        for prefix in ["000_", "001_", "003_", "004_"] {
            match seed(prefix) {
                Some(text) => assert_eq!(find_in_text(&text), None, "seed {prefix}"),
                None => eprintln!("skipped: ../shared/seeds/{prefix}*.txt is absent"),
            }
        }
    }

    /// Text rich in what the date patterns look at: digits of three scripts, separators,
    /// month and weekday names, «هـ», marks, invisibles.
    fn datey() -> impl Strategy<Value = String> {
        let part = prop_oneof![
            proptest::string::string_regex("[0-9٠-٩۰-۹]{1,5}").unwrap(),
            proptest::string::string_regex("[ /.,:()\\-،\n\u{200F}\u{A0}]{1,2}").unwrap(),
            proptest::sample::select(vec![
                "أغسطس",
                "تشرين",
                "الأول",
                "ذو",
                "القعدة",
                "هـ",
                "م",
                "الثلاثاء",
                "août",
                "Sept",
                "1er",
                "th",
                "رمضان",
                "آب",
                "ربيع",
                "de",
                "من",
                "عام",
                "َ",
                "ـ",
            ])
            .prop_map(str::to_owned),
        ];
        proptest::collection::vec(part, 0..24).prop_map(|parts| parts.join(" "))
    }

    fn check(text: &str) {
        let _ = parse_field(text);
        if let Some(d) = find_in_text(text) {
            assert!(d.start < d.end, "{d:?}");
            assert!(text.get(d.start..d.end).is_some(), "{d:?} does not slice {text:?}");
        }
    }

    proptest! {
        #[test]
        fn never_panics_and_offsets_slice_any_string(text in any::<String>()) {
            check(&text);
        }

        #[test]
        fn never_panics_and_offsets_slice_date_like_text(text in datey()) {
            check(&text);
        }
    }
}
