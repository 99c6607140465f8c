//! N-grams, collocates and keyness on tiny corpora whose counts and measures are worked out by
//! hand in the comments.
#![cfg(not(target_arch = "wasm32"))]

use marsad::date::Date;
use marsad::{
    CollocateQuery, CollocateSort, Direction, DocumentInput, Engine, KeynessQuery, NgramQuery, NgramStats, Selection,
};

fn engine(docs: &[(&str, &str)]) -> Engine {
    let mut engine = Engine::default();
    for (name, text) in docs {
        engine.add(DocumentInput { name, bytes: text.as_bytes(), date: None, modified: None }).unwrap();
    }
    engine
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Sentences, keys lowercased («the», «of», «in» are stopwords):
/// 1: prime minister kadhimi visited mosul | prime minister kadhimi met the army of iraq
/// 2: the army of iraq entered mosul | mosul celebrated
/// 3: prime minister kadhimi praised the army of iraq in mosul | mosul prime time
const NEWS: &[(&str, &str)] = &[
    ("2021-03-02-a.txt", "Prime minister Kadhimi visited Mosul. Prime minister Kadhimi met the army of Iraq."),
    ("2021-03-05-b.txt", "The army of Iraq entered Mosul. Mosul celebrated."),
    ("2021-04-10-c.txt", "prime minister Kadhimi praised the army of Iraq in Mosul.\nMosul prime time"),
];

fn find<'a>(grams: &'a [NgramStats], keys: &[&str]) -> Option<&'a NgramStats> {
    grams.iter().find(|g| g.keys == keys)
}

#[test]
fn ngrams_by_hand() {
    let e = engine(NEWS);
    let q = NgramQuery { min: 2, max: 3, min_count: 2, limit: 100, ..NgramQuery::default() };
    let grams = e.ngrams(&q).unwrap();
    // Seen twice or more, not starting or ending on a stopword: «the army», «army of», «of iraq»
    // and «the army of» (3 each) are out by the edge rule; «army of iraq» keeps «of» inside.
    // All four have count 3; ties go by keys.
    let got: Vec<(String, u64, u32)> = grams.iter().map(|g| (g.keys.join(" "), g.count, g.docs)).collect();
    assert_eq!(
        got,
        [
            ("army of iraq".to_owned(), 3, 3),
            ("minister kadhimi".to_owned(), 3, 2),
            ("prime minister".to_owned(), 3, 2),
            ("prime minister kadhimi".to_owned(), 3, 2),
        ]
    );
    let pm = find(&grams, &["prime", "minister"]).unwrap();
    assert_eq!(pm.display, "Prime minister");
    let variants: Vec<_> = pm.variants.iter().map(|v| (v.form.as_str(), v.count)).collect();
    assert_eq!(variants, [("Prime minister", 2), ("prime minister", 1)]);
    assert_eq!(find(&grams, &["army", "of", "iraq"]).unwrap().display, "army of Iraq");

    // With stopwords allowed at the edges, «of iraq» is there, 3 times.
    let with_stop = e.ngrams(&NgramQuery { include_stopwords: true, ..q.clone() }).unwrap();
    assert_eq!(find(&with_stop, &["of", "iraq"]).map(|g| g.count), Some(3));
    assert_eq!(find(&with_stop, &["the", "army", "of"]).map(|g| g.count), Some(3));
}

#[test]
fn ngrams_stop_at_sentence_boundaries() {
    let e = engine(NEWS);
    let q = NgramQuery { min: 2, max: 2, min_count: 1, limit: 1000, ..NgramQuery::default() };
    let grams = e.ngrams(&q).unwrap();
    // «Mosul prime» inside a sentence once (document 3); «visited Mosul. Prime» would make it 2.
    assert_eq!(find(&grams, &["mosul", "prime"]).map(|g| (g.count, g.docs)), Some((1, 1)));
    // «Mosul. Mosul» twice across a full stop (and a line break), never inside a sentence.
    assert!(find(&grams, &["mosul", "mosul"]).is_none());
    // 18 distinct bigrams in the six sentences, less the 5 with a stopword at an edge
    // (the army, army of, of iraq, met the, praised the, iraq in, in mosul: 7).
    assert_eq!(grams.len(), 18 - 7);
}

