//! The values that cross the engine's API: options, documents in, results and errors out.

use serde::{Deserialize, Serialize};

use crate::count::DocId;
use crate::date::{Confidence, Date, DateSource};
use crate::extract::{Columns, Format, Skipped};
use crate::normalise::NormaliseOptions;
use crate::stats::Variant;
use crate::stopwords::DEFAULT_LANGUAGES;
use crate::timeline::{Bucket, Series, Shape};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EngineOptions {
    pub normalise: NormaliseOptions,
    /// Built-in stopword lists to use, by language code (see [`crate::stopwords::languages`]).
    pub stopword_languages: Vec<String>,
    /// A Snowball language («english», «french» …) to stem non-Arabic words with; native only.
    pub stemming: Option<String>,
    /// Which CSV columns or JSON fields hold the text, title, date and source, where the
    /// common names are not used.
    pub columns: Columns,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            normalise: NormaliseOptions::default(),
            stopword_languages: DEFAULT_LANGUAGES.iter().map(|&c| c.to_owned()).collect(),
            stemming: None,
            columns: Columns::default(),
        }
    }
}

/// Options that cannot be honoured, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionsError {}

/// A document as handed over by a caller: raw bytes, so that decoding happens in one place.
#[derive(Debug, Clone, Copy)]
pub struct DocumentInput<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
    /// A date the caller vouches for (`YYYY-MM-DD`), e.g. from a manifest.
    pub date: Option<&'a str>,
    /// The file's last-modified date (`YYYY-MM-DD`), used only when nothing better exists.
    pub modified: Option<&'a str>,
}

/// What the engine learnt about one document; shown in the page's document list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSummary {
    pub id: DocId,
    /// The file the document came from.
    pub name: String,
    /// Where in the file: an archive entry, a row, a line; empty for a file that is one document.
    pub location: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub format: Format,
    pub encoding: &'static str,
    /// ISO 639-1 code, when the text says clearly.
    pub language: Option<&'static str>,
    pub date: Option<Date>,
    pub date_source: Option<DateSource>,
    pub date_confidence: Option<Confidence>,
    /// What the date was read from: the field's name, or the words of the text.
    pub date_evidence: Option<String>,
    pub tokens: u32,
    /// Left out of every count (by the user, or as a duplicate counted once).
    pub excluded: bool,
    pub warnings: Vec<String>,
}

/// What became of one file: its documents, the parts that could not be read, and rows skipped
/// for having no text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct FileReport {
    pub name: String,
    pub documents: Vec<DocumentSummary>,
    pub errors: Vec<DocumentError>,
    pub skipped: Vec<Skipped>,
}

/// A file, or a part of one, that could not be added; the message names it and the problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentError {
    pub name: String,
    pub message: String,
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

pub use crate::stats::KeywordQuery;

/// A series to draw: a query and how to bucket and measure it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct TimelineQuery {
    pub query: String,
    #[serde(flatten)]
    pub shape: Shape,
}

impl TimelineQuery {
    pub fn new(query: &str, bucket: Bucket) -> Self {
        TimelineQuery { query: query.to_owned(), shape: Shape { bucket, ..Shape::default() } }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub term: String,
    /// The key of a one-word query; the canonical query otherwise.
    pub key: String,
    /// The spellings that were counted, most frequent first (at most 50).
    pub variants: Vec<Variant>,
    #[serde(flatten)]
    pub series: Series,
}

pub use crate::query::QueryError;
impl std::error::Error for DocumentError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CorpusStats {
    pub documents: u32,
    /// Documents not excluded.
    pub included: u32,
    pub tokens: u64,
    pub distinct_keys: u32,
    pub dated: u32,
    pub undated: u32,
}
