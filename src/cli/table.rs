//! Output of tables as TSV (for reading in a terminal), CSV (for spreadsheets) or JSON.

use std::io::{self, Write};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Tsv,
    Csv,
    Json,
}

/// Writes `rows` under `header` in the chosen format; JSON writes `value` instead, which
/// carries everything (the tables are a flattened view of it).
pub fn write<T: Serialize + ?Sized>(
    out: &mut impl Write,
    format: Format,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
    value: &T,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
            writeln!(out)
        }
        Format::Tsv | Format::Csv => {
            let sep = if format == Format::Csv { "," } else { "\t" };
            let cell = |s: &str| if format == Format::Csv { csv_cell(s) } else { s.replace(['\t', '\n', '\r'], " ") };
            writeln!(out, "{}", header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(sep))?;
            for row in rows {
                writeln!(out, "{}", row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(sep))?;
            }
            Ok(())
        }
    }
}

/// RFC 4180 quoting; a cell starting with = + - @ gets a leading apostrophe so a spreadsheet
/// does not run a document's text as a formula.
fn csv_cell(s: &str) -> String {
    let guarded =
        if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() { format!("'{s}") } else { s.to_owned() };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_guards_formulas() {
        assert_eq!(csv_cell("الموصل"), "الموصل");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_cell("-3.5"), "-3.5");
        let mut out = Vec::new();
        write(&mut out, Format::Csv, &["a", "b"], [vec!["1".into(), "x\ny".into()]], &()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,b\n1,\"x\ny\"\n");
    }
}
