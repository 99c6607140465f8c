//! Command-line options → the library's query values. One option may feed several queries
//! (`--limit` pages KWIC and trims tables), so every command reads the same set.

use lexopt::prelude::*;
use marsad::date::Date;
use marsad::kwic::KwicQuery;
use marsad::stats::{CollocateQuery, KeynessQuery, NgramQuery};
use marsad::{EngineOptions, KeywordQuery, TimelineQuery};

use super::load::Settings;
use super::table::Format;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

#[derive(Debug, Default)]
pub struct Args {
    pub command: String,
    pub positional: Vec<String>,
    pub format: Format,
    pub options: EngineOptions,
    pub settings: Settings,
    pub keywords: KeywordQuery,
    pub series: TimelineQuery,
    pub kwic: KwicQuery,
    pub ngrams: NgramQuery,
    pub collocates: CollocateQuery,
    pub keyness: KeynessQuery,
    /// `timeline --analysis`: the chart file the page exports and `<marsad-timeline>` draws.
    pub analysis: bool,
}

/// `None` when help was asked for (or no command given).
pub fn parse() -> Result<Option<Args>> {
    let mut p = lexopt::Parser::from_env();
    let command = match p.next()? {
        Some(Value(v)) => v.string()?,
        Some(Long("help") | Short('h')) | None => return Ok(None),
        Some(other) => return Err(other.unexpected().into()),
    };
    let mut a = Args { command, keywords: KeywordQuery { limit: 100, ..KeywordQuery::default() }, ..Args::default() };
    while let Some(arg) = p.next()? {
        match arg {
            Long("json") => a.format = Format::Json,
            Long("analysis") => a.analysis = true,
            Long("csv") => a.format = Format::Csv,
            Long("verbose") | Short('v') => super::load::VERBOSE.store(true, std::sync::atomic::Ordering::Relaxed),
            Long("dedupe") => a.settings.dedupe = true,
            Long("no-boilerplate") => a.settings.no_boilerplate = true,
            Long("manifest") => a.settings.manifest = Some(p.value()?.string()?),
            Long("column") => column(&mut a.options, &p.value()?.string()?)?,
            Long("stem") => a.options.stemming = Some(p.value()?.string()?),
            Long("stoplists") => {
                a.options.stopword_languages = p.value()?.string()?.split(',').map(str::to_owned).collect();
            }
            Long("limit") => {
                let n = p.value()?.parse()?;
                (a.keywords.limit, a.kwic.limit, a.ngrams.limit, a.collocates.limit, a.keyness.limit) = (n, n, n, n, n);
            }
            Long("offset") => a.kwic.offset = p.value()?.parse()?,
            Long("min-count") => {
                let n = p.value()?.parse()?;
                (a.keywords.min_count, a.ngrams.min_count, a.collocates.min_count, a.keyness.min_count) = (n, n, n, n);
            }
            Long("script") => a.keywords.script = Some(enumerated(p.value()?.string()?)?),
            Long("sort") => {
                let v = p.value()?.string()?;
                match a.command.as_str() {
                    "kwic" => a.kwic.sort = enumerated(v)?,
                    "collocates" => a.collocates.sort = enumerated(v)?,
                    _ => a.keywords.sort = enumerated(v)?,
                }
            }
            Long("stopwords") => {
                a.keywords.include_stopwords = true;
                a.ngrams.include_stopwords = true;
                a.collocates.include_stopwords = true;
                a.keyness.include_stopwords = true;
            }
            Long("numbers") => {
                a.keywords.include_numbers = true;
                a.ngrams.include_numbers = true;
                a.keyness.include_numbers = true;
            }
            Long("links") => a.keywords.include_links = true,
            Long("n") => {
                let v = p.value()?.string()?;
                let (lo, hi) = v.split_once('-').unwrap_or((&v, &v));
                (a.ngrams.min, a.ngrams.max) = (lo.parse()?, hi.parse()?);
            }
            Long("window") => a.collocates.window = p.value()?.parse()?,
            Long("bucket") => a.series.shape.bucket = enumerated(p.value()?.string()?)?,
            Long("measure") => a.series.shape.measure = enumerated(p.value()?.string()?)?,
            Long("smoothing") => a.series.shape.smoothing = p.value()?.parse()?,
            Long("width") => a.kwic.width = p.value()?.parse()?,
            Long("from") => {
                let d = Some(date(&p.value()?.string()?)?);
                (a.kwic.from, a.keyness.target.from) = (d, d);
            }
            Long("to") => {
                let d = Some(date(&p.value()?.string()?)?);
                (a.kwic.to, a.keyness.target.to) = (d, d);
            }
            Long("source") => a.keyness.target.source = Some(p.value()?.string()?),
            Value(v) => a.positional.push(v.string()?),
            _ => return Err(arg.unexpected().into()),
        }
    }
    Ok(Some(a))
}

/// `--column text=body`: the CSV column or JSON field that holds the text (or title, date, source).
fn column(options: &mut EngineOptions, v: &str) -> Result<()> {
    let (what, name) = v.split_once('=').ok_or(format!("--column «{v}»: write what=name, e.g. text=body"))?;
    let slot = match what {
        "text" => &mut options.columns.text,
        "title" => &mut options.columns.title,
        "date" => &mut options.columns.date,
        "source" => &mut options.columns.source,
        _ => return Err(format!("--column «{v}»: text, title, date or source").into()),
    };
    *slot = Some(name.to_owned());
    Ok(())
}

/// An option value naming a variant of one of the library's enums, as in its JSON.
fn enumerated<T: serde::de::DeserializeOwned>(v: String) -> std::result::Result<T, String> {
    serde_json::from_value(serde_json::Value::String(v.clone())).map_err(|e| format!("«{v}»: {e}"))
}

fn date(s: &str) -> std::result::Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("«{s}» is not a YYYY-MM-DD date"))
}
