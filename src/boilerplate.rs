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

use std::collections::{HashMap, HashSet};
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

/// Finds chrome and repeats; see the module comment.
pub fn find(docs: &[DocLines<'_>], options: &BoilerplateOptions) -> Boilerplate {
    // Lines are told apart by a 64-bit hash of their collapsed text (a collision among a
    // corpus's lines has odds of about one in 10¹⁰), so no line is copied unless reported.
    let mut ids: HashMap<u64, u32, FixedState> = HashMap::default();
    let mut first: Vec<(usize, Range<usize>)> = Vec::new();
    let mut groups: HashMap<&str, u32, FixedState> = HashMap::default();
    let mut group_names: Vec<&str> = Vec::new();
    let mut group_sizes: Vec<u32> = Vec::new();
    let mut in_docs: HashMap<(u32, u32), u32, FixedState> = HashMap::default();
    let mut doc_lines: Vec<(u32, Vec<Line>)> = Vec::with_capacity(docs.len());
    for (d, doc) in docs.iter().enumerate() {
        let next = group_names.len() as u32;
        let group = *groups.entry(doc.group).or_insert_with(|| {
            group_names.push(doc.group);
            group_sizes.push(0);
            next
        });
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
            *in_docs.entry((group, id)).or_insert(0) += 1;
        }
        doc_lines.push((group, lines));
    }

    let text = |id: u32| {
        let line = first.get(id as usize).and_then(|(d, r)| docs.get(*d)?.text.get(r.clone()));
        line.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let min_docs = options.min_docs.max(2) as u32;
    let is_chrome = |group: u32, id: u32| {
        let count = in_docs.get(&(group, id)).copied().unwrap_or(0);
        let size = group_sizes.get(group as usize).copied().unwrap_or(0);
        count >= min_docs
            && count as f32 >= options.min_share * size as f32
            && text(id).chars().count() <= options.max_line_chars
    };
    let mut found: HashMap<(u32, LineKind, u32), u32, FixedState> = HashMap::default();
    let mut ranges = Vec::with_capacity(docs.len());
    for (doc, (group, lines)) in docs.iter().zip(&doc_lines) {
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut seen: HashSet<u32, FixedState> = HashSet::default();
        let mut kinds: Vec<(LineKind, u32)> = Vec::new();
        for (i, (range, id)) in lines.iter().enumerate() {
            if is_chrome(*group, *id) {
                out.push(range.clone());
                kinds.push((LineKind::SharedAcrossDocuments, *id));
            } else if seen.contains(id) {
                out.push(range.clone());
                kinds.push((LineKind::RepeatedInDocument, *id));
            } else if let Some((title, end)) = title_prefix(doc.text, range, &lines[..i.min(TITLE_LINES)]) {
                out.push(range.start..end);
                kinds.push((LineKind::RepeatedInDocument, title));
            }
            seen.insert(*id);
        }
        crate::order::sort_dedup(&mut kinds);
        for (kind, id) in kinds {
            *found.entry((*group, kind, id)).or_insert(0) += 1;
        }
        ranges.push(out);
    }

    let mut lines: Vec<RepeatedLine> = found
        .into_iter()
        .map(|((group, kind, id), docs)| RepeatedLine {
            text: text(id),
            docs,
            group: group_names.get(group as usize).map_or_else(String::new, |g| (*g).to_owned()),
            kind,
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
