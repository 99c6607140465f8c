//! Where a document's date came from, and how far to trust it.

use serde::Serialize;

/// Where a document's date came from, from most to least trustworthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// Supplied by the caller for this one document (a user's edit, an API argument).
    Given,
    /// A line of a user-supplied manifest of file → date.
    Manifest,
    /// A structured field: a CSV or JSON column, a docx core property.
    Field,
    /// An HTML `<meta>`, JSON-LD or `<time datetime>` of the page.
    HtmlMeta,
    /// A date written in the text, near its top or on a dateline.
    Text,
    /// An ISO date in the file name.
    FileName,
    /// The file's last-modified time: often the download date, so low confidence.
    LastModified,
}

/// How far a date can be trusted, for the page to flag the doubtful ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl DateSource {
    /// Dates somebody stated on purpose are high; dates inferred from the text or a file name
    /// are medium, since an article's first date can be an event's and a file name is whoever
    /// saved it; a modification time is low, since it is usually the download.
    pub fn confidence(self) -> Confidence {
        match self {
            DateSource::Given | DateSource::Manifest | DateSource::Field | DateSource::HtmlMeta => Confidence::High,
            DateSource::Text | DateSource::FileName => Confidence::Medium,
            DateSource::LastModified => Confidence::Low,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_serialise_in_kebab_case_with_their_confidence() {
        let cases = [
            (DateSource::Given, "\"given\"", "\"high\""),
            (DateSource::Manifest, "\"manifest\"", "\"high\""),
            (DateSource::Field, "\"field\"", "\"high\""),
            (DateSource::HtmlMeta, "\"html-meta\"", "\"high\""),
            (DateSource::Text, "\"text\"", "\"medium\""),
            (DateSource::FileName, "\"file-name\"", "\"medium\""),
            (DateSource::LastModified, "\"last-modified\"", "\"low\""),
        ];
        for (source, name, confidence) in cases {
            assert_eq!(serde_json::to_string(&source).unwrap(), name);
            assert_eq!(serde_json::to_string(&source.confidence()).unwrap(), confidence, "{name}");
        }
    }
}
