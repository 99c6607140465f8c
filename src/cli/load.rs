//! Files and folders → an engine. All file reading of the CLI is here.

use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use marsad::date::Date;
use marsad::{DocumentInput, Engine, EngineOptions};

/// Extensions read inside folders; a file named on the command line is always read.
const READ_IN_FOLDERS: &[&str] =
    &["txt", "md", "markdown", "html", "htm", "xhtml", "csv", "tsv", "json", "jsonl", "ndjson", "zip", "docx"];

/// What to do with the corpus once it is loaded.
#[derive(Debug, Default, Clone)]
pub struct Settings {
    /// Count each near-duplicate cluster once.
    pub dedupe: bool,
    /// Leave repeated boilerplate lines out.
    pub no_boilerplate: bool,
    /// A CSV of file → date.
    pub manifest: Option<String>,
}

/// Reads every file under `paths` into an engine; unreadable files are reported on stderr
/// and counted, and the rest load.
pub fn load(
    paths: &[String],
    options: EngineOptions,
    settings: &Settings,
) -> Result<(Engine, usize), Box<dyn std::error::Error>> {
    let mut engine = Engine::new(options)?;
    let mut failed = 0;
    let mut read = Vec::new();
    for (path, found) in files(paths)? {
        let name = path.display().to_string();
        match found.and_then(|()| std::fs::read(&path)) {
            Ok(bytes) => read.push((name, bytes, modified(&path))),
            Err(e) => {
                eprintln!("marsad: {name}: {e}");
                failed += 1;
            }
        }
    }
    let inputs: Vec<DocumentInput> = read
        .iter()
        .map(|(name, bytes, modified)| DocumentInput { name, bytes, date: None, modified: modified.as_deref() })
        .collect();
    let mut warned = 0;
    for report in engine.add_files(&inputs) {
        for doc in &report.documents {
            warned += usize::from(!doc.warnings.is_empty());
            let place = if doc.location.is_empty() { &doc.name } else { &doc.location };
            doc.warnings.iter().for_each(|w| verbose(&format!("{place}: warning: {w}")));
        }
        for e in &report.errors {
            eprintln!("marsad: {e}");
        }
        failed += usize::from(!report.errors.is_empty());
    }
    if warned > 0 && !VERBOSE.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("marsad: {warned} document(s) loaded with warnings (--verbose lists them)");
    }
    if let Some(path) = &settings.manifest {
        let text = std::fs::read_to_string(path).map_err(|e| format!("manifest {path}: {e}"))?;
        let report = engine.apply_manifest(&text);
        report.errors.iter().for_each(|e| eprintln!("marsad: manifest {path}: {e}"));
        report.unmatched.iter().for_each(|f| eprintln!("marsad: manifest {path}: «{f}» matches no document"));
        verbose(&format!("manifest {path}: {} document(s) dated", report.dated));
    }
    if settings.no_boilerplate {
        let lines = engine.set_exclude_boilerplate(true);
        lines.iter().for_each(|l| verbose(&format!("boilerplate left out ({} documents): {}", l.docs, l.text)));
    }
    engine.set_count_duplicates_once(settings.dedupe);
    Ok((engine, failed))
}

/// Set by `--verbose`: list every warning rather than counting them.
pub static VERBOSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn verbose(message: &str) {
    if VERBOSE.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("marsad: {message}");
    }
}

/// The files under `paths`, folders walked recursively in name order.
/// A file found, or the error met looking into a folder.
pub type Found = (PathBuf, io::Result<()>);

pub fn files(paths: &[String]) -> Result<Vec<Found>, Box<dyn std::error::Error>> {
    if paths.is_empty() {
        return Err("no files given".into());
    }
    let mut files = Vec::new();
    paths.iter().for_each(|p| collect(Path::new(p), &mut files));
    Ok(files)
}

fn collect(path: &Path, out: &mut Vec<Found>) {
    if !path.is_dir() {
        out.push((path.to_owned(), Ok(())));
        return;
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut children: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
                .filter(|p| {
                    p.is_dir()
                        || p.extension().is_some_and(|x| READ_IN_FOLDERS.iter().any(|r| x.eq_ignore_ascii_case(r)))
                })
                .collect();
            children.sort();
            children.iter().for_each(|c| collect(c, out));
        }
        Err(e) => out.push((path.to_owned(), Err(e))),
    }
}

/// The file's last-modified day in UTC (the page uses the browser's local day).
pub fn modified(path: &Path) -> Option<String> {
    let time = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let secs = i64::try_from(time.duration_since(UNIX_EPOCH).ok()?.as_secs()).ok()?;
    Some(Date::from_days_since_epoch(secs.div_euclid(86_400)).to_string())
}
