//! Properties that must hold for any input, not just the fixtures.
#![cfg(not(target_arch = "wasm32"))]

use marsad::normalise::{steps, NormaliseOptions};
use marsad::tokenise::tokenise;
use marsad::{Bucket, DocumentInput, Engine, KeywordQuery, TimelineQuery};
use proptest::prelude::*;

/// Arabic letters, marks, tatweel, digits of three scripts, Latin, punctuation and invisibles.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[\u{0600}-\u{06FF}\u{0640}\u{064B}-\u{0652}a-zA-Z0-9٠-٩ .,'’«»\u{200C}\u{200F}\n-]{0,80}",
    )
    .unwrap()
}

/// Any Unicode at all, or text weighted towards what the normalisation steps treat specially:
/// Arabic marks and presentation forms, Latin with combining marks, spaces and format
/// characters, Indic joiners, Hangul jamo, letterlike and full-width forms.
fn unicode() -> impl Strategy<Value = String> {
    let special = proptest::string::string_regex(
        "[\u{0600}-\u{06FF}\u{0750}-\u{077F}\u{08A0}-\u{08FF}\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}\
         \u{0300}-\u{036F}\u{00A0}-\u{024F}\u{1E00}-\u{1EFF}\u{2000}-\u{206F}\u{0370}-\u{03FF}\
         \u{0400}-\u{04FF}\u{0900}-\u{0DFF}\u{1100}-\u{11FF}\u{AC00}-\u{AC40}\u{2100}-\u{214F}\
         \u{FF00}-\u{FFEF}\u{1F300}-\u{1F6FF}a-zA-Z0-9 ]{0,40}",
    )
    .unwrap();
    prop_oneof![any::<String>(), special]
}

/// Any combination of steps.
fn options() -> impl Strategy<Value = NormaliseOptions> {
    proptest::collection::vec(any::<bool>(), steps().len()).prop_map(|flags| {
        let mut options = NormaliseOptions::none();
        for (step, on) in steps().iter().zip(flags) {
            options.set(step.id, on);
        }
        options
    })
}

proptest! {
    #[test]
    fn normalising_any_unicode_twice_changes_nothing(s in unicode(), options in options()) {
        for n in [NormaliseOptions::default(), options] {
            let once = n.normalise(&s);
            prop_assert_eq!(n.normalise(&once), once, "{:?}", n);
        }
    }

    #[test]
    fn any_bytes_are_accepted_or_refused_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut engine = Engine::default();
        let _ = engine.add(DocumentInput { name: "x.txt", bytes: &bytes, date: None, modified: None });
        let _ = engine.keywords(&KeywordQuery::default());
        let _ = engine.timeline(&TimelineQuery::new("x", Bucket::Auto));
    }

    #[test]
    fn token_offsets_slice_back_to_non_empty_text(s in text()) {
        let mut last_end = 0;
        for t in tokenise(&s) {
            prop_assert!(t.start >= last_end && t.start < t.end);
            prop_assert!(s.get(t.start..t.end).is_some_and(|w| !w.trim().is_empty()));
            last_end = t.end;
        }
    }

    #[test]
    fn normalising_twice_changes_nothing(s in text()) {
        let n = NormaliseOptions::default();
        let once = n.normalise(&s);
        prop_assert_eq!(n.normalise(&once), once);
    }

    #[test]
    fn timeline_totals_equal_keyword_counts(docs in proptest::collection::vec((text(), 0u32..40), 1..6)) {
        let mut engine = Engine::default();
        for (i, (body, day)) in docs.iter().enumerate() {
            let name = format!("2020-01-{:02}-{i}.txt", day % 28 + 1);
            let modified = (day % 3 == 0).then_some("2020-02-01");
            let name = if day % 2 == 0 { name } else { format!("doc{i}.txt") };
            let _ = engine.add(DocumentInput { name: &name, bytes: body.as_bytes(), date: None, modified });
        }
        let query = KeywordQuery { limit: usize::MAX, include_stopwords: true, include_numbers: true, include_links: true, ..KeywordQuery::default() };
        for k in engine.keywords(&query) {
            // A surface form is one token, so looking it up must land on its own key.
            let t = engine.timeline(&TimelineQuery::new(&k.display, Bucket::Auto)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&t.key, &k.key);
            let total: u64 = t.series.points.iter().map(|p| p.count).sum::<u64>() + t.series.undated_count;
            prop_assert_eq!(total, k.count);
        }
    }
}
