//! Files and folders → an engine. All file reading of the CLI is here.

use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use marsad::date::Date;
use marsad::{DocumentInput, Engine, EngineOptions};

/// Extensions read inside folders; a file named on the command line is always read.
const READ_IN_FOLDERS: &[&str] = &["txt"];

/// Reads every file under `paths` into an engine; unreadable files are reported on stderr
/// and counted, and the rest load.
pub fn load(paths: &[String], options: EngineOptions) -> Result<(Engine, usize), Box<dyn std::error::Error>> {
    let files = files(paths)?;
    let mut engine = Engine::new(options)?;
    let mut failed = 0;
    for (path, found) in files {
        let name = path.display().to_string();
        let result = found.and_then(|()| std::fs::read(&path)).map_err(|e| e.to_string()).and_then(|bytes| {
            let modified = modified(&path);
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

/// The files under `paths`, folders walked recursively in name order.
pub fn files(paths: &[String]) -> Result<Vec<(PathBuf, io::Result<()>)>, Box<dyn std::error::Error>> {
    if paths.is_empty() {
        return Err("no files given".into());
    }
    let mut files = Vec::new();
    paths.iter().for_each(|p| collect(Path::new(p), &mut files));
    Ok(files)
}

fn collect(path: &Path, out: &mut Vec<(PathBuf, io::Result<()>)>) {
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
