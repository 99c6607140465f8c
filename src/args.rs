//! The page's arguments (engine options, queries, file lists) read from JSON for the wasm build.
//!
//! Each `#[derive(Deserialize)]` compiles its own reader per type, ~12 KB gzipped for the eight
//! argument types; these readers walk a `serde_json::Value`, whose parser the core links anyway
//! for JSON documents. Fields are the derive's (camelCase), every one optional with the type's
//! default, unknown fields ignored, `null` meaning "not given"; a test checks both agree. A wrong
//! value is refused with the field's name and what it should be.

use serde_json::{Map, Value};

use crate::date::Date;
use crate::extract::Columns;
use crate::normalise::NormaliseOptions;
use crate::stats::{Script, SortBy};
use crate::timeline::{Bucket, Measure, Shape};
use crate::{
    CollocateQuery, CollocateSort, EngineOptions, KeynessQuery, KeywordQuery, KwicQuery, KwicSort, NgramQuery,
    Selection,
};

/// One file of a batch, as the page describes it.
pub(crate) struct FileMeta {
    pub(crate) name: String,
    pub(crate) size: usize,
    pub(crate) modified: Option<String>,
    pub(crate) date: Option<String>,
}

/// Parses `text` and reads it with `read`; `what` names the argument in messages.
pub(crate) fn parse<T>(text: &str, what: &str, read: impl Fn(&Value) -> Result<T, String>) -> Result<T, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("invalid {what}: {e}"))?;
    read(&value).map_err(|e| format!("invalid {what}: {e}"))
}

/// A value as it appeared, in compact JSON: the text `Value`'s `Display` gives, without linking
/// its pretty printer too (the wasm build has one JSON writer, `serde_json::to_string`).
fn shown(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// An object's fields; `null` reads as an empty object.
struct Fields<'a>(Option<&'a Map<String, Value>>);

fn fields(value: &Value) -> Result<Fields<'_>, String> {
    match value {
        Value::Object(map) => Ok(Fields(Some(map))),
        Value::Null => Ok(Fields(None)),
        other => Err(format!("expected an object, not {}", shown(other))),
    }
}

impl Fields<'_> {
    fn get(&self, name: &str) -> Option<&Value> {
        self.0.and_then(|m| m.get(name)).filter(|v| !v.is_null())
    }

    fn bool(&self, name: &str, default: bool) -> Result<bool, String> {
        self.read(name, default, |v| v.as_bool(), "true or false")
    }

    fn u64(&self, name: &str, default: u64) -> Result<u64, String> {
        self.read(name, default, Value::as_u64, "a whole number ≥ 0")
    }

    fn usize(&self, name: &str, default: usize) -> Result<usize, String> {
        self.read(name, default, |v| v.as_u64().and_then(|n| usize::try_from(n).ok()), "a whole number ≥ 0")
    }

    fn u32(&self, name: &str, default: u32) -> Result<u32, String> {
        self.read(name, default, |v| v.as_u64().and_then(|n| u32::try_from(n).ok()), "a whole number ≥ 0")
    }

    fn string(&self, name: &str) -> Result<Option<String>, String> {
        self.read(name, None, |v| v.as_str().map(|s| Some(s.to_owned())), "a string")
    }

    fn date(&self, name: &str) -> Result<Option<Date>, String> {
        self.read(name, None, |v| v.as_str().and_then(Date::parse_iso).map(Some), "a YYYY-MM-DD date")
    }

    fn choice<T: Copy>(&self, name: &str, default: T, names: &[(&str, T)]) -> Result<T, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => choose(v, names).map_err(|e| format!("«{name}»: {e}")),
        }
    }

    fn list<T>(&self, name: &str, item: impl Fn(&Value) -> Option<T>, what: &str) -> Result<Option<Vec<T>>, String> {
        let read = |v: &Value| v.as_array()?.iter().map(&item).collect::<Option<Vec<T>>>().map(Some);
        self.read(name, None, read, what)
    }

    fn read<T>(&self, name: &str, default: T, read: impl Fn(&Value) -> Option<T>, what: &str) -> Result<T, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => read(v).ok_or_else(|| format!("«{name}» should be {what}, not {}", shown(v))),
        }
    }
}

