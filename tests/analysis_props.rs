//! N-gram counting checked against plain definitions on random input: single keys against the
//! keyword table, and the packed, level-by-level counter against a brute-force count.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use marsad::count::{KeyId, BOUNDARY};
use marsad::stats::{ngrams, Words};
use marsad::{DocumentInput, Engine, KeywordQuery, NgramQuery};
use proptest::prelude::*;

/// Words with clitic variants, stopwords, numbers in two scripts, a link; separators with and
/// without sentence boundaries.
fn document() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "the",
        "of",
        "Mosul",
        "mosul",
        "army",
        "الموصل",
        "بالموصل",
        "والموصل",
        "في",
        "من",
        "2021",
        "٢٠٢١",
        "تنظيم",
        "الدولة",
        "www.example.com",
    ]);
    let gap = prop::sample::select(vec![" ", " ", " ", ", ", ". ", "\n", "؟ "]);
    prop::collection::vec((word, gap), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(w, g)| format!("{w}{g}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn unigrams_are_the_keyword_table(docs in prop::collection::vec(document(), 1..4)) {
        let mut engine = Engine::default();
        for (i, text) in docs.iter().enumerate() {
            let name = format!("2021-03-0{}-{i}.txt", i + 1);
            let _ = engine.add(DocumentInput { name: &name, bytes: text.as_bytes(), date: None, modified: None });
        }
        let q = NgramQuery { min: 1, max: 1, min_count: 1, limit: 10_000, include_stopwords: true, include_numbers: true };
        let grams: BTreeMap<String, (u64, u32, String)> = engine
            .ngrams(&q)
            .unwrap()
            .into_iter()
            .map(|g| (g.keys.join(" "), (g.count, g.docs, g.display)))
            .collect();
        let keywords = KeywordQuery {
            limit: 10_000,
            include_stopwords: true,
            include_numbers: true,
            include_links: true,
            ..KeywordQuery::default()
        };
        let keys: BTreeMap<String, (u64, u32, String)> =
            engine.keywords(&keywords).into_iter().map(|k| (k.key, (k.count, k.docs, k.display))).collect();
        prop_assert_eq!(grams, keys);
    }

    #[test]
    fn packed_counts_equal_brute_force(
        streams in prop::collection::vec(prop::collection::vec((0u32..10, prop::bool::weighted(0.15)), 0..60), 1..5),
        min in 1usize..=4,
        span in 0usize..=3,
        min_count in 1u64..=3,
    ) {
        let max = (min + span).min(4);
        // Surfaces 0–9 over keys k0–k5; surface 8 has no key; k2 and k5 may not end an n-gram.
        let surface_keys: Vec<KeyId> = vec![0, 1, 2, 3, 4, 5, 0, 1, KeyId::MAX, 2];
        let texts: Vec<String> = (0..10).map(|s| format!("s{s}")).collect();
        let surface_texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let keys = ["k0", "k1", "k2", "k3", "k4", "k5"];
        let words = Words { surface_keys: &surface_keys, surface_texts: &surface_texts, keys: &keys };
        let edge = [true, true, false, true, true, false];
        let streams: Vec<Vec<u32>> = streams
            .into_iter()
            .map(|s| s.into_iter().map(|(id, b)| if b { id | BOUNDARY } else { id }).collect())
            .collect();
        let refs: Vec<&[u32]> = streams.iter().map(Vec::as_slice).collect();
        let q = NgramQuery { min, max, min_count, limit: 100_000, ..NgramQuery::default() };
        let got: BTreeMap<String, (u64, u32)> = ngrams(&refs, &words, &edge, &q)
            .unwrap()
            .into_iter()
            .map(|g| (g.keys.join(" "), (g.count, g.docs)))
            .collect();

        let mut expected: BTreeMap<String, (u64, BTreeSet<usize>)> = BTreeMap::new();
        for (doc, stream) in streams.iter().enumerate() {
            // Runs of keyed tokens within a sentence.
            let mut runs: Vec<Vec<KeyId>> = vec![Vec::new()];
            for &entry in stream {
                let k = surface_keys[(entry & !BOUNDARY) as usize];
                if entry & BOUNDARY != 0 || k == KeyId::MAX {
                    runs.push(Vec::new());
                }
                if k != KeyId::MAX {
                    runs.last_mut().unwrap().push(k);
                }
            }
            for run in &runs {
                for n in min..=max {
                    for w in run.windows(n) {
                        if edge[w[0] as usize] && edge[w[n - 1] as usize] {
                            let name: Vec<&str> = w.iter().map(|&k| keys[k as usize]).collect();
                            let e = expected.entry(name.join(" ")).or_default();
                            e.0 += 1;
                            e.1.insert(doc);
                        }
                    }
                }
            }
        }
        let expected: BTreeMap<String, (u64, u32)> = expected
            .into_iter()
            .filter(|(_, (c, _))| *c >= min_count)
            .map(|(k, (c, d))| (k, (c, d.len() as u32)))
            .collect();
        prop_assert_eq!(got, expected);
    }
}
