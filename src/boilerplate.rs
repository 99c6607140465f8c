//! Lines that are not the article: site chrome and text printed twice.
//!
//! Scraped news carries the site's furniture («الأكثر قراءة», "logo", the site's address,
//! "Share this article") into every article, and often prints the title twice or runs it into
//! the first paragraph. Counted as text, «قراءة» becomes a top keyword of every site and a
//! title's words count double. Chrome is recognised by being repeated across many documents of
//! one source (a line is not chrome on another site, and one site's chrome is too rare in the
//! whole corpus to stand out); a repeat within one document by being said before.
//!
//! The result is byte ranges to leave out, so the caller keeps its offsets into the original
//! text (for keyword-in-context and highlighting) and decides what "leaving out" means.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::ops::Range;

use foldhash::fast::FixedState;
use serde::Serialize;

/// One document: `group` is what chrome is shared within, a source or a folder.
#[derive(Debug, Clone, Copy)]
pub struct DocLines<'a> {
    pub group: &'a str,
    pub text: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoilerplateOptions {
    /// Fewest documents of a group a line must be in to be chrome (at least 2): two articles
    /// quoting the same sentence are not a site's furniture.
    pub min_docs: usize,
    /// Smallest share of its group's documents a line must be in: chrome is on every page,
    /// a phrase of one week's story is in a few of them.
    pub min_share: f32,
    /// Longest line, in characters, that can be chrome: a long paragraph in many documents is
    /// a syndicated story (a near-duplicate), and its text is the article, not furniture.
    pub max_line_chars: usize,
}

