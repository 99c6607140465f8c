//! Properties that must hold for any input, not just the fixtures.
#![cfg(not(target_arch = "wasm32"))]

use marsad::normalise::NormaliseOptions;
use marsad::tokenise::tokenise;
use marsad::{Bucket, DocumentInput, Engine, KeywordQuery};
use proptest::prelude::*;

/// Arabic letters, marks, tatweel, digits of three scripts, Latin, punctuation and invisibles.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[\u{0600}-\u{06FF}\u{0640}\u{064B}-\u{0652}a-zA-Z0-9٠-٩ .,'’«»\u{200C}\u{200F}\n-]{0,80}",
    )
    .unwrap()
}

proptest! {
    #[test]
    fn any_bytes_are_accepted_or_refused_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut engine = Engine::default();
        let _ = engine.add(DocumentInput { name: "x.txt", bytes: &bytes, date: None, modified: None });
        let _ = engine.keywords(&KeywordQuery::default());
        let _ = engine.timeline("x", Bucket::Auto);
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
        let query = KeywordQuery { limit: usize::MAX, include_stopwords: true, include_numbers: true, include_links: true };
        for k in engine.keywords(&query) {
            // A surface form is one token, so looking it up must land on its own key.
            let t = engine.timeline(&k.display, Bucket::Auto).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&t.key, &k.key);
            let total: u64 = t.series.points.iter().map(|p| p.count).sum::<u64>() + t.series.undated_count;
            prop_assert_eq!(total, k.count);
        }
    }
}
