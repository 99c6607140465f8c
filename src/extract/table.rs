//! CSV and TSV: a header row, then one document per row.
//!
//! Spreadsheet exports quote fields with line breaks and commas inside, which a line-by-line
//! split gets wrong; `csv-core` (no_std, a few KB) parses them as the RFC 4180 dialect does.

use csv_core::{ReadRecordResult, ReaderBuilder};

use super::records::Mapping;
use super::{decoded, failure, join, Format, Run};

impl Run<'_> {
    pub(super) fn table(&mut self, location: &str, bytes: &[u8], format: Format) {
        let (text, encoding, warnings) = match decoded(location, bytes) {
            Ok(d) => d,
            Err(f) => return self.out.failures.push(f),
        };
        let delimiter = if format == Format::Tsv { b'\t' } else { comma_or_semicolon(&text) };
        let mut rows = Rows::new(text.as_bytes(), delimiter);
        let Some((_, header)) = rows.next() else {
            return self.fail(location, "empty: no header row");
        };
        let names: Vec<&str> = header.iter().map(|n| n.trim()).collect();
        let before = self.out.len();
        let mapping = match Mapping::new(&names, &self.options.columns, "column") {
            Ok(m) => m,
            Err(message) => return self.fail(location, message),
        };
        for (line, row) in rows {
            if row.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let here = join(location, &format!("line {line}"));
            match mapping.item(here, &names, |i| row.get(i).cloned()) {
                Ok(mut item) => {
                    item.format = format;
                    item.encoding = encoding;
                    item.warnings.clone_from(&warnings);
                    if row.len() > names.len() {
                        item.warnings.push(format!("{} fields where the header has {}", row.len(), names.len()));
                    }
                    self.out.items.push(item);
                }
                Err(skipped) => self.out.skipped.push(skipped),
            }
        }
        if self.out.len() == before {
            self.out.failures.push(failure(location, "a header row but no rows"));
        }
    }
}

/// Some locales' spreadsheets export `;`-separated «CSV» because `,` is their decimal mark.
fn comma_or_semicolon(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.chars().filter(|&h| h == c).count();
    if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

/// The records of a CSV text, each as the line it starts on and its fields. Lines, not
/// record numbers, because a field with line breaks makes the two differ and an editor shows
/// lines.
struct Rows<'a> {
    reader: csv_core::Reader,
    input: &'a [u8],
    line: usize,
    done: bool,
}

impl<'a> Rows<'a> {
    fn new(input: &'a [u8], delimiter: u8) -> Self {
        Rows { reader: ReaderBuilder::new().delimiter(delimiter).build(), input, line: 1, done: false }
    }
}

impl Iterator for Rows<'_> {
    type Item = (usize, Vec<String>);

    fn next(&mut self) -> Option<(usize, Vec<String>)> {
        if self.done {
            return None;
        }
        // Blank lines between records are skipped by the reader; count them here.
        let blank = self.input.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
        let (skipped, rest) = self.input.split_at(blank);
        self.line += newlines(skipped);
        self.input = rest;
        let start = self.line;
        let mut out = vec![0u8; 1024];
        let mut ends = vec![0usize; 16];
        let (mut out_len, mut ends_len) = (0, 0);
        loop {
            let (result, read, written, ended) = self.reader.read_record(
                self.input,
                out.get_mut(out_len..).unwrap_or_default(),
                ends.get_mut(ends_len..).unwrap_or_default(),
            );
            let (consumed, rest) = self.input.split_at(read.min(self.input.len()));
            self.line += newlines(consumed);
            self.input = rest;
            out_len += written;
            ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    return Some((start, fields(&out, ends.get(..ends_len).unwrap_or_default())))
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return None;
                }
            }
        }
    }
}

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// Splits a record's bytes at its field ends. The input was UTF-8 and fields end at
/// delimiters (ASCII), so the fields are UTF-8 too; lossy conversion is only a safety net.
fn fields(out: &[u8], ends: &[usize]) -> Vec<String> {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let field = out.get(start..end).unwrap_or_default();
            start = end;
            String::from_utf8_lossy(field).into_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, delimiter: u8) -> Vec<Vec<String>> {
        Rows::new(text.as_bytes(), delimiter).map(|(_, fields)| fields).collect()
    }

    #[test]
    fn quoted_fields_keep_delimiters_quotes_and_line_breaks() {
        let rows = all("a,b\n\"x, \"\"y\"\"\",\"line 1\nline 2\"\r\nlast,\n", b',');
        assert_eq!(rows, [vec!["a", "b"], vec!["x, \"y\"", "line 1\nline 2"], vec!["last", ""]]);
    }

    #[test]
    fn rows_are_numbered_by_the_line_they_start_on() {
        let lines: Vec<usize> = Rows::new(b"h\r\n\"a\nb\"\n\n\nc\n", b',').map(|(line, _)| line).collect();
        assert_eq!(lines, [1, 2, 6]);
    }

    #[test]
    fn long_fields_and_many_columns_grow_the_buffers() {
        let long = "ب".repeat(3000);
        let header: Vec<String> = (0..40).map(|i| format!("c{i}")).collect();
        let text = format!("{}\n{long}\n", header.join("\t"));
        let rows = all(&text, b'\t');
        assert_eq!(rows[0].len(), 40);
        assert_eq!(rows[1], [long]);
    }

    #[test]
    fn semicolons_are_sniffed_from_the_header() {
        assert_eq!(comma_or_semicolon("title;text;date\n\"a, b\";c;d"), b';');
        assert_eq!(comma_or_semicolon("title,text\na;b,c"), b',');
    }
}
