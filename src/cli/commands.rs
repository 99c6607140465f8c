//! The corpus commands: each loads the paths, asks the engine, prints a table.

use std::io::Write;

use marsad::kwic::KwicQuery;
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
