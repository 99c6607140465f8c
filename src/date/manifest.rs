//! A user's manifest of file → date, for corpora whose dates are known outside the files.

use super::field::parse_field;
use super::Date;

/// Header names of the file column, the first one found wins.
const FILE_COLUMNS: &[&str] = &["file", "filename", "file_name", "name", "path", "ملف", "الملف", "اسم", "الاسم"];
const DATE_COLUMNS: &[&str] = &["date", "تاريخ", "التاريخ"];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    /// (file as written, date), in the manifest's order.
    pub entries: Vec<(String, Date)>,
    /// One message per line that could not be read, naming the line.
    pub errors: Vec<String>,
}

impl Manifest {
    /// The date for a document `name`: the entry whose file is exactly `name`, or failing
    /// that the one whose base name is `name`'s base name, so a manifest of bare names
    /// serves a folder upload («2017/a.txt») and vice versa. A base name given two different
    /// dates in different folders is ambiguous and matches nothing. Matching is
    /// case-sensitive, as on the file systems the corpora come from, where «A.txt» and
    /// «a.txt» are two files.
    pub fn lookup(&self, name: &str) -> Option<Date> {
        let name = name.strip_prefix("./").unwrap_or(name);
        if let Some((_, date)) = self.entries.iter().find(|(file, _)| file == name) {
            return Some(*date);
        }
        let base = base_name(name);
        let mut dates = self.entries.iter().filter(|(file, _)| base_name(file) == base).map(|&(_, d)| d);
        let first = dates.next()?;
        dates.all(|d| d == first).then_some(first)
    }
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Reads a manifest: a CSV or TSV of file → date (an export's index, a spreadsheet kept while
/// collecting). Dates are read by [`super::parse_field`].
///
/// The format is forgiving because people write it by hand or save it from a spreadsheet:
/// tab-, semicolon- or comma-separated (tried in that order on the first line, since dates
/// like «July 21, 2015» contain commas), double quotes as in RFC 4180, `#` comments, a
/// byte-order mark, and an optional header naming the columns `file` (or `name`, `path`,
/// `filename`, «ملف», «اسم») and `date` («تاريخ») in any order; without one, the file comes
/// first and the date second. One record per line: a quoted field cannot span lines. A bad
/// line is reported in `errors` («line 4: «31/02/2017» is not a date») and the others kept;
/// a file listed again with another date keeps its first.
pub fn parse_manifest(text: &str) -> Manifest {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut manifest = Manifest::default();
    let mut lines = text.lines().enumerate().map(|(i, line)| (i + 1, line)).filter(|(_, line)| {
        let line = line.trim();
        !line.is_empty() && !line.starts_with('#')
    });
    let Some((first_number, first)) = lines.next() else { return manifest };
    // Bytes, not `str::contains`, which would pull a substring searcher into the wasm.
    let separator = [b'\t', b';', b','].into_iter().find(|&c| first.bytes().any(|b| b == c)).map_or(',', char::from);
    let header = fields(first, separator);
    let column = |names: &[&str]| header.iter().position(|h| names.iter().any(|n| n.eq_ignore_ascii_case(h.trim())));
    let (file_column, date_column, data_start) = match (column(FILE_COLUMNS), column(DATE_COLUMNS)) {
        (Some(f), Some(d)) => (f, d, None),
        (None, None) => (0, 1, Some((first_number, first))),
        (f, _) => {
            let missing = if f.is_none() { "file (or name, path)" } else { "date" };
            manifest.errors.push(format!("line {first_number}: the header has no «{missing}» column"));
            return manifest;
        }
    };
    let mut lines_of: Vec<usize> = Vec::new(); // the line of each entry, for messages
    for (number, line) in data_start.into_iter().chain(lines) {
        let cells = fields(line, separator);
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let (file, value) = (cell(file_column), cell(date_column));
        let file = file.strip_prefix("./").unwrap_or(file);
        let result = if file.is_empty() {
            Err(format!("line {number}: no file name"))
        } else if value.is_empty() {
            Err(format!("line {number}: no date for «{file}»"))
        } else {
            parse_field(value).ok_or_else(|| match data_start {
                Some((n, _)) if n == number => format!(
                    "line {number}: «{value}» is not a date (a header needs columns named file, name or path, and date)"
                ),
                _ => format!("line {number}: «{value}» is not a date"),
            })
        };
        match result {
            Err(message) => manifest.errors.push(message),
            Ok(date) => match manifest.entries.iter().position(|(f, _)| f == file) {
                Some(i) if manifest.entries.get(i).is_some_and(|&(_, d)| d != date) => {
                    let earlier = lines_of.get(i).copied().unwrap_or_default();
                    manifest.errors.push(format!(
                        "line {number}: «{file}» already has a date on line {earlier}; this one is ignored"
                    ))
                }
                Some(_) => {}
                None => {
                    lines_of.push(number);
                    manifest.entries.push((file.to_owned(), date));
                }
            },
        }
    }
    manifest
}

/// The fields of one line, with RFC 4180 quoting («"a, b"», «"say ""hi"""»).
fn fields(line: &str, separator: char) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let Some(field) = out.last_mut() else { break };
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted || field.trim().is_empty() => quoted = !quoted,
            c if c == separator && !quoted => out.push(String::new()),
            c => field.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(m: &Manifest) -> Vec<(&str, String)> {
        m.entries.iter().map(|(f, d)| (f.as_str(), d.to_string())).collect()
    }

    #[test]
    fn a_csv_with_a_header_in_any_column_order() {
        let m = parse_manifest("\u{FEFF}Date,File\r\n2017-08-15,a.txt\r\n\"July 21, 2015\",\"b, final.txt\"\r\n");
        assert_eq!(dates(&m), [("a.txt", "2017-08-15".into()), ("b, final.txt", "2015-07-21".into())]);
        assert!(m.errors.is_empty(), "{:?}", m.errors);
    }

    #[test]
    fn a_tsv_without_a_header_and_with_arabic_dates() {
        let m = parse_manifest("# exported\n2017/a.txt\t15 أغسطس 2017\n\nb.txt\t21/07/2015\n");
        assert_eq!(dates(&m), [("2017/a.txt", "2017-08-15".into()), ("b.txt", "2015-07-21".into())]);
        let m = parse_manifest("path;date\nc.txt;July 21, 2015\n");
        assert_eq!(dates(&m), [("c.txt", "2015-07-21".into())]);
    }

    #[test]
    fn bad_lines_are_reported_and_the_others_kept() {
        let text = "file,date\na.txt,2017-08-15\nb.txt,31/02/2017\n,2017-01-01\nc.txt\na.txt,2017-08-16\na.txt,2017-08-15\nd.txt,2017-01-02\n";
        let m = parse_manifest(text);
        assert_eq!(dates(&m), [("a.txt", "2017-08-15".into()), ("d.txt", "2017-01-02".into())]);
        assert_eq!(
            m.errors,
            [
                "line 3: «31/02/2017» is not a date",
                "line 4: no file name",
                "line 5: no date for «c.txt»",
                "line 6: «a.txt» already has a date on line 2; this one is ignored",
            ]
        );
    }

    #[test]
    fn an_unknown_header_is_explained() {
        let m = parse_manifest("document,published\na.txt,2017-08-15\n");
        assert_eq!(dates(&m), [("a.txt", "2017-08-15".into())]);
        assert_eq!(
            m.errors,
            ["line 1: «published» is not a date (a header needs columns named file, name or path, and date)"]
        );
        let m = parse_manifest("file,when\na.txt,2017-08-15\n");
        assert_eq!(m.errors, ["line 1: the header has no «date» column"]);
        assert!(m.entries.is_empty());
        assert_eq!(parse_manifest(""), Manifest::default());
    }

    #[test]
    fn lookup_by_path_then_by_unambiguous_base_name() {
        let m = parse_manifest("x/a.txt,2017-01-01\ny/a.txt,2017-01-02\nz/b.txt,2017-01-03\nc.txt,2017-01-04\n");
        let found = |name: &str| m.lookup(name).map(|d| d.to_string());
        assert_eq!(found("y/a.txt").as_deref(), Some("2017-01-02"));
        assert_eq!(found("./y/a.txt").as_deref(), Some("2017-01-02"));
        assert_eq!(found("a.txt"), None, "two folders give a.txt different dates");
        assert_eq!(found("b.txt").as_deref(), Some("2017-01-03"));
        assert_eq!(found("other/c.txt").as_deref(), Some("2017-01-04"));
        assert_eq!(found("C.txt"), None, "case-sensitive");
        assert_eq!(found("d.txt"), None);
    }
}
