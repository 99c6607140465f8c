//! One file → documents ready to index: extraction, then each document's date and language.
//! Pure functions of the file and the options, so files can be prepared on several cores.

use super::ingest::NewDoc;
use super::{DocumentError, DocumentInput, DocumentSummary};
use crate::date::{find_in_text, parse_field, Date, DateSource};
use crate::extract::{extract, ExtractOptions, Format, Item, Skipped, SEPARATOR};

/// A file's documents and what could not be read in it.
pub(crate) struct Prepared {
    pub(crate) docs: Vec<NewDoc>,
    pub(crate) errors: Vec<DocumentError>,
    pub(crate) skipped: Vec<Skipped>,
}

pub(crate) fn prepare(input: &DocumentInput<'_>, options: &ExtractOptions, warnings: &[String]) -> Prepared {
    let extraction = extract(input.name, input.bytes, options);
    let errors =
        extraction.failures.into_iter().map(|f| DocumentError { name: f.location, message: f.message }).collect();
    let docs = extraction.items.into_iter().map(|item| document(input, item, warnings)).collect();
    Prepared { docs, errors, skipped: extraction.skipped }
}

fn document(input: &DocumentInput<'_>, item: Item, file_warnings: &[String]) -> NewDoc {
    let mut warnings: Vec<String> = file_warnings.to_vec();
    warnings.extend(item.warnings.iter().cloned());
    let (date, source, evidence) = resolve_date(input, &item, &mut warnings);
    let location = if item.location == input.name { String::new() } else { item.location.clone() };
    let summary = DocumentSummary {
        id: 0,
        name: input.name.to_owned(),
        location,
        title: item.title,
        source: item.source,
        format: item.format,
        encoding: item.encoding,
        language: crate::lang::detect(&item.text),
        date,
        date_source: source,
        date_confidence: source.map(DateSource::confidence),
        date_evidence: evidence,
        tokens: 0,
        excluded: false,
        warnings,
    };
    NewDoc { summary, text: item.text }
}

/// The best date a document has: one the caller gives, a structured field, the text, the
/// document's own file name, and last the file's modification time.
fn resolve_date(
    input: &DocumentInput<'_>,
    item: &Item,
    warnings: &mut Vec<String>,
) -> (Option<Date>, Option<DateSource>, Option<String>) {
    if let Some(value) = input.date.filter(|v| !v.is_empty()) {
        match Date::parse_iso(value) {
            Some(d) => return (Some(d), Some(DateSource::Given), None),
            None => warnings.push(format!("ignored date «{value}»: not a valid YYYY-MM-DD date")),
        }
    }
    if let Some(raw) = &item.date {
        match parse_field(&raw.value) {
            Some(d) => {
                let source = if item.format == Format::Html { DateSource::HtmlMeta } else { DateSource::Field };
                return (Some(d), Some(source), Some(raw.field.clone()));
            }
            None => warnings.push(format!("ignored «{}» in {}: not a date", raw.value, raw.field)),
        }
    }
    if let Some(found) = find_in_text(&item.text) {
        let words = item.text.get(found.start..found.end).map(str::to_owned);
        return (Some(found.date), Some(DateSource::Text), words);
    }
    // The document's own name: the innermost file of its location, never a folder's or an
    // archive's name («export_20190505/» is not the article's date).
    let own = item.location.rsplit(SEPARATOR).find(|part| part.contains('.')).unwrap_or(input.name);
    let own = own.rsplit(['/', '\\']).next().unwrap_or(own);
    if let Some(d) = Date::find_in_name(own) {
        return (Some(d), Some(DateSource::FileName), Some(own.to_owned()));
    }
    match input.modified.filter(|v| !v.is_empty()).map(|v| (v, Date::parse_iso(v))) {
        Some((_, Some(d))) => (Some(d), Some(DateSource::LastModified), None),
        Some((v, None)) => {
            warnings.push(format!("ignored last-modified date «{v}»: not a valid YYYY-MM-DD date"));
            (None, None, None)
        }
        None => (None, None, None),
    }
}
