//! `marsad`: the core on the command line, for corpora too large for a browser tab and for the
//! evaluation scripts. File reading lives here; the library does no I/O.

mod cli;

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use cli::commands;
use cli::load::{files, load, Settings};
use cli::table::Format;
use lexopt::prelude::*;
use marsad::date::Date;
use marsad::decode::decode;
use marsad::kwic::KwicQuery;
use marsad::tokenise::{records, TokenRecord};
use marsad::{key, normalise::NormaliseOptions, EngineOptions, KeywordQuery, TimelineQuery};

const USAGE: &str = "\
usage:
  marsad normalize                       normalise stdin to stdout
  marsad keys                            one word per line on stdin -> one grouping key per line
  marsad tokens PATH...                  one JSON line per token: file, text, kind, and offsets into
                                         the decoded text in bytes (start, end) and UTF-16 (start16, end16)
  marsad freq [--limit N] [--min-count N] [--sort count|docs|tfidf] [--script arabic|latin|other]
              [--stopwords] [--numbers] [--links] PATH...
  marsad timeline QUERY [--bucket auto|day|week|month|quarter|year] [--measure count|rate|share]
              [--smoothing N] PATH...
  marsad dates PATH...                   every document's date, its source (field, html-meta, text,
                                         file-name, last-modified …) and confidence
  marsad dups PATH...                    near-duplicate clusters (syndicated and rewritten copies)
  marsad kwic QUERY [--width CHARS] [--sort document|left|right] [--from DATE] [--to DATE]
              [--limit N] [--offset N] PATH...
Every corpus command: --csv or --json (default: tab-separated), --stoplists ar,en,fr (default
  ar,en), --stem english (Snowball-stem non-Arabic words), --dedupe (count each near-duplicate
  cluster once), --no-boilerplate (leave out lines repeated across a site's pages),
  --manifest FILE (a CSV of file,date), --column text=body (also title=, date=, source=: the CSV
  columns or JSON fields to read), --verbose (list every warning).
QUERY: a word (matched by key: الموصل finds والموصل), =exact, \"a phrase\", prefix*, a | b (one
  series), -excluded.