#[test]
fn arabic_ngrams_keep_stopwords_inside_and_merge_clitics() {
    let e = engine(&[
        ("2021-03-02-x.txt", "قال إن تنظيم الدولة في العراق انتهى. وتنظيم الدولة في العراق لم ينته."),
        ("2021-03-03-y.txt", "زار وزير الخارجية الأمريكي الموصل، وقال وزير الخارجية الأمريكي إن الحرب انتهت."),
    ]);
    let grams = e.ngrams(&NgramQuery { min: 2, max: 4, min_count: 2, limit: 100, ..NgramQuery::default() }).unwrap();
    let shown: Vec<(&str, u64)> = grams.iter().map(|g| (g.display.as_str(), g.count)).collect();
    // «تنظيم الدولة في العراق» twice (once as «وتنظيم»), «في» inside; nothing ends on «في».
    assert!(shown.contains(&("تنظيم الدولة في العراق", 2)), "{shown:?}");
    assert!(shown.contains(&("وزير الخارجية الأمريكي", 2)), "{shown:?}");
    assert!(!grams.iter().any(|g| g.keys.first().is_some_and(|k| k == "في")));
    assert!(!grams.iter().any(|g| g.keys.last().is_some_and(|k| k == "في")));
    let isis = grams.iter().find(|g| g.display == "تنظيم الدولة").unwrap();
    let variants: Vec<_> = isis.variants.iter().map(|v| (v.form.as_str(), v.count)).collect();
    assert_eq!(variants, [("تنظيم الدولة", 1), ("وتنظيم الدولة", 1)]);
}

#[test]
fn ngram_lengths_are_checked() {
    let e = engine(NEWS);
    for (min, max) in [(0, 2), (2, 5), (3, 2)] {
        let err = e.ngrams(&NgramQuery { min, max, ..NgramQuery::default() }).unwrap_err();
        assert!(err.contains("between 1 and 4"), "{err}");
    }
}

/// 1: [oil prices rose today] [gold prices fell] [oil exports rose]   (10 tokens)
/// 2: [oil prices and gold prices rose]                               (6 tokens)
/// N = 16. Node «oil», window 2: every «oil» starts a sentence, so the windows are the two
/// tokens after it: «prices rose», «exports rose», «prices and»: R1 = 6. (Across the full
/// stop, the second «oil» would also take «prices fell»: R1 = 8.)
#[test]
fn collocates_by_hand() {
    let e = engine(&[
        ("2021-03-02-x.txt", "Oil prices rose today. Gold prices fell. Oil exports rose."),
        ("2021-03-03-y.txt", "Oil prices and gold prices rose."),
    ]);
    let q = CollocateQuery { query: "oil".into(), window: 2, min_count: 1, ..CollocateQuery::default() };
    let rows = e.collocates(&q).unwrap();
    let got: Vec<(&str, u64, u64)> = rows.iter().map(|c| (c.key.as_str(), c.together, c.total)).collect();
    // «and» is a stopword. By G²: exports 2.0746, rose 1.3027, prices 0.3485.
    assert_eq!(got, [("exports", 1, 1), ("rose", 2, 3), ("prices", 2, 4)]);
    let rose = &rows[1];
    // rose: O11 = 2, R1 = 6, C1 = 3, N = 16. E11 = 6·3/16 = 1.125, PMI = log2(2/1.125) = log2(16/9).
    // O12 = 4 (E 6·13/16 = 4.875), O21 = 1 (E 10·3/16 = 1.875), O22 = 9 (E 10·13/16 = 8.125).
    let g2 = 2.0
        * (2.0 * (2.0f64 / 1.125).ln()
            + 4.0 * (4.0f64 / 4.875).ln()
            + (1.0f64 / 1.875).ln()
            + 9.0 * (9.0f64 / 8.125).ln());
    assert!(close(rose.log_likelihood, g2) && (g2 - 1.302_652_6).abs() < 1e-6, "{}", rose.log_likelihood);
    assert!(close(rose.pmi, (16.0f64 / 9.0).log2()), "{}", rose.pmi);
    // prices: O11 = 2, C1 = 4: E11 = 1.5, PMI = log2(4/3).
    assert!(close(rows[2].pmi, (4.0f64 / 3.0).log2()));

    let by_count = e.collocates(&CollocateQuery { sort: CollocateSort::Count, min_count: 2, ..q.clone() }).unwrap();
    assert_eq!(by_count.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["prices", "rose"]);
    let with_stop = e.collocates(&CollocateQuery { include_stopwords: true, ..q.clone() }).unwrap();
    assert!(with_stop.iter().any(|c| c.key == "and" && c.together == 1));
    assert!(e.collocates(&CollocateQuery { query: "\"oil".into(), ..q }).is_err());
}

