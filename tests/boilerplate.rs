//! Boilerplate lines on the project's own two invented sites, worked out by hand, and on the
//! seed articles when `../shared` is present.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use marsad::boilerplate::{find, Boilerplate, BoilerplateOptions, DocLines, LineKind};

/// (group, text) of every fixture, interleaving the two sites to show that order does not matter.
fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/boilerplate");
    ["wahat/1", "nahr/1", "wahat/2", "wahat/3", "nahr/2", "wahat/4"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
            (name.split('/').next().unwrap().to_owned(), text)
        })
        .collect()
}

fn run(docs: &[(String, String)], options: &BoilerplateOptions) -> Boilerplate {
    let lines: Vec<DocLines> = docs.iter().map(|(group, text)| DocLines { group, text }).collect();
    find(&lines, options)
}

fn excluded<'t>(text: &'t str, ranges: &[std::ops::Range<usize>]) -> Vec<&'t str> {
    ranges.iter().map(|r| &text[r.clone()]).collect()
}

#[test]
fn chrome_is_per_site_and_repeats_keep_their_first_occurrence() {
    let docs = fixtures();
    let found = run(&docs, &BoilerplateOptions::default());
    let lines: Vec<_> = found.lines.iter().map(|l| (l.group.as_str(), l.kind, l.text.as_str(), l.docs)).collect();
    use LineKind::*;
    assert_eq!(
        lines,
        [
            // Only two documents from this site: «الأكثر قراءة» in both is not enough.
            ("nahr", RepeatedInDocument, "بدأ موسم صيد السمك.", 1),
            ("wahat", SharedAcrossDocuments, "الأكثر قراءة", 4),
            ("wahat", SharedAcrossDocuments, "www.wahat-news.example", 3),
            // Written with three spaces in one document and padded in another.
            ("wahat", SharedAcrossDocuments, "شارك المقال", 3),
            ("wahat", RepeatedInDocument, "افتتاح سوق التمور في الواحة", 1),
        ]
    );
    let title = "افتتاح سوق التمور في الواحة";
    let [w1, n1, w2, w3, n2, w4] = [0, 1, 2, 3, 4, 5].map(|i| excluded(&docs[i].1, &found.ranges[i]));
    // The title printed again, then run into the first paragraph; the 208-character paragraph
    // in three documents and «حقوق النشر محفوظة» in two stay.
    assert_eq!(w1, [title, title, "الأكثر قراءة", "شارك   المقال", "www.wahat-news.example"]);
    assert_eq!(w2, ["الأكثر قراءة", "شارك المقال", "www.wahat-news.example"]);
    assert_eq!(w3, ["الأكثر قراءة", "شارك المقال"]);
    assert_eq!(w4, ["www.wahat-news.example", "الأكثر قراءة"]);
    assert!(n1.is_empty());
    assert_eq!(n2, ["بدأ موسم صيد السمك."]);
    // The second occurrence goes, not the first; the run-in paragraph keeps its own text.
    let text = &docs[4].1;
    assert_eq!(found.ranges[4][0].start, text.rfind("بدأ").unwrap());
    let body = &docs[0].1[found.ranges[0][1].end..];
    assert!(body.starts_with("افتتح محافظ الواحة"), "{body}");
}

#[test]
fn options_move_the_line_between_chrome_and_text() {
    let docs = fixtures();
    let shared = |options: BoilerplateOptions| -> Vec<String> {
        let found = run(&docs, &options);
        found.lines.into_iter().filter(|l| l.kind == LineKind::SharedAcrossDocuments).map(|l| l.text).collect()
    };
    let loose = shared(BoilerplateOptions { min_docs: 2, max_line_chars: 300, ..Default::default() });
    assert!(loose.iter().any(|t| t == "حقوق النشر محفوظة"), "{loose:?}");
    assert!(loose.iter().any(|t| t.starts_with("وقالت وزارة الزراعة")), "long paragraph");
    assert!(loose.iter().any(|t| t == "الأكثر قراءة") && loose.len() == 6, "{loose:?}");
    // Three of four documents is 75%: a share of 80% keeps only the line on all four.
    assert_eq!(shared(BoilerplateOptions { min_share: 0.8, ..Default::default() }), ["الأكثر قراءة"]);
}

#[test]
fn seeds_report_their_repeated_titles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: the seed articles are not in ../shared/seeds");
        return;
    };
    let mut names: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    names.sort();
    // Each seed is from its own site, so only repeats inside a document can be found; all
    // five as one group share no line.
    let docs: Vec<(String, String)> =
        names.iter().map(|p| ("seeds".to_owned(), std::fs::read_to_string(p).unwrap())).collect();
    let found = run(&docs, &BoilerplateOptions::default());
    for l in &found.lines {
        println!("{:?} in {} doc(s): «{}»", l.kind, l.docs, l.text);
    }
    assert!(found.lines.iter().all(|l| l.kind == LineKind::RepeatedInDocument));
    let title = "انشقاقات تتكشف في خلافة \"داعش\" الآخذة بالتآكل";
    // 000: the title on line 1, twice run together on line 2 (one range), and again on line 4.
    assert_eq!(excluded(&docs[0].1, &found.ranges[0]), [format!("{title}{title}").as_str(), title]);
    assert_eq!(excluded(&docs[2].1, &found.ranges[2]), ["مقاتلون من داعش ينفذون عمليات إعدام علنية.(أرشيف)"]);
}

mod properties {
    use marsad::boilerplate::{find, BoilerplateOptions, DocLines};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ranges_are_ordered_disjoint_and_on_char_boundaries(
            docs in prop::collection::vec(("[ab]", "(\\PC|\\s|[ab\\n]){0,60}"), 0..12),
            min_docs in 0usize..5, min_share in -0.5f32..1.5, max_line_chars in 0usize..50,
        ) {
            let lines: Vec<DocLines> = docs.iter().map(|(g, t)| DocLines { group: g, text: t }).collect();
            let options = BoilerplateOptions { min_docs, min_share, max_line_chars };
            let found = find(&lines, &options);
            prop_assert_eq!(&found, &find(&lines, &options));
            prop_assert_eq!(found.ranges.len(), docs.len());
            for ((_, text), ranges) in docs.iter().zip(&found.ranges) {
                let mut last = 0;
                for r in ranges {
                    prop_assert!(last <= r.start && r.start < r.end && r.end <= text.len());
                    prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                    last = r.end;
                }
            }
        }
    }
}
