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

/// Decodes a document's bytes, sniffing a BOM first, then UTF-16 by its byte pattern, then
/// UTF-8 (tolerating a few broken sequences), then a legacy encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, NotText> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(encoding, &bytes[bom_len..]));
    }
    // `contains` is memchr, many times faster than searching by position in every file; it is
    // asked once, for UTF-16 sniffing and for binary files.
    let has_nul = bytes.contains(&0);
    if let Some(encoding) = utf16_without_bom(bytes, has_nul) {
        return Ok(decode_with(encoding, bytes));
    }
    if has_nul {
        let offset = bytes.iter().position(|&b| b == 0).unwrap_or(0);
        return Err(NotText::Binary { offset });
    }
    // Validation runs over every byte of every document; simdutf8 does it with SIMD where the
    // CPU has it (several times std's speed on Arabic text) and is std's algorithm elsewhere.
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text: Cow::Borrowed(text), encoding: UTF_8.name(), replaced: 0 }),
        Err(_) if mostly_utf8(bytes) => return Ok(decode_with(UTF_8, bytes)),
        Err(_) => {}
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // The hint is a top-level domain: .sa tilts the guess toward Arabic-script encodings
    // (windows-1256), the common case for our users, without excluding the others.
    let encoding = detector.guess(Some(b"sa"), Utf8Detection::Allow);
    Ok(decode_with(encoding, bytes))
}

/// A UTF-8 file with a stray byte or a truncated last character is still UTF-8: one bad byte
/// must cost one replacement character, not turn the article into windows-1252 gibberish.
/// Legacy 8-bit text almost never forms valid multi-byte sequences, so «mostly» is telling.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid_multibyte >= 8 && invalid * 20 <= valid_multibyte
}

/// UTF-16 saved without a BOM: in Arabic, Latin or mixed text the high byte of almost every
/// code unit is 0x00 (Latin, spaces, digits) or 0x06 (Arabic), while low bytes vary.
fn utf16_without_bom(bytes: &[u8], has_nul: bool) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let high = |b: &u8| *b == 0x00 || *b == 0x06;
    let units = bytes.len() / 2;
    // Text with no high byte at all, as UTF-8 text has neither, is answered by two memchr
    // passes instead of two counting ones.
    if !has_nul && !bytes.contains(&0x06) {
        return None;
    }
    let share = |parity: usize| bytes.iter().skip(parity).step_by(2).filter(|b| high(b)).count() * 100 / units;
    let (even, odd) = (share(0), share(1));
    match (even, odd) {
        (e, o) if o >= 90 && e < 50 && (has_nul || o == 100) => Some(encoding_rs::UTF_16LE),
        (e, o) if e >= 90 && o < 50 && (has_nul || e == 100) => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
}

/// Decodes with a known encoding (no BOM sniffing), counting the bytes replaced by U+FFFD.
pub(crate) fn decode_with<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Decoded<'a> {
    #[cfg(not(target_arch = "wasm32"))]
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    #[cfg(target_arch = "wasm32")]
    let (text, had_errors) = via_utf16(encoding, bytes);
    let replaced = if had_errors { text.chars().filter(|&c| c == '\u{FFFD}').count() } else { 0 };
    Decoded { text, encoding: encoding.name(), replaced }
}

/// The wasm build's decoding: through UTF-16, the one output of encoding_rs that chardetng's
/// detectors link anyway, so the module carries one copy of every decoder instead of two
/// (−9 KB gzipped). The text is the same: both outputs are the same characters.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn via_utf16<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
    if encoding == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), false),
            Err(_) => (String::from_utf8_lossy(bytes), true),
        };
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut units = vec![0u16; decoder.max_utf16_buffer_length(bytes.len()).unwrap_or(bytes.len() + 16)];
    let (_, _, written, had_errors) = decoder.decode_to_utf16(bytes, &mut units, true);
    let text = String::from_utf16_lossy(units.get(..written).unwrap_or_default());
    (Cow::Owned(text), had_errors)
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
    fn a_stray_byte_does_not_make_utf8_a_legacy_encoding() {
        let text = "أعلنت الحكومة العراقية استعادة مدينة الموصل";
        let mut bytes = text.as_bytes().to_vec();
        bytes.push(0xA0);
        bytes.extend_from_slice(" بعد معارك".as_bytes());
        bytes.extend_from_slice(&"طويلة".as_bytes()[..3]);
        let d = decode(&bytes).unwrap();
        assert_eq!((d.encoding, d.replaced), ("UTF-8", 2));
        assert!(d.text.starts_with(text));
    }

    #[test]
    fn short_windows_1256_words_are_still_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("بغداد داعش الموصل");
        assert_eq!(decode(&bytes).unwrap().encoding, "windows-1256");
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        for text in ["الموصل مدينة كبيرة", "الموصلمدينةكبيرة", "Mosul is a city"] {
            let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
            assert_eq!(decode(&le).map(|d| (d.encoding, d.text.into_owned())), Ok(("UTF-16LE", text.to_owned())));
            assert_eq!(decode(&be).map(|d| (d.encoding, d.text.into_owned())), Ok(("UTF-16BE", text.to_owned())));
        }
    }

    #[test]
    fn binary_is_refused_with_the_offset() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(NotText::Binary { offset: 8 }));
        assert!(NotText::Binary { offset: 8 }.to_string().contains("byte 8"));
    }

    #[test]
    fn the_wasm_builds_utf16_route_gives_the_same_text_and_errors() {
        let arabic = encoding_rs::WINDOWS_1256.encode("بغداد داعش الموصل").0.into_owned();
        let japanese = encoding_rs::SHIFT_JIS.encode("東京の天気").0.into_owned();
        let utf16: Vec<u8> = "الموصل\u{1F600}".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let cases: [(&'static Encoding, &[u8]); 9] = [
            (encoding_rs::WINDOWS_1256, &arabic),
            (encoding_rs::WINDOWS_1256, b"\x81\x8d\x90\x9d"),
            (encoding_rs::SHIFT_JIS, &japanese),
            (encoding_rs::SHIFT_JIS, b"\x93\x8c\x82"),
            (encoding_rs::EUC_KR, b"\xb0\xa1\xb0"),
            (encoding_rs::UTF_16LE, &utf16),
            (encoding_rs::UTF_16LE, b"\x00\xd8a\x00z"),
            (UTF_8, "الموصل".as_bytes()),
            (UTF_8, b"ok \xe2\x82 \xf0\x9f\x98 \xff end"),
        ];
        for (encoding, bytes) in cases {
            let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
            assert_eq!(via_utf16(encoding, bytes), (text, had_errors), "{} {bytes:?}", encoding.name());
        }
    }
}
