//! The built-in Arabic stem lexicon: which letter sequences are words, and whether nouns or verbs.
//!
//! Corpus evidence alone cannot tell «بسبب» (ب + سبب) from «باسم» (a name) in a small corpus; a
//! lexicon can. The data is Ayaspell's headword list (MPL 1.1, see LEXICON-LICENSE.md), generated
//! by `scripts/gen-lexicon.py` into a front-coded file that is decoded once per process (the
//! format is described there).

use std::collections::HashSet;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

/// Every distinct form of a corpus is looked up here several times: a fast hash matters.
type Set = HashSet<String, FixedState>;

#[cfg(any(not(target_arch = "wasm32"), test))]
const DATA: &[u8] = include_bytes!("lexicon-ar.bin");
const MAGIC: &[u8] = b"MRSDLEX2";
/// Bytes below this drop letters from the previous entry; bytes from it up are letters.
const FIRST_LETTER: u8 = 0x40;

#[derive(Debug, Default)]
pub struct Lexicon {
    nouns: Set,
    verbs: Set,
}

impl Lexicon {
    /// The embedded lexicon, decoded on first use (a few milliseconds).
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        // A corrupt embedded file would be a build error caught by the tests, so an empty
        // lexicon (corpus evidence only) is a safe fallback rather than a panic.
        LEXICON.get_or_init(|| Lexicon::decode(&data()).unwrap_or_default())
    }

    pub fn is_noun(&self, stem: &str) -> bool {
        self.nouns.contains(stem)
    }

    /// Imperfect verbs are stored in their ي form only, so «تكتب» is looked up as «يكتب».
    pub fn is_verb(&self, stem: &str) -> bool {
        if self.verbs.contains(stem) {
            return true;
        }
        match stem.strip_prefix(['ت', 'ن', 'ا']) {
            Some(rest) if !rest.is_empty() => with_joined("ي", rest, |w| self.verbs.contains(w)),
            _ => false,
        }
    }

    pub fn contains(&self, stem: &str) -> bool {
        self.is_noun(stem) || self.is_verb(stem)
    }

    pub fn len(&self) -> usize {
        self.nouns.len() + self.verbs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn decode(data: &[u8]) -> Option<Lexicon> {
        let mut r = Reader { data: data.strip_prefix(MAGIC)?, pos: 0 };
        let alpha_len = r.u32()?;
        let alphabet: Vec<char> = std::str::from_utf8(r.bytes(alpha_len)?).ok()?.chars().collect();
        let nouns = r.section(&alphabet)?;
        let verbs = r.section(&alphabet)?;
        Some(Lexicon { nouns, verbs })
    }
}

/// The MRSDLEX2 file: native builds embed it as is; the page's wasm embeds it packed by
/// `marsad-lexpack` (`crates/lexpack`, 14 KB smaller gzipped) and unpacks it here, to the
/// same bytes (`the_packed_lexicon_unpacks_to_the_lexicon_byte_for_byte`).
#[cfg(not(target_arch = "wasm32"))]
fn data() -> std::borrow::Cow<'static, [u8]> {
    DATA.into()
}

#[cfg(target_arch = "wasm32")]
fn data() -> std::borrow::Cow<'static, [u8]> {
    marsad_lexpack::unpack(include_bytes!("lexicon-ar.packed")).unwrap_or_default().into()
}

/// Calls `f` with `a` + `b` built on the stack: this runs for every candidate stem of every
/// distinct word, where a heap allocation each time was measurable.
pub fn with_joined<T>(a: &str, b: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 96];
    let n = a.len() + b.len();
    match buf.get_mut(..n) {
        Some(out) => {
            out[..a.len()].copy_from_slice(a.as_bytes());
            out[a.len()..].copy_from_slice(b.as_bytes());
            f(std::str::from_utf8(out).unwrap_or_default())
        }
        None => f(&format!("{a}{b}")),
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(out)
    }

    fn u32(&mut self) -> Option<usize> {
        let b = self.bytes(4)?;
        usize::try_from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok()
    }

    fn section(&mut self, alphabet: &[char]) -> Option<Set> {
        let count = self.u32()?;
        let len = self.u32()?;
        let body = self.bytes(len)?;
        let mut words = Set::with_capacity_and_hasher(count, FixedState::default());
        let mut word: Vec<char> = Vec::new();
        for (i, &b) in body.iter().enumerate() {
            match b.checked_sub(FIRST_LETTER) {
                Some(letter) => word.push(*alphabet.get(usize::from(letter))?),
                None => {
                    // A drop count starts an entry, so it ends the one before (if any).
                    if i > 0 {
                        words.insert(word.iter().collect());
                    }
                    word.truncate(word.len().checked_sub(usize::from(b))?);
                }
            }
        }
        if !body.is_empty() {
            words.insert(word.iter().collect());
        }
        (words.len() == count).then_some(words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lexicon_decodes_with_both_sections() {
        let lex = Lexicon::builtin();
        assert!(lex.len() > 60_000, "{}", lex.len());
        assert!(lex.is_noun("جامعة") && lex.is_noun("لبنان") && lex.is_noun("سبب"));
        assert!(lex.is_verb("اعلن") && lex.is_verb("قال"));
        assert!(lex.is_verb("يكتب") && lex.is_verb("تكتب") && lex.is_verb("نكتب"));
        assert!(!lex.contains("وكان") && !lex.contains("زز"));
        // The first and last entries of each section, which the format's edges decode.
        assert!(lex.is_noun("ائتزار") && lex.is_noun("يينمية") && lex.is_verb("اؤؤب") && lex.is_verb("يينع"));
        assert_eq!((lex.nouns.len(), lex.verbs.len()), (33_856, 29_975));
    }

    #[test]
    fn entries_drop_and_add_letters() {
        let mut data = MAGIC.to_vec();
        data.extend(3u32.to_le_bytes());
        data.extend("abc".as_bytes());
        // «ab», «abc», «ac»; then no verbs.
        let body = [0, 0x40, 0x41, 0, 0x42, 2, 0x42];
        data.extend(3u32.to_le_bytes());
        data.extend(u32::try_from(body.len()).unwrap().to_le_bytes());
        data.extend(body);
        data.extend([0; 8]);
        let lex = Lexicon::decode(&data).unwrap();
        let mut nouns: Vec<&str> = lex.nouns.iter().map(String::as_str).collect();
        nouns.sort_unstable();
        assert_eq!((nouns, lex.verbs.len()), (vec!["ab", "abc", "ac"], 0));
        // Dropping more letters than the entry has is corrupt data, not a panic.
        let first = data.len() - 8 - body.len();
        data[first] = 9;
        assert!(Lexicon::decode(&data).is_none());
    }

    #[test]
    fn the_packed_lexicon_unpacks_to_the_lexicon_byte_for_byte() {
        let packed = include_bytes!("lexicon-ar.packed");
        let unpacked = marsad_lexpack::unpack(packed).unwrap();
        assert!(unpacked == DATA, "run `cargo test --lib pack_the_lexicon -- --ignored`");
    }

    #[test]
    #[ignore = "writes src/key/lexicon-ar.packed"]
    fn pack_the_lexicon() {
        let packed = marsad_lexpack::pack(DATA);
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/src/key/lexicon-ar.packed"), &packed).unwrap();
        assert_eq!(marsad_lexpack::unpack(&packed).unwrap(), DATA);
    }

    #[test]
    fn truncated_data_is_refused_not_a_panic() {
        for n in [0, 4, 8, 12, 40, DATA.len() - 1] {
            assert!(Lexicon::decode(&DATA[..n]).is_none(), "{n}");
        }
    }
}
