//! The lists as the page's wasm carries them: their embedded text (the files without their
//! notices, [`super::embed`]) joined by NUL and packed by `marsad-lexpack`, 6.4 KB where the
//! same text costs 7.9 KB gzipped inside the module; unpacked once, on first use. Native builds
//! embed the text as it is. Regenerate `stopwords.packed` after `scripts/gen-stopwords.mjs`
//! with `cargo test --lib pack_the_stopwords -- --ignored` (a test fails until then).

#[cfg(any(target_arch = "wasm32", test))]
use super::{Language, NAMES};

/// Every built-in list, in a fixed order. Should the packed text ever be corrupt (a build
/// error the tests catch), the lists are empty rather than the engine failing.
#[cfg(target_arch = "wasm32")]
pub fn languages() -> &'static [Language] {
    static LISTS: std::sync::OnceLock<Vec<Language>> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let text =
            marsad_lexpack::unpack_table(include_bytes!("stopwords.packed")).and_then(|b| String::from_utf8(b).ok());
        let text: &'static str = Box::leak(text.unwrap_or_default().into_boxed_str());
        let mut files = text.split('\0');
        NAMES.iter().map(|&(code, name)| Language { code, name, file: files.next().unwrap_or("") }).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::super::LANGUAGES;
    use super::*;

    const PACKED: &[u8] = include_bytes!("stopwords.packed");

    fn joined() -> String {
        LANGUAGES.iter().map(|l| l.file).collect::<Vec<_>>().join("\0")
    }

    #[test]
    fn the_packed_lists_are_the_lists() {
        let names: Vec<(&str, &str)> = LANGUAGES.iter().map(|l: &Language| (l.code, l.name)).collect();
        assert_eq!(names, NAMES);
        assert!(LANGUAGES.iter().all(|l| !l.file.contains('\0')));
        let unpacked = marsad_lexpack::unpack_table(PACKED).unwrap();
        assert!(unpacked == joined().as_bytes(), "run `cargo test --lib pack_the_stopwords -- --ignored`");
    }

    #[test]
    #[ignore = "writes src/stopwords/stopwords.packed"]
    fn pack_the_stopwords() {
        let packed = marsad_lexpack::pack_table(joined().as_bytes(), 1);
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/src/stopwords/stopwords.packed"), packed).unwrap();
    }
}
