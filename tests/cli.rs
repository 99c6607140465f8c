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

#[test]
fn ngrams_collocates_and_keyness_print_tables() {
    let (out, _, _) = marsad(&["ngrams", "--limit", "5", CORPUS]);
    // «معركة الموصل» twice in one document; «إعادة الإعمار» merged with «إعادة إعمار».
    assert!(out.lines().any(|l| l.starts_with("معركة الموصل\tمعركه موصل\t2\t1")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("إعادة إعمار\tاعاده اعمار\t2\t2")), "{out}");
    let (out, _, _) = marsad(&["collocates", "الموصل", "--min-count", "2", "--json", CORPUS]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v.as_array().unwrap().iter().any(|c| c["key"] == "احياء" && c["together"] == 2), "{out}");
    let (out, err, _) = marsad(&["keyness", "--from", "2021-03-01", "--to", "2021-04-01", "--min-count", "2", CORPUS]);
    assert!(out.lines().any(|l| l.starts_with("الجيش\tجيش\t3\t0\t")), "{out}");
    assert!(err.contains("target 2 documents (98 tokens) against 3 documents (63 tokens)"), "{err}");
}

#[test]
fn every_format_in_a_folder_is_read_and_dated() {
    let (out, err, code) = marsad(&["dates", "--csv", "tests/fixtures/formats"]);
    assert_eq!(code, 1, "some fixtures are broken on purpose");
    assert!(err.contains("lines.jsonl › line 4: invalid JSON"), "{err}");
    let row = out.lines().find(|l| l.contains("article.html")).unwrap();
    assert!(row.contains(",2017-07-10,html-meta,high,json-ld datePublished,"), "{row}");
    let (out, _, _) = marsad(&["dups", "tests/fixtures/dups"]);
    let rows: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(rows[0].starts_with("1\tkept\t") && rows[0].contains("rewrite-ar.txt"), "{out}");
    assert!(rows[1].starts_with("1\tcopy\t") && rows[1].contains("wire-ar.txt"), "{out}");
}

#[test]
fn timeline_analysis_is_the_chart_file_the_page_exports() {
    let (out, _, _) = marsad(&["timeline", "الموصل", "--analysis", "--bucket", "month", CORPUS]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["marsad"].as_u64(), v["bucket"].as_str(), v["measure"].as_str()),
        (Some(1), Some("month"), Some("count"))
    );
    let series = &v["series"][0];
    assert_eq!(series["key"], "موصل");
    // The same fields as www/analysis.js writes, and nothing more: no document text.
    let point = series["points"][0].as_object().unwrap();
    assert_eq!(point.keys().collect::<Vec<_>>(), ["count", "docs", "start"]);
    let total: u64 = series["points"].as_array().unwrap().iter().map(|p| p["count"].as_u64().unwrap()).sum();
    assert_eq!(total + series["undatedCount"].as_u64().unwrap(), 12);
}
