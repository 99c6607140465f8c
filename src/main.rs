//! `marsad`: the core on the command line, for corpora too large for a browser tab and for the
//! evaluation scripts. File reading lives here; the library does no I/O.

mod cli;

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use cli::args::{self, Args};
use cli::commands;
use cli::load::{files, load};
use marsad::decode::decode;
use marsad::tokenise::{records, TokenRecord};
use marsad::{key, normalise::NormaliseOptions};

const USAGE: &str = "\
usage:
  marsad normalize                       normalise stdin to stdout
  marsad keys                            one word per line on stdin -> one grouping key per line
  marsad tokens PATH...                  one JSON line per token: file, text, kind, and offsets into
                                         the decoded text in bytes (start, end) and UTF-16 (start16, end16)
  marsad freq [--limit N] [--min-count N] [--sort count|docs|tfidf] [--script arabic|latin|other]
              [--stopwords] [--numbers] [--links] PATH...
  marsad timeline QUERY [--bucket auto|day|week|month|quarter|year] [--measure count|rate|share]
              [--smoothing N] [--analysis] PATH...   --analysis writes the chart file that
                                         <marsad-timeline src=FILE> draws on any web page
  marsad dates PATH...                   every document's date, its source (field, html-meta, text,
                                         file-name, last-modified …) and confidence
  marsad dups PATH...                    near-duplicate clusters (syndicated and rewritten copies)
  marsad ngrams [--n 2-4] [--min-count N] [--limit N] PATH...   word sequences within sentences,
                                         not starting or ending on a stopword
  marsad collocates QUERY [--window N] [--sort logLikelihood|pmi|count] PATH...
  marsad keyness [--from DATE] [--to DATE] [--source NAME] PATH...   what sets the documents of a
                                         period or source apart from the rest (G², log ratio)
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
    let Some(Args {
        command,
        positional,
        format,
        options,
        settings,
        keywords,
        mut series,
        mut kwic,
        ngrams,
        mut collocates,
        keyness,
        analysis,
    }) = args::parse()?
    else {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    };
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
            if analysis {
                commands::analysis(&engine, &series, out)?;
            } else {
                commands::timeline(&engine, &series, format, out)?;
            }
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
        "ngrams" => {
            let (engine, failed) = load(&positional, options, &settings)?;
            commands::ngrams(&engine, &ngrams, format, out)?;
            failed
        }
        "collocates" => {
            let (query, paths) = query_and_paths()?;
            let (engine, failed) = load(paths, options, &settings)?;
            collocates.query = query.clone();
            commands::collocates(&engine, &collocates, format, out)?;
            failed
        }
        "keyness" => {
            let (engine, failed) = load(&positional, options, &settings)?;
            commands::keyness(&engine, &keyness, format, out)?;
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