fn choose<T: Copy>(value: &Value, names: &[(&str, T)]) -> Result<T, String> {
    let found = value.as_str().and_then(|s| names.iter().find(|(n, _)| *n == s));
    found.map(|&(_, t)| t).ok_or_else(|| {
        let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
        format!("expected one of {}, not {}", all.join(", "), shown(value))
    })
}

const BUCKETS: &[(&str, Bucket)] = &[
    ("auto", Bucket::Auto),
    ("day", Bucket::Day),
    ("week", Bucket::Week),
    ("month", Bucket::Month),
    ("quarter", Bucket::Quarter),
    ("year", Bucket::Year),
];

pub(crate) fn engine_options(v: &Value) -> Result<EngineOptions, String> {
    let f = fields(v)?;
    let d = EngineOptions::default();
    let columns = match f.get("columns") {
        Some(c) => {
            let c = fields(c)?;
            Columns {
                text: c.string("text")?,
                title: c.string("title")?,
                date: c.string("date")?,
                source: c.string("source")?,
            }
        }
        None => d.columns,
    };
    Ok(EngineOptions {
        normalise: f.get("normalise").map_or(Ok(d.normalise), normalise_options)?,
        stopword_languages: f
            .list("stopwordLanguages", |s| Some(s.as_str()?.to_owned()), "a list of language codes")?
            .unwrap_or(d.stopword_languages),
        stemming: f.string("stemming")?,
        columns,
    })
}

/// `text` as the engine reads it with the steps `options` switches (JSON of `{ foldAlef: false,
/// … }`, the `normalise` part of the engine's options; `null` for the defaults): the engine's own
/// reader of those steps, so the settings view's live example shows what the counts will use.
pub(crate) fn normalise_text(text: &str, options: &str) -> Result<String, String> {
    parse(options, "normalisation options", normalise_options).map(|o| o.normalise(text))
}

fn normalise_options(v: &Value) -> Result<NormaliseOptions, String> {
    let f = fields(v)?;
    let mut o = NormaliseOptions::default();
    let steps = [
        ("nfkc", &mut o.nfkc),
        ("stripInvisible", &mut o.strip_invisible),
        ("foldSpaces", &mut o.fold_spaces),
        ("foldQuotes", &mut o.fold_quotes),
        ("stripTashkeel", &mut o.strip_tashkeel),
        ("stripSuperscriptAlef", &mut o.strip_superscript_alef),
        ("stripTatweel", &mut o.strip_tatweel),
        ("foldAlef", &mut o.fold_alef),
        ("foldYeh", &mut o.fold_yeh),
        ("foldTehMarbuta", &mut o.fold_teh_marbuta),
        ("foldHamzaCarriers", &mut o.fold_hamza_carriers),
        ("foldPersianLetters", &mut o.fold_persian_letters),
        ("foldHehVariants", &mut o.fold_heh_variants),
        ("foldDigits", &mut o.fold_digits),
        ("foldCase", &mut o.fold_case),
        ("foldLatinDiacritics", &mut o.fold_latin_diacritics),
    ];
    for (name, on) in steps {
        *on = f.bool(name, *on)?;
    }
    Ok(o)
}

pub(crate) fn keyword_query(v: &Value) -> Result<KeywordQuery, String> {
    let (f, d) = (fields(v)?, KeywordQuery::default());
    let scripts = [("arabic", Some(Script::Arabic)), ("latin", Some(Script::Latin)), ("other", Some(Script::Other))];
    Ok(KeywordQuery {
        limit: f.usize("limit", d.limit)?,
        include_stopwords: f.bool("includeStopwords", d.include_stopwords)?,
        include_numbers: f.bool("includeNumbers", d.include_numbers)?,
        include_links: f.bool("includeLinks", d.include_links)?,
        script: f.choice("script", d.script, &scripts)?,
        min_count: f.u64("minCount", d.min_count)?,
        sort: f.choice(
            "sort",
            d.sort,
            &[("count", SortBy::Count), ("docs", SortBy::Docs), ("tfidf", SortBy::Tfidf)],
        )?,
    })
}