impl Default for BoilerplateOptions {
    fn default() -> Self {
        BoilerplateOptions { min_docs: 3, min_share: 0.3, max_line_chars: 200 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum LineKind {
    /// In enough documents of its group to be the site's furniture; every occurrence is left out.
    SharedAcrossDocuments,
    /// Said again in one document (a title printed twice or run into the first paragraph);
    /// the first occurrence stays.
    RepeatedInDocument,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RepeatedLine {
    /// Trimmed, with runs of whitespace as one space.
    pub text: String,
    /// Documents it was left out of.
    pub docs: u32,
    pub group: String,
    pub kind: LineKind,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Boilerplate {
    /// Sorted by group, kind, most documents first, then text.
    pub lines: Vec<RepeatedLine>,
    /// Per input document, ascending and disjoint: byte ranges of `text` to leave out, each a
    /// line's text without the surrounding whitespace (so the lines around it stay apart).
    pub ranges: Vec<Vec<Range<usize>>>,
}

/// A title run into the next line is looked for only among the first lines of a document,
/// where titles are, which keeps the search linear in the document's length.
const TITLE_LINES: usize = 4;
/// The shortest line looked for at the start of a later one: shorter lines («صور», "AFP")
/// begin real sentences too often.
const MIN_TITLE_CHARS: usize = 12;

/// A line's trimmed byte range in its document, and the id of its collapsed text.
type Line = (Range<usize>, u32);

type Counts = HashMap<u64, u32, FixedState>;

fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Finds chrome and repeats; see the module comment.
pub fn find(docs: &[DocLines<'_>], options: &BoilerplateOptions) -> Boilerplate {
    // Lines are told apart by a 64-bit hash of their collapsed text (a collision among a
    // corpus's lines has odds of about one in 10¹⁰), so no line is copied unless reported.
    // Every table here is keyed by a u64 (pairs packed into one): one hash-map type in the
    // wasm module instead of five.
    let mut ids: Counts = HashMap::default();
    let mut first: Vec<(usize, Range<usize>)> = Vec::new();
    let mut group_names: Vec<&str> = Vec::new();
    let mut group_sizes: Vec<u32> = Vec::new();
    let mut in_docs: Counts = HashMap::default();
    let mut doc_lines: Vec<(u32, Vec<Line>)> = Vec::with_capacity(docs.len());
    for (d, doc) in docs.iter().enumerate() {
        // Groups are few (sites, folders) and documents of one come together: a search from
        // the last group found is short.
        let group = match group_names.iter().rposition(|g| *g == doc.group) {
            Some(g) => g as u32,
            None => {
                group_names.push(doc.group);
                group_sizes.push(0);
                (group_names.len() - 1) as u32
            }
        };
        if let Some(size) = group_sizes.get_mut(group as usize) {
            *size += 1;
        }
        let mut lines = Vec::new();
        for range in line_ranges(doc.text) {
            let hash = line_hash(doc.text.get(range.clone()).unwrap_or(""));
            let next = first.len() as u32;
            let id = *ids.entry(hash).or_insert_with(|| {
                first.push((d, range.clone()));
                next
            });
            lines.push((range, id));
        }
        let mut distinct: Vec<u32> = lines.iter().map(|l| l.1).collect();
        crate::order::sort_dedup(&mut distinct);
        for id in distinct {
            *in_docs.entry(pair(group, id)).or_insert(0) += 1;
        }
        doc_lines.push((group, lines));
    }

    let text = |id: u32| {
        let line = first.get(id as usize).and_then(|(d, r)| docs.get(*d)?.text.get(r.clone()));
        line.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let min_docs = options.min_docs.max(2) as u32;
    let is_chrome = |group: u32, id: u32| {
        let count = in_docs.get(&pair(group, id)).copied().unwrap_or(0);
        let size = group_sizes.get(group as usize).copied().unwrap_or(0);
        count >= min_docs
            && count as f32 >= options.min_share * size as f32
            && text(id).chars().count() <= options.max_line_chars
    };
    let mut found: Counts = HashMap::default();
    let mut ranges = Vec::with_capacity(docs.len());
    // The document each line id was last seen in (+1), instead of a set per document.
    let mut seen_in: Vec<u32> = vec![0; first.len()];
    for (d, (doc, (group, lines))) in (1u32..).zip(docs.iter().zip(&doc_lines)) {
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut kinds: Vec<(LineKind, u32)> = Vec::new();
        for (i, (range, id)) in lines.iter().enumerate() {
            if is_chrome(*group, *id) {
                out.push(range.clone());
                kinds.push((LineKind::SharedAcrossDocuments, *id));
            } else if seen_in.get(*id as usize) == Some(&d) {
                out.push(range.clone());
                kinds.push((LineKind::RepeatedInDocument, *id));
            } else if let Some((title, end)) = title_prefix(doc.text, range, &lines[..i.min(TITLE_LINES)]) {
                out.push(range.start..end);
                kinds.push((LineKind::RepeatedInDocument, title));
            }
            if let Some(s) = seen_in.get_mut(*id as usize) {
                *s = d;
            }
        }
        crate::order::sort_dedup(&mut kinds);
        for (kind, id) in kinds {
            let kind_bit = u32::from(kind == LineKind::RepeatedInDocument) << 31;
            *found.entry(pair(*group | kind_bit, id)).or_insert(0) += 1;
        }
        ranges.push(out);
    }

    let mut lines: Vec<RepeatedLine> = found
        .into_iter()
        .map(|(key, docs)| {
            let (tagged, id) = ((key >> 32) as u32, key as u32);
            let kind = if tagged >> 31 == 1 { LineKind::RepeatedInDocument } else { LineKind::SharedAcrossDocuments };
            let group = tagged & !(1 << 31);
            RepeatedLine {
                text: text(id),
                docs,
                group: group_names.get(group as usize).map_or_else(String::new, |g| (*g).to_owned()),
                kind,
            }
        })
        .collect();
    crate::order::sort_by(&mut lines, |a, b| {
        (&a.group, a.kind, b.docs, &a.text).cmp(&(&b.group, b.kind, a.docs, &b.text))
    });
    Boilerplate { lines, ranges }
}

/// The byte ranges of the non-blank lines of `text`, trimmed of whitespace (NBSP included).
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut offset = 0;
    text.split_inclusive('\n').filter_map(move |piece| {
        let start = offset + (piece.len() - piece.trim_start().len());
        offset += piece.len();
        let trimmed = piece.trim();
        (!trimmed.is_empty()).then(|| start..start + trimmed.len())
    })
}

/// The hash of `line` with runs of whitespace as one space. Hashed word by word with a byte
/// that UTF-8 never uses between words, so no string is built.
fn line_hash(line: &str) -> u64 {
    let mut hasher = FixedState::default().build_hasher();
    for word in line.split_whitespace() {
        hasher.write(word.as_bytes());
        hasher.write_u8(0xff);
    }
    hasher.finish()
}

/// Where an earlier title line, printed once or more at the start of this line, ends: scraped
/// pages often run the title into the first paragraph with no space («…بالتآكلانشقاقات…»).
/// Returns the title's line id and the end of its last copy.
fn title_prefix(text: &str, range: &Range<usize>, titles: &[Line]) -> Option<(u32, usize)> {
    let line = text.get(range.clone())?;
    titles.iter().find_map(|(title_range, id)| {
        let title = text.get(title_range.clone())?;
        if title.chars().count() < MIN_TITLE_CHARS || !line.starts_with(title) {
            return None;
        }
        let (mut rest, mut end) = (line, 0);
        while let Some(after) = rest.strip_prefix(title) {
            end = line.len() - after.len();
            rest = after.trim_start();
        }
        Some((*id, range.start + end))
    })
}