/// March (target): [mosul battle] [mosul army] + [mosul army retreat]: 7 tokens, 2 documents.
/// April (the rest): [raqqa battle] [raqqa army advance] + [raqqa siege began]: 8 tokens.
#[test]
fn keyness_by_hand() {
    let e = engine(&[
        ("2021-03-02-a.txt", "Mosul battle. Mosul army."),
        ("2021-03-20-b.txt", "Mosul army retreat."),
        ("2021-04-02-c.txt", "Raqqa battle. Raqqa army advance."),
        ("2021-04-15-d.txt", "Raqqa siege began."),
    ]);
    let march = Selection { from: Date::new(2021, 3, 1), to: Date::new(2021, 4, 1), ..Selection::default() };
    let q = KeynessQuery { target: march.clone(), min_count: 2, ..KeynessQuery::default() };
    let k = e.keyness(&q).unwrap();
    assert_eq!((k.target.documents, k.target.tokens, k.reference.documents, k.reference.tokens), (2, 7, 2, 8));
    // mosul: a = 3, b = 0; E1 = 7·3/15 = 1.4; G² = 2·3·ln(3/1.4) = 4.5728;
    //   log ratio = log2((3/7) / (0.5/8)) = log2(48/7) = 2.7776 (0.5 for the zero).
    // raqqa: a = 0, b = 3; E2 = 8·3/15 = 1.6; G² = 2·3·ln(3/1.6) = 3.7717; log2((0.5/7)/(3/8)) = log2(4/21).
    // army: a = 2, b = 1; G² = 2·(2·ln(2/1.4) + ln(1/1.6)) = 0.4867; log2((2/7)/(1/8)) = log2(16/7).
    // battle: a = 1, b = 1; G² = 2·(ln(1/(14/15)) + ln(1/(16/15))) = 0.0089; log2(8/7).
    let expected = [
        ("mosul", 3, 0, 2.0 * 3.0 * (3.0f64 / 1.4).ln(), (48.0f64 / 7.0).log2(), Direction::Over),
        ("raqqa", 0, 3, 2.0 * 3.0 * (3.0f64 / 1.6).ln(), (4.0f64 / 21.0).log2(), Direction::Under),
        (
            "army",
            2,
            1,
            2.0 * (2.0 * (2.0f64 / 1.4).ln() + (1.0f64 / 1.6).ln()),
            (16.0f64 / 7.0).log2(),
            Direction::Over,
        ),
        ("battle", 1, 1, 2.0 * ((15.0f64 / 14.0).ln() + (15.0f64 / 16.0).ln()), (8.0f64 / 7.0).log2(), Direction::Over),
    ];
    assert_eq!(k.keys.len(), expected.len());
    for (row, (key, a, b, g2, lr, dir)) in k.keys.iter().zip(expected) {
        assert_eq!((row.key.as_str(), row.target_count, row.reference_count, row.direction), (key, a, b, dir));
        assert!(close(row.log_likelihood, g2), "{key}: G² {} vs {g2}", row.log_likelihood);
        assert!(close(row.log_ratio, lr), "{key}: log ratio {} vs {lr}", row.log_ratio);
    }
    assert!((k.keys[0].log_likelihood - 4.5728).abs() < 1e-4 && (k.keys[1].log_likelihood - 3.7717).abs() < 1e-4);
    assert_eq!(k.keys[0].display, "Mosul");

    // The same comparison by document lists, the reference given explicitly.
    let by_docs = KeynessQuery {
        target: Selection { docs: Some(vec![1, 0]), ..Selection::default() },
        reference: Some(Selection { docs: Some(vec![2, 3]), ..Selection::default() }),
        ..q.clone()
    };
    assert_eq!(e.keyness(&by_docs).unwrap(), k);
}

#[test]
fn keyness_refuses_empty_sides() {
    let e = engine(&[("2021-03-02-a.txt", "Mosul battle."), ("2021-04-02-c.txt", "Raqqa battle.")]);
    let none = KeynessQuery {
        target: Selection { from: Date::new(2030, 1, 1), ..Selection::default() },
        ..KeynessQuery::default()
    };
    let err = e.keyness(&none).unwrap_err();
    assert!(err.contains("target selection matches no document"), "{err}");
    let everything = e.keyness(&KeynessQuery::default()).unwrap_err();
    assert!(everything.contains("no rest is left"), "{everything}");
    let no_ref = KeynessQuery {
        reference: Some(Selection { source: Some("okaz".into()), ..Selection::default() }),
        ..KeynessQuery::default()
    };
    assert!(e.keyness(&no_ref).unwrap_err().contains("reference selection matches no document"));
}

#[test]
fn selections_combine_dates_sources_and_documents() {
    let s = Selection {
        from: Date::new(2021, 3, 1),
        to: Date::new(2021, 4, 1),
        source: Some("okaz".into()),
        docs: Some(vec![7, 2, 5]),
    };
    let m = s.matcher();
    let march = Date::new(2021, 3, 31);
    assert!(m(5, march, Some("okaz")));
    assert!(!m(5, march, Some("alriyadh")) && !m(5, march, None));
    assert!(!m(4, march, Some("okaz")));
    assert!(!m(5, Date::new(2021, 4, 1), Some("okaz")) && !m(5, None, Some("okaz")));
}
