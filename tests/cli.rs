//! The `marsad` binary: commands, formats, and partial failures, on the fixture corpus.

use std::process::Command;

fn marsad(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_marsad")).args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.code().unwrap_or(-1))
}

const CORPUS: &str = "tests/fixtures/corpus";

#[test]
fn timeline_prints_buckets_and_the_undated_row() {
    let (out, err, code) = marsad(&["timeline", "الموصل | Mosul", "--bucket", "month", CORPUS]);
    // broken.txt cannot be read: said on stderr, exit status 1, the rest counted.
    assert_eq!(code, 1);
    assert!(err.contains("broken.txt: not a text file"), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "start\tcount\tdocs\tdocs_with_term\ttokens\tvalue\tsmoothed\tthin");
    assert!(lines[1].starts_with("2021-03-01\t9\t2\t2\t98\t9\t"), "{}", lines[1]);
    assert!(lines[2].starts_with("2021-04-01\t6\t2\t2\t59\t6\t"), "{}", lines[2]);
    assert!(lines.last().unwrap().starts_with("undated\t"));
}

#[test]
fn kwic_writes_csv_with_quoted_cells_and_json() {
    let (out, _, _) = marsad(&["kwic", "«معركة الموصل»", "--csv", "--width", "10", CORPUS]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "document,date,left,hit,right,start,end");
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[1].ends_with(",,معركة الموصل, تدخل أسبو,0,23"), "{}", lines[1]);
    let (json, _, _) = marsad(&["kwic", "الموصل", "--json", "--limit", "2", "--sort", "left", CORPUS]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((v["total"].as_u64(), v["lines"].as_array().map(Vec::len)), (Some(12), Some(2)));
}

#[test]
fn freq_sorts_and_filters() {
    let (out, _, _) = marsad(&["freq", "--limit", "2", "--script", "latin", CORPUS]);
    let rows: Vec<Vec<&str>> = out.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.iter().map(|r| (r[0], r[2], r[3])).collect::<Vec<_>>(), [("Mosul", "4", "1"), ("city", "2", "1")]);
    let (json, _, _) = marsad(&["freq", "--json", "--min-count", "5", CORPUS]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let keys: Vec<&str> = v.as_array().unwrap().iter().map(|k| k["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["موصل"]);
}

#[test]
fn bad_arguments_and_queries_say_what_is_wrong() {
    let (_, err, code) = marsad(&["timeline", "\"معركة", CORPUS]);
    assert_eq!(code, 2);
    assert!(err.contains("never closed"), "{err}");
    let (_, err, code) = marsad(&["timeline", "x", "--bucket", "fortnight", CORPUS]);
    assert_eq!(code, 2);
    assert!(err.contains("fortnight"), "{err}");
    let (_, err, _) = marsad(&["kwic"]);
    assert!(err.contains("needs a QUERY"), "{err}");
}
