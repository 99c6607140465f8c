//! Near-duplicates on real rewrites: the project's own fixtures (an invented wire story, another
//! outlet's rewrite of it, an article on the same subject and an unrelated one) and, when
//! `../shared` is present, the seed articles, two of which rewrite one Reuters story.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::Path;

use marsad::dups::{exact_jaccard, near_duplicates, similarity, DupOptions};
use marsad::normalise::NormaliseOptions;
use marsad::tokenise::tokenise;

/// Token ids as the engine will pass them: one id per distinct normalised form, shared across
/// documents.
fn ids(texts: &[String]) -> Vec<Vec<u32>> {
    let options = NormaliseOptions::default();
    let mut forms: HashMap<String, u32> = HashMap::new();
    texts
        .iter()
        .map(|text| {
            tokenise(text)
                .map(|t| {
                    let form = options.normalise(t.text(text));
                    let next = forms.len() as u32;
                    *forms.entry(form).or_insert(next)
                })
                .collect()
        })
        .collect()
}

fn read_dir(dir: &Path, names: &[&str]) -> Option<Vec<String>> {
    names.iter().map(|n| std::fs::read_to_string(dir.join(n)).ok()).collect()
}

fn clusters(docs: &[Vec<u32>], options: &DupOptions) -> Vec<Vec<u32>> {
    let refs: Vec<&[u32]> = docs.iter().map(Vec::as_slice).collect();
    near_duplicates(&refs, options).into_iter().map(|c| c.docs).collect()
}

/// Exact and estimated Jaccard of every pair at shingle sizes 1 to 5, printed for the record
/// (`cargo test --test dups -- --nocapture`).
fn measure(names: &[&str], docs: &[Vec<u32>]) {
    for shingle in 1..=5 {
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                let exact = exact_jaccard(&docs[i], &docs[j], shingle);
                let options = DupOptions { shingle, ..DupOptions::default() };
                let est = similarity(&docs[i], &docs[j], &options).unwrap_or(0.0);
                println!("shingle {shingle} {} ~ {}: exact {exact:.3} estimated {est:.3}", names[i], names[j]);
            }
        }
    }
}

const FIXTURES: &[&str] = &["wire-ar.txt", "rewrite-ar.txt", "same-topic-ar.txt", "unrelated-en.txt"];

#[test]
fn fixture_rewrite_clusters_with_its_wire_story_only() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dups");
    let docs = ids(&read_dir(&dir, FIXTURES).unwrap());
    measure(FIXTURES, &docs);
    assert_eq!(clusters(&docs, &DupOptions::default()), [vec![0, 1]]);
    // The rewrite keeps four of six paragraphs, two of them nearly word for word.
    let j = exact_jaccard(&docs[0], &docs[1], 3);
    assert!((0.25..0.6).contains(&j), "wire ~ rewrite: {j}");
    // Same subject, own words: floods, rain, bridges, dams, but no shared phrase to speak of.
    assert!(exact_jaccard(&docs[0], &docs[2], 3) < 0.02);
    assert!(exact_jaccard(&docs[0], &docs[2], 1) > 0.05, "they do share single words");
    assert_eq!(exact_jaccard(&docs[0], &docs[3], 3), 0.0);
}

#[test]
fn fixture_order_does_not_change_the_clusters() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dups");
    let mut texts = read_dir(&dir, FIXTURES).unwrap();
    texts.reverse();
    texts.push(texts[3].clone()); // a verbatim copy of the wire story joins its cluster
    assert_eq!(clusters(&ids(&texts), &DupOptions::default()), [vec![2, 3, 4]]);
}

const SEEDS: &[&str] = &[
    "000_dd2fa851cab8cd58.txt",
    "001_6e9314a44e40c3cd.txt",
    "002_da0c4d339af80385.txt",
    "003_a25c7736e496c727.txt",
    "004_bae0129118378e7a.txt",
];

#[test]
fn seed_rewrites_of_one_wire_story_cluster_together() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Some(texts) = read_dir(&dir, SEEDS) else {
        println!("skipped: the seed articles are not in ../shared/seeds");
        return;
    };
    let docs = ids(&texts);
    measure(SEEDS, &docs);
    assert_eq!(clusters(&docs, &DupOptions::default()), [vec![0, 1]]);
    // Articles about the same war by other writers share words but almost no phrases.
    for other in 2..5 {
        assert!(exact_jaccard(&docs[0], &docs[other], 3) < 0.02, "000 ~ {other}");
    }
}

mod properties {
    use marsad::dups::{near_duplicates, DupOptions};
    use proptest::prelude::*;

    fn options() -> impl Strategy<Value = DupOptions> {
        (0usize..8, 0usize..300, 0usize..300, -0.5f32..1.5).prop_map(|(shingle, hashes, bands, threshold)| DupOptions {
            shingle,
            hashes,
            bands,
            threshold,
        })
    }

    /// Small alphabets, so that documents do share shingles and clusters do form.
    fn docs() -> impl Strategy<Value = Vec<Vec<u32>>> {
        prop::collection::vec(prop::collection::vec(prop_oneof![0u32..6, any::<u32>()], 0..40), 0..30)
    }

    proptest! {
        #[test]
        fn clusters_are_well_formed_and_deterministic(docs in docs(), options in options()) {
            let refs: Vec<&[u32]> = docs.iter().map(Vec::as_slice).collect();
            let found = near_duplicates(&refs, &options);
            prop_assert_eq!(&found, &near_duplicates(&refs, &options));
            let mut seen = std::collections::HashSet::new();
            let mut last_first = None;
            for c in &found {
                prop_assert!(c.docs.len() >= 2);
                prop_assert!(c.docs.windows(2).all(|w| w[0] < w[1]), "ascending: {:?}", c.docs);
                prop_assert!(c.docs.iter().all(|&d| (d as usize) < docs.len() && seen.insert(d)), "disjoint");
                prop_assert!(last_first < Some(c.docs[0]));
                last_first = Some(c.docs[0]);
                prop_assert!(c.similarity >= options.threshold && c.similarity <= 1.0);
            }
        }

        #[test]
        fn identical_non_empty_documents_always_cluster(doc in prop::collection::vec(any::<u32>(), 1..50)) {
            let refs: Vec<&[u32]> = vec![&doc, &[], &doc];
            let found = near_duplicates(&refs, &DupOptions::default());
            prop_assert_eq!(found.len(), 1);
            prop_assert_eq!(&found[0].docs, &vec![0, 2]);
        }
    }
}
