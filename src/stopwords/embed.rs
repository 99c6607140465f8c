//! The stopword files as the binary embeds them: without their comment lines.
//!
//! Each file's header carries the curation notes and the upstream MIT notice (23 KB over the
//! thirteen lists, 3.5 KB of the page's gzipped wasm). The files keep them, `THIRD-PARTY-NOTICES.md`
//! ships them beside the module, and only the `# Source:` and `# Licence:` lines stay embedded,
//! for [`super::Language::source`] and [`super::Language::licence`]. Done in `const fn`s so the
//! stripped text is built at compile time and no build script is needed.

/// The header lines that stay in the embedded text, read by `source()` and `licence()`.
pub(super) const SOURCE: &str = "# Source: ";
pub(super) const LICENCE: &str = "# Licence: ";
#[cfg(any(not(target_arch = "wasm32"), test))] // the page's wasm unpacks the stripped text (`packed.rs`)
const KEPT_COMMENTS: [&[u8]; 2] = [SOURCE.as_bytes(), LICENCE.as_bytes()];

#[cfg(any(not(target_arch = "wasm32"), test))]
/// The length of `file` once its other comment lines are left out.
pub const fn stripped_len(file: &[u8]) -> usize {
    let mut len = 0;
    let mut start = 0;
    while start < file.len() {
        let end = line_end(file, start);
        if keeps(file, start) {
            len += end - start;
        }
        start = end;
    }
    len
}

#[cfg(any(not(target_arch = "wasm32"), test))]
/// `file` without its other comment lines; `N` must be [`stripped_len`] of it.
pub const fn strip<const N: usize>(file: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut start = 0;
    while start < file.len() {
        let end = line_end(file, start);
        if keeps(file, start) {
            let mut i = start;
            while i < end {
                out[at] = file[i];
                at += 1;
                i += 1;
            }
        }
        start = end;
    }
    out
}

#[cfg(any(not(target_arch = "wasm32"), test))]
/// The index just past the line starting at `start`, its `\n` included.
const fn line_end(file: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < file.len() {
        i += 1;
        if file[i - 1] == b'\n' {
            break;
        }
    }
    i
}

#[cfg(any(not(target_arch = "wasm32"), test))]
const fn keeps(file: &[u8], start: usize) -> bool {
    if start >= file.len() || file[start] != b'#' {
        return true;
    }
    let mut k = 0;
    while k < KEPT_COMMENTS.len() {
        if starts_with_at(file, start, KEPT_COMMENTS[k]) {
            return true;
        }
        k += 1;
    }
    false
}

#[cfg(any(not(target_arch = "wasm32"), test))]
const fn starts_with_at(file: &[u8], start: usize, prefix: &[u8]) -> bool {
    if file.len() - start < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if file[start + i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_source_and_licence_comments_stay() {
        const FILE: &[u8] = b"# head\n# Source: x\n#\n# Licence: MIT\nal\n#tail\nb";
        const KEPT: [u8; stripped_len(FILE)] = strip(FILE);
        assert_eq!(std::str::from_utf8(&KEPT).unwrap(), "# Source: x\n# Licence: MIT\nal\nb");
        assert_eq!(strip::<0>(b""), [0u8; 0]);
        assert_eq!(stripped_len(b"#"), 0);
    }
}
