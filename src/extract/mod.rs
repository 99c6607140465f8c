//! One file's bytes → documents. The second stage of the pipeline, after [`crate::decode`].
//!
//! Journalists bring whatever they have: a folder of saved web pages, a spreadsheet export with
//! one article per row, a scraper's JSON, a zip of all of these, a Word file. Each becomes zero
//! or more [`Item`]s with the metadata the file itself states (title, date *as written*, source),
//! and everything that could not be read becomes a [`Failure`] naming the file, entry, row or
//! line, so one bad article never costs the rest. Nothing here panics on any input.

mod docx;
mod entities;
mod html;
mod json;
mod records;
mod scan;
mod table;
mod zip;

use serde::{Deserialize, Serialize};

/// Separates the parts of an [`Item::location`]: archive › entry › row.
pub const SEPARATOR: &str = " › ";

#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    pub limits: ArchiveLimits,
    pub columns: Columns,
}

/// Guards against archives that would exhaust a browser tab's memory, on purpose or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveLimits {
    /// Files read from all archives of one input together.
    pub max_entries: u32,
    /// Uncompressed bytes read from all archives of one input together.
    pub max_total_bytes: u64,
    /// Uncompressed : compressed size of one entry. Entries under 1 MiB are exempt: they
    /// cannot be a bomb, and short repetitive texts legitimately compress very well.
    pub max_ratio: u32,
    /// Archives within archives: 1 allows a zip, 2 a zip in a zip, and so on.
    pub max_depth: u8,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits { max_entries: 100_000, max_total_bytes: 2 << 30, max_ratio: 200, max_depth: 3 }
    }
}

/// Which columns (CSV, TSV) or fields (JSON) hold what; `None` recognises the common names.
/// Names compare ignoring case, spaces, `_` and `-`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Columns {
    pub text: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Csv,
    Tsv,
    Json,
    Jsonl,
    Docx,
}

/// A date exactly as the file states it; parsing is the next stage's business, and keeping
/// the field lets the page say where a date came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RawDate {
    pub value: String,
    /// e.g. `date_extracted`, `meta article:published_time`, `json-ld datePublished`.
    pub field: String,
}

/// One document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// e.g. `2015-07-21.zip › 2015-07-21.json › #12`, `notes.jsonl › line 17`, `a.html`.
    pub location: String,
    /// Paragraphs separated by line breaks.
    pub text: String,
    pub title: Option<String>,
    pub date: Option<RawDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub format: Format,
    pub encoding: &'static str,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub location: String,
    pub message: String,
}

/// A row or object with nothing to count (an empty text): not an error, but reported so that
/// the number of documents loaded adds up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub location: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Extraction {
    pub items: Vec<Item>,
    pub failures: Vec<Failure>,
    pub skipped: Vec<Skipped>,
}

impl Extraction {
    /// How many outcomes there are so far: to tell whether a file produced any.
    fn len(&self) -> usize {
        self.items.len() + self.failures.len() + self.skipped.len()
    }
}

/// What became of one row, object or line.
enum Outcome {
    Item(Item),
    Skipped(Skipped),
    Failed(Failure),
}

/// Reads one file. `name` is its name (a path is fine: only the extension matters).
pub fn extract(name: &str, bytes: &[u8], options: &ExtractOptions) -> Extraction {
    let mut run = Run { options, out: Extraction::default(), entries: 0, total_bytes: 0 };
    run.file(name, bytes, 0);
    run.out
}

/// One extraction in progress: the budget of [`ArchiveLimits`] is shared by nested archives.
struct Run<'o> {
    options: &'o ExtractOptions,
    out: Extraction,
    entries: u32,
    total_bytes: u64,
}

