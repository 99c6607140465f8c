//! The normalisation pipeline against `tests/data/normalise.tsv` (its header explains the
//! columns). Data rather than code, so that linguists can add cases without writing Rust.

use marsad::normalise::{steps, NormaliseOptions};

const DATA: &str = include_str!("data/normalise.tsv");

struct Case {
    line: usize,
    options: String,
    input: String,
    expected: String,
}

fn unescape(s: &str, line: usize) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let rest = chars.as_str();
                let end = rest.find('}').unwrap_or_else(|| panic!("line {line}: unterminated \\u{{…}}"));
                let hex = rest.get(1..end).unwrap_or("");
                let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                out.push(c.unwrap_or_else(|| panic!("line {line}: bad escape \\u{{{hex}}}")));
                chars = rest[end + 1..].chars();
            }
            other => panic!("line {line}: unknown escape \\{other:?}"),
        }
    }
    out
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (i, line) in DATA.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(fields.len() >= 3, "line {}: expected options, input, expected: {line:?}", i + 1);
        cases.push(Case {
            line: i + 1,
            options: fields[0].to_owned(),
            input: unescape(fields[1], i + 1),
            expected: unescape(fields[2], i + 1),
        });
    }
    cases
}

fn options(spec: &str, line: usize) -> NormaliseOptions {
    let (mut options, id, on) = match spec.split_at(spec.len().min(1)) {
        _ if spec == "default" => return NormaliseOptions::default(),
        ("-", id) => (NormaliseOptions::default(), id, false),
        ("+", id) => (NormaliseOptions::default(), id, true),
        _ => (NormaliseOptions::none(), spec, true),
    };
    assert!(options.set(id, on), "line {line}: unknown step «{id}»");
    options
}

#[test]
fn every_case_in_the_data_file_holds() {
    let mut failures = Vec::new();
    for case in cases() {
        let options = options(&case.options, case.line);
        let got = options.normalise(&case.input);
        if got != case.expected {
            failures.push(format!(
                "line {} [{}] {:?}: expected {:?}, got {:?}",
                case.line, case.options, case.input, case.expected, got
            ));
        }
        let again = options.normalise(&got);
        if again != got {
            failures.push(format!("line {} [{}]: not idempotent: {:?} → {:?}", case.line, case.options, got, again));
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_step_has_cases_of_its_own() {
    let cases = cases();
    for step in steps() {
        let n = cases.iter().filter(|c| c.options == step.id).count();
        assert!(n >= 2, "step {} has {n} case(s) with only it enabled; add some to tests/data/normalise.tsv", step.id);
    }
}
