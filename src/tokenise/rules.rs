//! The UAX #29 word segmenter, built with its word rules and nothing else.
//!
//! `WordSegmenter::new_for_non_complex_scripts` also carries ICU4X's grapheme-cluster rules
//! (their state table and property trie, 2 KB gzipped of the page's wasm), which only the
//! dictionary segmenters for Thai, Lao, Khmer, Myanmar, Chinese and Japanese read: a dictionary
//! word must end at a grapheme boundary. Marsad links no dictionary, so those rules are never
//! read. Building the same segmenter through a provider that answers the grapheme request with
//! the word rules leaves the grapheme data out of the build and segments exactly as before
//! (`tests::the_segmenter_finds_the_breaks_of_icu_s_own` compares the two).

use std::sync::OnceLock;

use icu_provider::prelude::*;
use icu_segmenter::provider::{
    Baked, SegmenterBreakGraphemeClusterV1, SegmenterBreakWordOverrideV1, SegmenterBreakWordV1,
};
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

/// The segmenter every region uses: built once, then shared.
///
/// `None` only if ICU4X refused the data below, which it cannot: every request is answered
/// from the compiled-in word rules (checked by a test), so this is no error a user could meet.
pub(super) fn segmenter() -> Option<WordSegmenterBorrowed<'static>> {
    static SEGMENTER: OnceLock<Option<WordSegmenter>> = OnceLock::new();
    let built = SEGMENTER
        .get_or_init(|| WordSegmenter::try_new_for_non_complex_scripts_unstable(&WordRules, Default::default()).ok());
    built.as_ref().map(WordSegmenter::as_borrowed)
}

/// Answers with ICU4X's compiled-in word-break rules, whatever is asked.
struct WordRules;

fn word_rules<M>() -> Result<DataResponse<M>, DataError>
where
    M: DynamicDataMarker<DataStruct = <SegmenterBreakWordV1 as DynamicDataMarker>::DataStruct>,
{
    Ok(DataResponse {
        payload: DataPayload::from_static_ref(Baked::SINGLETON_SEGMENTER_BREAK_WORD_V1),
        metadata: Default::default(),
    })
}

impl DataProvider<SegmenterBreakWordV1> for WordRules {
    fn load(&self, _: DataRequest) -> Result<DataResponse<SegmenterBreakWordV1>, DataError> {
        word_rules()
    }
}

/// Never read: see the module comment.
impl DataProvider<SegmenterBreakGraphemeClusterV1> for WordRules {
    fn load(&self, _: DataRequest) -> Result<DataResponse<SegmenterBreakGraphemeClusterV1>, DataError> {
        word_rules()
    }
}

/// Asked for only with a content locale, which Marsad never gives.
impl DataProvider<SegmenterBreakWordOverrideV1> for WordRules {
    fn load(&self, req: DataRequest) -> Result<DataResponse<SegmenterBreakWordOverrideV1>, DataError> {
        Err(DataErrorKind::IdentifierNotFound.with_req(SegmenterBreakWordOverrideV1::INFO, req))
    }
}

#[cfg(test)]
mod tests {
    use icu_segmenter::options::WordBreakInvariantOptions;

    use super::*;

    #[test]
    fn the_segmenter_finds_the_breaks_of_icu_s_own() {
        let ours = segmenter().unwrap();
        let icu = WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default());
        let mut all = String::new();
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32).step_by(7) {
            all.push(c);
            if u32::from(c) % 5 == 0 {
                all.push(' ');
            }
        }
        for text in [
            "قال الرئيس: «سنعمل معاً» في 3.5 سنوات، و10,000 شخص.",
            "ภาษาไทยไม่มีช่องว่าง 日本語の文章 ລາວ ខ្មែរ မြန်မာ",
            "e\u{301}té naïve co-op don't 1,000.5 a_b ‍👩‍👩‍👧 🇸🇦🇪🇬",
            "NFD ق\u{64e}ال\u{64e} \u{200d}\u{200c}x\u{feff}",
            &all,
        ] {
            let a: Vec<usize> = ours.segment_str(text).collect();
            let b: Vec<usize> = icu.segment_str(text).collect();
            assert_eq!(a, b, "{text}");
            let utf16: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(ours.segment_utf16(&utf16).collect::<Vec<_>>(), icu.segment_utf16(&utf16).collect::<Vec<_>>());
        }
    }
}
