//! Zip archives: each entry is read by its own name, archives within archives too.
//!
//! `rawzip` (no dependencies, no_std, reads from a slice without copying) and `miniz_oxide`
//! for deflate cost ~22 KB gzipped in the wasm together; the `zip` crate pulls in getrandom
//! and much more. Every limit of [`ArchiveLimits`](super::ArchiveLimits) is checked against
//! the sizes an entry *declares* before inflating, and inflating stops at the declared size,
//! so a lying header cannot make us allocate more than the limits allow.

use rawzip::{CompressionMethod, ZipArchive, ZipArchiveEntryWayfinder, ZipSliceArchive};

use super::{join, Run};

/// Entries smaller than this are never refused for their compression ratio.
const RATIO_EXEMPT: u64 = 1 << 20;

/// What the central directory says about one file.
pub(super) struct Entry {
    pub name: String,
    method: CompressionMethod,
    encrypted: bool,
    compressed: u64,
    size: u64,
    crc: u32,
    wayfinder: ZipArchiveEntryWayfinder,
}

/// The files of an archive (not its directories), or why it cannot be read.
pub(super) fn entries(bytes: &[u8]) -> Result<(ZipSliceArchive<&[u8]>, Vec<Entry>), String> {
    let archive = ZipArchive::from_slice(bytes).map_err(|e| format!("not a readable zip archive: {e}"))?;
    let mut list = Vec::new();
    let mut records = archive.entries();
    loop {
        match records.next_entry() {
            Ok(Some(record)) if record.is_dir() => {}
            Ok(Some(record)) => list.push(Entry {
                name: String::from_utf8_lossy(record.file_path().as_ref()).into_owned(),
                method: record.compression_method(),
                encrypted: record.flags().is_encrypted(),
                compressed: record.compressed_size_hint(),
                size: record.uncompressed_size_hint(),
                crc: record.crc32(),
                wayfinder: record.wayfinder(),
            }),
            Ok(None) => break,
            Err(e) => return Err(format!("damaged zip directory after {} entries: {e}", list.len())),
        }
    }
    Ok((archive, list))
}

impl Run<'_> {
    pub(super) fn zip(&mut self, location: &str, bytes: &[u8], depth: u8) {
        let limits = self.options.limits;
        if depth >= limits.max_depth {
            let message = format!("an archive nested more than {} deep; not opened", limits.max_depth);
            return self.fail(location, message);
        }
        let (archive, list) = match entries(bytes) {
            Ok(found) => found,
            Err(message) => return self.fail(location, message),
        };
        if list.iter().any(|e| e.name == "word/document.xml") && list.iter().any(|e| e.name == "[Content_Types].xml") {
            return self.docx(location, bytes);
        }
        let before = self.out.len();
        for entry in list.iter().filter(|e| !hidden(&e.name)) {
            let here = join(location, &entry.name);
            if self.entries >= limits.max_entries {
                let message =
                    format!("more than {} files in the archive(s); the rest were not read", limits.max_entries);
                return self.fail(location, message);
            }
            self.entries += 1;
            match self.inflate(&archive, entry) {
                Ok(data) => self.file(&here, &data, depth + 1),
                Err(message) => self.fail(&here, message),
            }
        }
        if self.out.len() == before {
            self.fail(location, "no files in this archive");
        }
    }

    /// An entry's bytes, within the limits.
    pub(super) fn inflate(&mut self, archive: &ZipSliceArchive<&[u8]>, entry: &Entry) -> Result<Vec<u8>, String> {
        let limits = self.options.limits;
        if entry.encrypted {
            return Err("encrypted (password-protected); cannot be read".to_owned());
        }
        if entry.size > RATIO_EXEMPT && entry.size / entry.compressed.max(1) > u64::from(limits.max_ratio) {
            return Err(format!(
                "compressed {}:1, more than the limit of {}:1 (a zip bomb?); not read",
                entry.size / entry.compressed.max(1),
                limits.max_ratio
            ));
        }
        if self.total_bytes.saturating_add(entry.size) > limits.max_total_bytes {
            let limit = match limits.max_total_bytes {
                n if n >= 1 << 20 => format!("{} MB", n >> 20),
                n => format!("{n} bytes"),
            };
            return Err(format!("would bring the uncompressed total over the limit of {limit}; not read"));
        }
        let size = usize::try_from(entry.size).map_err(|_| "too large to read here".to_owned())?;
        let local = archive.get_entry(entry.wayfinder).map_err(|e| format!("damaged entry: {e}"))?;
        let data = match entry.method {
            CompressionMethod::STORE => local.data().to_vec(),
            CompressionMethod::DEFLATE => miniz_oxide::inflate::decompress_to_vec_with_limit(local.data(), size)
                .map_err(|e| match e.status {
                    miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                        "inflates to more than its declared size; damaged or forged".to_owned()
                    }
                    _ => format!("damaged compressed data ({e})"),
                })?,
            other => {
                return Err(format!("compressed with method {other}; only stored and deflate entries can be read"))
            }
        };
        if data.len() != size || crc32(&data) != entry.crc {
            return Err("damaged: its size or checksum does not match the archive's directory".to_owned());
        }
        self.total_bytes += entry.size;
        Ok(data)
    }
}

/// CRC-32 (IEEE), byte at a time. rawzip's own is faster but its 16 KB of tables would be
/// the largest thing this module adds to the wasm; this one's table is 1 KB, built on first use
/// (as a constant it was 1 KB of incompressible data in the page's wasm).
fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(crc_table);
    !data.iter().fold(!0u32, |crc, &b| (crc >> 8) ^ table[usize::from((crc as u8) ^ b)])
}

fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    for (i, entry) in (0u32..).zip(table.iter_mut()) {
        *entry = (0..8).fold(i, |crc, _| if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 });
    }
    table
}

/// Folders and files that archivers and operating systems add, which no one means to load.
fn hidden(name: &str) -> bool {
    name.split(['/', '\\']).any(|part| part.starts_with('.') || part == "__MACOSX")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn system_files_are_hidden() {
        assert!(hidden("__MACOSX/a.json"));
        assert!(hidden("folder/.DS_Store"));
        assert!(hidden(".git/config"));
        assert!(!hidden("folder/a.json"));
    }
}
