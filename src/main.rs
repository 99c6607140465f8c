//! `marsad`: the core on the command line, for corpora too large for a browser tab and for the
//! evaluation scripts. File reading lives here; the library does no I/O.

use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use lexopt::prelude::*;
use marsad::date::Date;
use marsad::decode::decode;
use marsad::tokenise::{records, TokenRecord};
use marsad::{key, normalise::NormaliseOptions, Bucket, DocumentInput, Engine, EngineOptions, KeywordQuery};

const USAGE: &str = "\
usage:
  marsad normalize                       normalise stdin to stdout
  marsad keys                            one word per line on stdin -> one grouping key per line
  marsad freq [--limit N] [--stopwords] [--numbers] [--links] [--json] [OPTIONS] PATH...
  marsad timeline TERM [--bucket auto|day|month|year] [--json] [OPTIONS] PATH...
OPTIONS: --stoplists ar,en,fr   stopword lists to use (default ar,en)
         --stem english         Snowball-stem non-Arabic words
  marsad tokens PATH...                  one JSON line per token: file, text, kind, and offsets into
                                         the decoded text in bytes (start, end) and UTF-16 (start16, end16)
PATH is a file or a folder (its .txt files, recursively). Dates come from ISO dates in file names,
else from the file's modification time.";

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
    let mut query = KeywordQuery { limit: 100, ..KeywordQuery::default() };
    let (mut json, mut bucket, mut positional) = (false, Bucket::Auto, Vec::<String>::new());
    let mut options = EngineOptions::default();
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => json = true,
            Long("limit") => query.limit = args.value()?.parse()?,
            Long("stopwords") => query.include_stopwords = true,
            Long("numbers") => query.include_numbers = true,
            Long("links") => query.include_links = true,
            Long("stem") => options.stemming = Some(args.value()?.string()?),
            Long("stoplists") => {
                options.stopword_languages = args.value()?.string()?.split(',').map(str::to_owned).collect();
            }
            Long("bucket") => bucket = serde_json::from_value(serde_json::Value::String(args.value()?.string()?))?,
            Value(v) => positional.push(v.string()?),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let out = &mut io::stdout().lock();
    match command.as_str() {
        "normalize" | "normalise" => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text)?;
            out.write_all(NormaliseOptions::default().normalise(&text).as_bytes())?;
        }
        "keys" => {
            let words: Vec<String> = io::stdin().lock().lines().collect::<Result<_, _>>()?;
            for key in key::keys_for_words(&words, &NormaliseOptions::default()) {
                writeln!(out, "{key}")?;
            }
        }
        "freq" => {
            let (engine, failed) = load(&positional, options)?;
            let keywords = engine.keywords(&query);
            if json {
                serde_json::to_writer_pretty(&mut *out, &keywords)?;
                writeln!(out)?;
            } else {
                writeln!(out, "term\tcount\tdocs\tvariants")?;
                for k in keywords {
                    let variants: Vec<_> = k.variants.iter().map(|v| format!("{}×{}", v.form, v.count)).collect();
                    writeln!(out, "{}\t{}\t{}\t{}", k.display, k.count, k.docs, variants.join(" "))?;
                }
            }
            return Ok(exit_code(failed));
        }
        "timeline" => {
            let (term, paths) = positional.split_first().ok_or("timeline needs a TERM")?;
            let (engine, failed) = load(paths, options)?;
            let timeline = engine.timeline(&marsad::TimelineQuery::new(term, bucket))?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &timeline)?;
                writeln!(out)?;
            } else {
                writeln!(out, "start\tcount\tdocs\tdocs_with_term")?;
                for p in &timeline.series.points {
                    writeln!(out, "{}\t{}\t{}\t{}", p.start, p.count, p.docs, p.docs_with_term)?;
                }
                writeln!(out, "undated\t{}\t{}\t", timeline.series.undated_count, timeline.series.undated_docs)?;
            }
            return Ok(exit_code(failed));
        }
        "tokens" => return Ok(exit_code(print_tokens(&positional, out)?)),
        other => return Err(format!("unknown command «{other}»").into()),
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes every token of every file under `paths`; returns how many files could not be read.
fn print_tokens(paths: &[String], out: &mut impl Write) -> Result<usize, Box<dyn std::error::Error>> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        token: TokenRecord<'a>,
    }
    if paths.is_empty() {
        return Err("no files given".into());
    }
    let mut files = Vec::new();
    paths.iter().for_each(|p| collect(Path::new(p), &mut files));
    let mut failed = 0;
    for (path, found) in files {
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

/// Reads every file under `paths` into an engine; unreadable files are reported and skipped.
fn load(paths: &[String], options: EngineOptions) -> Result<(Engine, usize), Box<dyn std::error::Error>> {
    if paths.is_empty() {
        return Err("no files given".into());
    }
    let mut files = Vec::new();
    for p in paths {
        collect(Path::new(p), &mut files);
    }
    let mut engine = Engine::new(options)?;
    let mut failed = 0;
    for (path, found) in files {
        let name = path.display().to_string();
        let result = found.and_then(|()| std::fs::read(&path)).map_err(|e| e.to_string()).and_then(|bytes| {
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok().and_then(utc_date);
            let input = DocumentInput { name: &name, bytes: &bytes, date: None, modified: modified.as_deref() };
            engine.add(input).map_err(|e| e.message)
        });
        match result {
            Ok(summary) => summary.warnings.iter().for_each(|w| eprintln!("marsad: {name}: warning: {w}")),
            Err(message) => {
                eprintln!("marsad: {name}: {message}");
                failed += 1;
            }
        }
    }
    Ok((engine, failed))
}

fn collect(path: &Path, out: &mut Vec<(PathBuf, io::Result<()>)>) {
    if !path.is_dir() {
        out.push((path.to_owned(), Ok(())));
        return;
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            // Inside folders only .txt is read for now, as in the page; a file named
            // explicitly is always read.
            let mut children: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
                .collect();
            children.sort();
            children.iter().for_each(|c| collect(c, out));
        }
        Err(e) => out.push((path.to_owned(), Err(e))),
    }
}

fn utc_date(time: SystemTime) -> Option<String> {
    let secs = i64::try_from(time.duration_since(UNIX_EPOCH).ok()?.as_secs()).ok()?;
    Some(Date::from_days_since_epoch(secs.div_euclid(86_400)).to_string())
}
