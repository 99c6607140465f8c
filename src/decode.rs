//! Bytes → text. The first stage of the pipeline.
//!
//! Journalists' folders mix UTF-8 with UTF-16 exports and legacy Windows-1256 files, so the
//! encoding is sniffed per document rather than assumed, and what was decided is reported so
//! a wrong guess can be seen. Decoding never fails: undecodable bytes become U+FFFD and are
//! counted, because losing a whole article over one bad byte would be worse.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

/// The text of one document and how it was obtained from its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// WHATWG name of the encoding used, e.g. `UTF-8`, `windows-1256`.
    pub encoding: &'static str,
    /// Bytes (or byte sequences) that could not be decoded and were replaced by U+FFFD.
    pub replaced: usize,
}

/// Why a file is not text at all. Reported per file so the others still load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// A NUL byte outside UTF-16 almost always means an image, archive or office file.
    Binary { offset: usize },
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotText::Binary { offset } => write!(
                f,
                "not a text file: binary data (a NUL byte at byte {offset}); \
                 is it an image, archive or office document?"
            ),
        }
    }
}

/// Decodes a document's bytes, sniffing a BOM first, then UTF-8, then a legacy encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, NotText> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(encoding, &bytes[bom_len..]));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary { offset });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: Cow::Borrowed(text), encoding: UTF_8.name(), replaced: 0 });
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // Arabic-script legacy files are the common case for our users, hence the `ar` hint.
    let encoding = detector.guess(Some(b"ar"), Utf8Detection::Allow);
    Ok(decode_with(encoding, bytes))
}

fn decode_with<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Decoded<'a> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let replaced = if had_errors { text.chars().filter(|&c| c == '\u{FFFD}').count() } else { 0 };
    Decoded { text, encoding: encoding.name(), replaced }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_and_named() {
        let d = decode("الموصل".as_bytes()).unwrap();
        assert_eq!(d.text, "الموصل");
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert_eq!((d.encoding, d.replaced), ("UTF-8", 0));
    }

    #[test]
    fn boms_are_sniffed_and_removed() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("نص".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("نص", "UTF-16LE"));

        let d = decode(b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("abc", "UTF-8"));
    }

    #[test]
    fn windows_1256_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256
            .encode("أعلنت الحكومة العراقية اليوم استعادة مدينة الموصل من تنظيم داعش بعد معارك طويلة");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1256");
        assert!(d.text.starts_with("أعلنت الحكومة"), "{}", d.text);
    }

    #[test]
    fn binary_is_refused_with_the_offset() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(NotText::Binary { offset: 8 }));
        assert!(NotText::Binary { offset: 8 }.to_string().contains("byte 8"));
    }
}