PATH is a file or a folder, read recursively: .txt .md .html .csv .tsv .json .jsonl .zip .docx.
A document's date comes from a manifest, else its date field or HTML metadata, else a date near
the top of its text, else an ISO date in its file name, else the file's modification time.
Exit status 1 if some files, entries or rows could not be read; 2 for a usage error.";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        // A closed pipe (`marsad freq … | head`) is the reader's choice, not an error.
        Err(e) if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("marsad: {e}\n(marsad --help lists the commands)");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let mut args = lexopt::Parser::from_env();
    let command = match args.next()? {
        Some(Value(v)) => v.string()?,
        Some(Long("help") | Short('h')) | None => {
            println!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        Some(other) => return Err(other.unexpected().into()),
    };
    let mut keywords = KeywordQuery { limit: 100, ..KeywordQuery::default() };
    let mut series = TimelineQuery::default();
    let mut kwic = KwicQuery::default();
    let (mut format, mut positional) = (Format::Tsv, Vec::<String>::new());
    let mut options = EngineOptions::default();
    let mut settings = Settings::default();
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => format = Format::Json,
            Long("dedupe") => settings.dedupe = true,
            Long("no-boilerplate") => settings.no_boilerplate = true,
            Long("manifest") => settings.manifest = Some(args.value()?.string()?),
            Long("column") => {
                let v = args.value()?.string()?;
                let (what, name) =
                    v.split_once('=').ok_or(format!("--column «{v}»: write what=name, e.g. text=body"))?;
                let slot = match what {
                    "text" => &mut options.columns.text,
                    "title" => &mut options.columns.title,
                    "date" => &mut options.columns.date,
                    "source" => &mut options.columns.source,
                    _ => return Err(format!("--column «{v}»: text, title, date or source").into()),
                };
                *slot = Some(name.to_owned());
            }
            Long("verbose") | Short('v') => cli::load::VERBOSE.store(true, std::sync::atomic::Ordering::Relaxed),
            Long("csv") => format = Format::Csv,
            Long("limit") => {
                keywords.limit = args.value()?.parse()?;
                kwic.limit = keywords.limit;
            }
            Long("offset") => kwic.offset = args.value()?.parse()?,
            Long("min-count") => keywords.min_count = args.value()?.parse()?,
            Long("script") => keywords.script = Some(enumerated(args.value()?.string()?)?),
            Long("sort") => {
                let v = args.value()?.string()?;
                match command.as_str() {
                    "kwic" => kwic.sort = enumerated(v)?,
                    _ => keywords.sort = enumerated(v)?,
                }
            }
            Long("stopwords") => keywords.include_stopwords = true,
            Long("numbers") => keywords.include_numbers = true,
            Long("links") => keywords.include_links = true,
            Long("stem") => options.stemming = Some(args.value()?.string()?),
            Long("stoplists") => {
                options.stopword_languages = args.value()?.string()?.split(',').map(str::to_owned).collect();
            }
            Long("bucket") => series.shape.bucket = enumerated(args.value()?.string()?)?,
            Long("measure") => series.shape.measure = enumerated(args.value()?.string()?)?,
            Long("smoothing") => series.shape.smoothing = args.value()?.parse()?,
            Long("width") => kwic.width = args.value()?.parse()?,
            Long("from") => kwic.from = Some(date(&args.value()?.string()?)?),
            Long("to") => kwic.to = Some(date(&args.value()?.string()?)?),
            Value(v) => positional.push(v.string()?),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let out = &mut io::stdout().lock();
    // Commands that take a query first, then paths.
    let query_and_paths = || positional.split_first().ok_or(format!("{command} needs a QUERY and then files"));
    let failed = match command.as_str() {
        "normalize" | "normalise" => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text)?;
            out.write_all(NormaliseOptions::default().normalise(&text).as_bytes())?;
            0
        }
        "keys" => {
            let words: Vec<String> = io::stdin().lock().lines().collect::<Result<_, _>>()?;
            for key in key::keys_for_words(&words, &NormaliseOptions::default()) {
                writeln!(out, "{key}")?;
            }
            0
        }
        "tokens" => print_tokens(&positional, out)?,
        "freq" => {
            let (engine, failed) = load(&positional, options, &settings)?;
            commands::freq(&engine, &keywords, format, out)?;
            failed
        }
        "timeline" => {
            let (query, paths) = query_and_paths()?;
            let (engine, failed) = load(paths, options, &settings)?;
            series.query = query.clone();
            commands::timeline(&engine, &series, format, out)?;
            failed
        }
        "dates" => {
            let (engine, failed) = load(&positional, options, &settings)?;
            commands::dates(&engine, format, out)?;
            failed
        }
        "dups" => {
            let (engine, failed) = load(&positional, options, &settings)?;
            commands::dups(&engine, format, out)?;
            failed
        }
        "kwic" => {
            let (query, paths) = query_and_paths()?;
            let (engine, failed) = load(paths, options, &settings)?;
            kwic.query = query.clone();
            commands::kwic(&engine, &kwic, format, out)?;
            failed
        }
        other => return Err(format!("unknown command «{other}»").into()),
    };
    Ok(exit_code(failed))
}

/// An option value naming a variant of one of the library's enums, as in its JSON.
fn enumerated<T: serde::de::DeserializeOwned>(v: String) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(v.clone())).map_err(|e| format!("«{v}»: {e}"))
}

fn date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("«{s}» is not a YYYY-MM-DD date"))
}

/// Writes every token of every file under `paths`; returns how many files could not be read.
fn print_tokens(paths: &[String], out: &mut impl Write) -> Result<usize, Box<dyn std::error::Error>> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        token: TokenRecord<'a>,
    }
    let mut failed = 0;
    for (path, found) in files(paths)? {
        let file = path.display().to_string();
        let bytes = found.and_then(|()| std::fs::read(&path)).map_err(|e| e.to_string());
        let decoded = match bytes.as_deref().map_err(Clone::clone).and_then(|b| decode(b).map_err(|e| e.to_string())) {
            Ok(decoded) => decoded,
            Err(message) => {
                eprintln!("marsad: {file}: {message}");
                failed += 1;
                continue;
            }
        };
        for token in records(decoded.text.as_ref()) {
            serde_json::to_writer(&mut *out, &Line { file: &file, token })?;
            writeln!(out)?;
        }
    }
    Ok(failed)
}

/// Partial success is still a result, but scripts should notice that files were skipped.
fn exit_code(failed: usize) -> ExitCode {
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
