//! Keyword in context: every match of a query with the words around it, so each count can be
//! read and checked.

use serde::{Deserialize, Serialize};

use crate::count::DocId;
use crate::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum KwicSort {
    /// By date, then document and position: reading order.
    #[default]
    Document,
    /// By the words before the match, nearest first: groups «في الموصل», «مدينة الموصل» …
    Left,
    /// By the words after the match.
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KwicQuery {
    pub query: String,
    /// Characters of context on each side.
    pub width: usize,
    pub sort: KwicSort,
    pub offset: usize,
    pub limit: usize,
    /// Only documents dated from this day (inclusive) …
    pub from: Option<Date>,
    /// … to this day (exclusive): one bucket of a timeline.
    pub to: Option<Date>,
    /// Only undated documents.
    pub undated: bool,
    /// Only this document.
    pub doc: Option<DocId>,
}

impl Default for KwicQuery {
    fn default() -> Self {
        KwicQuery {
            query: String::new(),
            width: 60,
            sort: KwicSort::Document,
            offset: 0,
            limit: 50,
            from: None,
            to: None,
            undated: false,
            doc: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KwicLine {
    pub doc: DocId,
    pub name: String,
    pub date: Option<Date>,
    /// Context, whitespace collapsed to single spaces.
    pub left: String,
    pub hit: String,
    pub right: String,
    /// The match's byte offsets in the document text …
    pub start: usize,
    pub end: usize,
    /// … and its UTF-16 offsets, for highlighting in JavaScript.
    pub start16: usize,
    pub end16: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Kwic {
    /// Matches in all, before paging.
    pub total: u32,
    pub lines: Vec<KwicLine>,
}

/// Up to `width` characters before `start` and after `end`, cut at character boundaries and
/// with runs of whitespace (line breaks included) shown as one space.
pub fn context(text: &str, start: usize, end: usize, width: usize) -> (String, String) {
    let before = text.get(..start).unwrap_or("");
    let cut = before.char_indices().rev().nth(width.saturating_sub(1)).map_or(0, |(i, _)| i);
    let after = text.get(end..).unwrap_or("");
    let stop = after.char_indices().nth(width).map_or(after.len(), |(i, _)| i);
    (collapse(before.get(cut..).unwrap_or("")), collapse(after.get(..stop).unwrap_or("")))
}

/// Whitespace runs become one space, keeping a leading or trailing one (it shows the word
/// boundary next to the match).
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_cuts_at_characters_and_collapses_space() {
        let text = "قال المتحدث\n\nإن القوات دخلت الموصل  أمس";
        let start = text.find("الموصل").unwrap();
        let end = start + "الموصل".len();
        let (left, right) = context(text, start, end, 12);
        assert_eq!(left, "القوات دخلت ");
        assert_eq!(right, " أمس");
        let (left, _) = context(text, start, end, 100);
        assert_eq!(left, "قال المتحدث إن القوات دخلت ");
        assert_eq!(context("abc", 0, 3, 5), (String::new(), String::new()));
    }
}