/// A bucket name, or `{ bucket, measure, smoothing }`.
pub(crate) fn shape(v: &Value) -> Result<Shape, String> {
    if v.is_string() {
        return Ok(Shape { bucket: choose(v, BUCKETS)?, ..Shape::default() });
    }
    let (f, d) = (fields(v)?, Shape::default());
    let measures = [("count", Measure::Count), ("rate", Measure::Rate), ("share", Measure::Share)];
    Ok(Shape {
        bucket: f.choice("bucket", d.bucket, BUCKETS)?,
        measure: f.choice("measure", d.measure, &measures)?,
        smoothing: f.u32("smoothing", d.smoothing)?,
    })
}

pub(crate) fn kwic_query(v: &Value) -> Result<KwicQuery, String> {
    let (f, d) = (fields(v)?, KwicQuery::default());
    let sorts = [("document", KwicSort::Document), ("left", KwicSort::Left), ("right", KwicSort::Right)];
    Ok(KwicQuery {
        query: f.string("query")?.unwrap_or(d.query),
        width: f.usize("width", d.width)?,
        sort: f.choice("sort", d.sort, &sorts)?,
        offset: f.usize("offset", d.offset)?,
        limit: f.usize("limit", d.limit)?,
        from: f.date("from")?,
        to: f.date("to")?,
        undated: f.bool("undated", d.undated)?,
        doc: f.read("doc", None, |v| v.as_u64().and_then(|n| u32::try_from(n).ok()).map(Some), "a document id")?,
    })
}

pub(crate) fn ngram_query(v: &Value) -> Result<NgramQuery, String> {
    let (f, d) = (fields(v)?, NgramQuery::default());
    Ok(NgramQuery {
        min: f.usize("min", d.min)?,
        max: f.usize("max", d.max)?,
        limit: f.usize("limit", d.limit)?,
        min_count: f.u64("minCount", d.min_count)?,
        include_stopwords: f.bool("includeStopwords", d.include_stopwords)?,
        include_numbers: f.bool("includeNumbers", d.include_numbers)?,
    })
}

pub(crate) fn collocate_query(v: &Value) -> Result<CollocateQuery, String> {
    let (f, d) = (fields(v)?, CollocateQuery::default());
    let sorts =
        [("logLikelihood", CollocateSort::LogLikelihood), ("pmi", CollocateSort::Pmi), ("count", CollocateSort::Count)];
    Ok(CollocateQuery {
        query: f.string("query")?.unwrap_or(d.query),
        window: f.usize("window", d.window)?,
        limit: f.usize("limit", d.limit)?,
        min_count: f.u64("minCount", d.min_count)?,
        include_stopwords: f.bool("includeStopwords", d.include_stopwords)?,
        sort: f.choice("sort", d.sort, &sorts)?,
    })
}

pub(crate) fn keyness_query(v: &Value) -> Result<KeynessQuery, String> {
    let (f, d) = (fields(v)?, KeynessQuery::default());
    let selection = |name: &str| f.get(name).map(|s| selection(s).map_err(|e| format!("«{name}»: {e}"))).transpose();
    Ok(KeynessQuery {
        target: selection("target")?.unwrap_or(d.target),
        reference: selection("reference")?,
        limit: f.usize("limit", d.limit)?,
        min_count: f.u64("minCount", d.min_count)?,
        include_stopwords: f.bool("includeStopwords", d.include_stopwords)?,
        include_numbers: f.bool("includeNumbers", d.include_numbers)?,
    })
}

fn selection(v: &Value) -> Result<Selection, String> {
    let f = fields(v)?;
    let id = |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
    Ok(Selection {
        from: f.date("from")?,
        to: f.date("to")?,
        source: f.string("source")?,
        docs: f.list("docs", id, "a list of document ids")?,
    })
}

/// `[{ name, size, modified?, date? }]`.
pub(crate) fn file_list(v: &Value) -> Result<Vec<FileMeta>, String> {
    let files = v.as_array().ok_or_else(|| format!("expected a list of files, not {}", shown(v)))?;
    let file = |v: &Value| -> Result<FileMeta, String> {
        let f = fields(v)?;
        let name = f.string("name")?.ok_or_else(|| "«name» is missing".to_owned())?;
        let size = f.get("size").and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok());
        let size = size.ok_or_else(|| format!("«{name}»: «size» should be its length in bytes"))?;
        Ok(FileMeta { size, modified: f.string("modified")?, date: f.string("date")?, name })
    };
    files.iter().enumerate().map(|(i, v)| file(v).map_err(|e| format!("file {}: {e}", i + 1))).collect()
}

#[cfg(test)]
mod tests;