impl Run<'_> {
    /// `location` is the file's full location; `depth` is how many archives enclose it.
    fn file(&mut self, location: &str, bytes: &[u8], depth: u8) {
        match kind(location, bytes) {
            Kind::Zip => self.zip(location, bytes, depth),
            Kind::Docx => self.docx(location, bytes),
            Kind::Html => self.take(html::extract(location, bytes)),
            Kind::Csv(format) => self.table(location, bytes, format),
            Kind::Json(format) => self.json(location, bytes, format),
            Kind::Text(format) => self.text(location, bytes, format),
            Kind::SniffedJson => {
                if !self.json_if_valid(location, bytes) {
                    self.text(location, bytes, Format::Text)
                }
            }
            Kind::Refused(why) => self.fail(location, why),
        }
    }

    fn text(&mut self, location: &str, bytes: &[u8], format: Format) {
        match decoded(location, bytes) {
            Ok((text, encoding, warnings)) => {
                let item = Item { format, encoding, warnings, ..Item::new(location, text) };
                self.take(Ok(item));
            }
            Err(failure) => self.out.failures.push(failure),
        }
    }

    fn take(&mut self, result: Result<Item, Failure>) {
        match result {
            Ok(item) if item.text.trim().is_empty() => self.fail(&item.location, "no text in this file"),
            Ok(item) => self.out.items.push(item),
            Err(failure) => self.out.failures.push(failure),
        }
    }

    fn push(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Item(item) => self.out.items.push(item),
            Outcome::Skipped(skipped) => self.out.skipped.push(skipped),
            Outcome::Failed(failure) => self.out.failures.push(failure),
        }
    }

    fn fail(&mut self, location: &str, message: impl Into<String>) {
        self.out.failures.push(Failure { location: location.to_owned(), message: message.into() });
    }
}

impl Item {
    fn new(location: &str, text: String) -> Item {
        Item {
            location: location.to_owned(),
            text,
            title: None,
            date: None,
            source: None,
            url: None,
            author: None,
            format: Format::Text,
            encoding: "UTF-8",
            warnings: Vec::new(),
        }
    }
}

/// Decodes a text file, turning replaced bytes into a warning and binary data into a failure.
fn decoded(location: &str, bytes: &[u8]) -> Result<(String, &'static str, Vec<String>), Failure> {
    let d = crate::decode::decode(bytes).map_err(|e| failure(location, e.to_string()))?;
    Ok((d.text.into_owned(), d.encoding, replaced_warning(d.replaced)))
}

fn replaced_warning(replaced: usize) -> Vec<String> {
    match replaced {
        0 => Vec::new(),
        n => vec![format!("{n} undecodable byte sequence(s) replaced by �")],
    }
}

fn failure(location: &str, message: impl Into<String>) -> Failure {
    Failure { location: location.to_owned(), message: message.into() }
}

fn join(location: &str, part: &str) -> String {
    format!("{location}{SEPARATOR}{part}")
}

enum Kind {
    Zip,
    Docx,
    Html,
    Csv(Format),
    Json(Format),
    Text(Format),
    /// No telling extension but starts like JSON: read as JSON if it is, as text otherwise.
    SniffedJson,
    Refused(&'static str),
}

/// Chooses a reader by extension, corrected by the first bytes: a zip is a zip whatever its
/// name, and a `.txt` saved from a browser is HTML.
fn kind(name: &str, bytes: &[u8]) -> Kind {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return match ext.as_str() {
            "docx" => Kind::Docx,
            "zip" => Kind::Zip,
            "xlsx" | "pptx" | "odt" | "ods" | "odp" | "epub" => Kind::Refused(
                "an office or e-book file other than Word (.docx): not supported; save it as .docx or text",
            ),
            _ => Kind::Zip,
        };
    }
    if bytes.starts_with(b"%PDF-") {
        return Kind::Refused("a PDF document: not supported; save it as text or as a Word (.docx) file first");
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Kind::Refused("an Office 97–2003 file (.doc, .xls): not supported; save it as .docx or text");
    }
    match ext.as_str() {
        "html" | "htm" | "xhtml" => Kind::Html,
        "csv" => Kind::Csv(Format::Csv),
        "tsv" | "tab" => Kind::Csv(Format::Tsv),
        "json" => Kind::Json(Format::Json),
        "jsonl" | "ndjson" => Kind::Json(Format::Jsonl),
        "zip" => Kind::Zip,
        "docx" => Kind::Docx,
        _ if looks_like_html(bytes) => Kind::Html,
        "md" | "markdown" => Kind::Text(Format::Markdown),
        "txt" | "text" => Kind::Text(Format::Text),
        _ if matches!(first_byte(bytes), Some(b'[' | b'{')) => Kind::SniffedJson,
        _ => Kind::Text(Format::Text),
    }
}

fn first_byte(bytes: &[u8]) -> Option<u8> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().copied().find(|b| !b.is_ascii_whitespace())
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = bytes.get(start..bytes.len().min(start + 14)).unwrap_or_default().to_ascii_lowercase();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}
