//! The corpus commands: each loads the paths, asks the engine, prints a table.

use std::io::Write;

use marsad::kwic::KwicQuery;
use marsad::stats::{CollocateQuery, KeynessQuery, NgramQuery};
use marsad::{Engine, KeywordQuery, TimelineQuery};

use super::table::{write, Format};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn num(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.4}")
    }
}

pub fn freq(engine: &Engine, query: &KeywordQuery, format: Format, out: &mut impl Write) -> Result<()> {
    let keywords = engine.keywords(query);
    let rows = keywords.iter().map(|k| {
        let variants: Vec<_> = k.variants.iter().map(|v| format!("{}×{}", v.form, v.count)).collect();
        let date = |d: Option<marsad::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            k.display.clone(),
            k.key.clone(),
            k.count.to_string(),
            k.docs.to_string(),
            num(k.rate),
            num(k.tfidf),
            date(k.first),
            date(k.last),
            variants.join(" "),
        ]
    });
    let header = ["term", "key", "count", "docs", "per_10k", "tfidf", "first", "last", "variants"];
    Ok(write(out, format, &header, rows, &keywords)?)
}

/// The analysis file (format 1) the page exports: what `<marsad-timeline src="…">` draws on
/// any web page. Counts only, no document text.
pub fn analysis(engine: &Engine, query: &TimelineQuery, out: &mut impl Write) -> Result<()> {
    let t = engine.timeline(query)?;
    let points: Vec<_> = t
        .series
        .points
        .iter()
        .map(|p| serde_json::json!({ "start": p.start, "count": p.count, "docs": p.docs }))
        .collect();
    let value = serde_json::json!({
        "marsad": 1,
        "bucket": t.series.bucket,
        "measure": "count",
        "series": [{
            "term": t.term,
            "key": t.key,
            "points": points,
            "undatedCount": t.series.undated_count,
            "undatedDocs": t.series.undated_docs,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)?;
    Ok(())
}

pub fn timeline(engine: &Engine, query: &TimelineQuery, format: Format, out: &mut impl Write) -> Result<()> {
    let t = engine.timeline(query)?;
    let s = &t.series;
    let rows = s
        .points
        .iter()
        .map(|p| {
            vec![
                p.start.to_string(),
                p.count.to_string(),
                p.docs.to_string(),
                p.docs_with_term.to_string(),
                p.tokens.to_string(),
                num(p.value),
                p.smoothed.map(num).unwrap_or_default(),
                if p.thin { "thin".into() } else { String::new() },
            ]
        })
        .chain(std::iter::once(vec![
            "undated".into(),
            s.undated_count.to_string(),
            s.undated_docs.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]));
    let header = ["start", "count", "docs", "docs_with_term", "tokens", "value", "smoothed", "thin"];
    Ok(write(out, format, &header, rows, &t)?)
}

pub fn kwic(engine: &Engine, query: &KwicQuery, format: Format, out: &mut impl Write) -> Result<()> {
    let k = engine.kwic(query)?;
    let rows = k.lines.iter().map(|l| {
        vec![
            l.name.clone(),
            l.date.map(|d| d.to_string()).unwrap_or_default(),
            l.left.clone(),
            l.hit.clone(),
            l.right.clone(),
            l.start.to_string(),
            l.end.to_string(),
        ]
    });
    write(out, format, &["document", "date", "left", "hit", "right", "start", "end"], rows, &k)?;
    if format != Format::Json && (k.total as usize) > k.lines.len() {
        eprintln!("marsad: showing {} of {} lines (use --limit and --offset)", k.lines.len(), k.total);
    }
    Ok(())
}

/// Every document with its date, where the date came from and how sure it is.
pub fn dates(engine: &Engine, format: Format, out: &mut impl Write) -> Result<()> {
    let docs = engine.documents();
    let rows = docs.iter().map(|d| {
        vec![
            d.name.clone(),
            d.location.clone(),
            d.date.map(|d| d.to_string()).unwrap_or_default(),
            plain(&d.date_source),
            plain(&d.date_confidence),
            d.date_evidence.clone().unwrap_or_default(),
            d.title.clone().unwrap_or_default(),
            d.language.unwrap_or("").to_owned(),
            d.tokens.to_string(),
        ]
    });
    let header = ["file", "location", "date", "date_source", "confidence", "evidence", "title", "language", "tokens"];
    write(out, format, &header, rows, &docs)?;
    let undated = docs.iter().filter(|d| d.date.is_none()).count();
    if undated > 0 && format != Format::Json {
        eprintln!("marsad: {undated} of {} documents have no date", docs.len());
    }
    Ok(())
}

/// Near-duplicate clusters: one row per document, numbered by cluster.
pub fn dups(engine: &Engine, format: Format, out: &mut impl Write) -> Result<()> {
    let clusters = engine.duplicates();
    let docs = engine.documents();
    let rows = clusters.iter().enumerate().flat_map(|(i, c)| {
        let docs = &docs;
        c.docs.iter().enumerate().map(move |(j, &d)| {
            let doc = docs.get(d as usize);
            vec![
                (i + 1).to_string(),
                if j == 0 { "kept".into() } else { "copy".into() },
                format!("{:.2}", c.similarity),
                doc.map(|d| if d.location.is_empty() { d.name.clone() } else { d.location.clone() })
                    .unwrap_or_default(),
                doc.and_then(|d| d.date).map(|d| d.to_string()).unwrap_or_default(),
                doc.and_then(|d| d.title.clone()).unwrap_or_default(),
            ]
        })
    });
    Ok(write(out, format, &["cluster", "role", "similarity", "document", "date", "title"], rows, clusters)?)
}

/// Enum values as their JSON names («html-meta», «high»), for table cells.
fn plain<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

pub fn ngrams(engine: &Engine, query: &NgramQuery, format: Format, out: &mut impl Write) -> Result<()> {
    let table = engine.ngrams(query)?;
    let rows = table.iter().map(|n| {
        let variants: Vec<_> = n.variants.iter().map(|v| format!("{}×{}", v.form, v.count)).collect();
        vec![n.display.clone(), n.keys.join(" "), n.count.to_string(), n.docs.to_string(), variants.join(" | ")]
    });
    Ok(write(out, format, &["ngram", "keys", "count", "docs", "variants"], rows, &table)?)
}

pub fn collocates(engine: &Engine, query: &CollocateQuery, format: Format, out: &mut impl Write) -> Result<()> {
    let table = engine.collocates(query)?;
    let rows = table.iter().map(|c| {
        vec![
            c.display.clone(),
            c.key.clone(),
            c.together.to_string(),
            c.total.to_string(),
            num(c.log_likelihood),
            num(c.pmi),
        ]
    });
    Ok(write(out, format, &["collocate", "key", "together", "total", "log_likelihood", "pmi"], rows, &table)?)
}

pub fn keyness(engine: &Engine, query: &KeynessQuery, format: Format, out: &mut impl Write) -> Result<()> {
    let k = engine.keyness(query)?;
    let rows = k.keys.iter().map(|r| {
        vec![
            r.display.clone(),
            r.key.clone(),
            r.target_count.to_string(),
            r.reference_count.to_string(),
            num(r.log_likelihood),
            num(r.log_ratio),
            plain(&r.direction),
        ]
    });
    let header = ["term", "key", "target", "reference", "log_likelihood", "log_ratio", "direction"];
    write(out, format, &header, rows, &k)?;
    if format != Format::Json {
        eprintln!(
            "marsad: target {} documents ({} tokens) against {} documents ({} tokens)",
            k.target.documents, k.target.tokens, k.reference.documents, k.reference.tokens
        );
    }
    Ok(())
}
