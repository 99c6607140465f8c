//! Files of every supported format → documents, on fixtures written for these tests, plus
//! the SaudiNewsNet corpus when `../shared` is present.
#![cfg(not(target_arch = "wasm32"))]

mod zip_writer;

use marsad::extract::{extract, ArchiveLimits, Columns, ExtractOptions, Extraction, Format, Item, RawDate, Skipped};
use zip_writer::{docx, entry, stored, zip};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/formats/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn run(name: &str, bytes: &[u8]) -> Extraction {
    extract(name, bytes, &ExtractOptions::default())
}

fn failures(x: &Extraction) -> Vec<(String, String)> {
    x.failures.iter().map(|f| (f.location.clone(), f.message.clone())).collect()
}

fn date(value: &str, field: &str) -> Option<RawDate> {
    Some(RawDate { value: value.into(), field: field.into() })
}

fn one(x: Extraction) -> Item {
    assert!(x.failures.is_empty(), "{:?}", x.failures);
    assert_eq!(x.items.len(), 1, "{:?}", x.items);
    x.items.into_iter().next().unwrap()
}

#[test]
fn an_article_page_gives_its_article_and_metadata() {
    let item = one(run("article.html", &fixture("article.html")));
    assert_eq!(
        item.text,
        "الحكومة تعلن استعادة الموصل\n10 تموز 2017\n\
         أعلن رئيس الوزراء اليوم استعادة مدينة الموصل بالكامل & انتهاء المعارك.\n\
         وقال في كلمة متلفزة: «هذا نصر للعراقيين جميعاً».\nوأضاف أن إعادة الإعمار ستبدأ قريباً."
    );
    assert_eq!(item.title.as_deref(), Some("الحكومة تعلن استعادة الموصل"));
    assert_eq!(item.date, date("2017-07-10T08:30:00+03:00", "json-ld datePublished"));
    assert_eq!(item.source.as_deref(), Some("صحيفة المرصد"));
    assert_eq!(item.url.as_deref(), Some("https://example.sa/news/42"));
    assert_eq!(item.author.as_deref(), Some("سارة العلي"));
    assert_eq!((item.format, item.encoding, item.location.as_str()), (Format::Html, "UTF-8", "article.html"));
}

#[test]
fn a_legacy_page_is_decoded_by_its_declared_charset() {
    let item = one(run("legacy.htm", &fixture("legacy-cp1256.html")));
    assert_eq!(item.encoding, "windows-1256");
    assert_eq!(
        item.text,
        "بدأت أعمال إعادة إعمار الجامع الكبير في مدينة الموصل.\nوقال المسؤولون إن العمل سيستغرق عامين."
    );
    assert_eq!(item.title.as_deref(), Some("أخبار الموصل"));
    assert_eq!(item.date, date("2009-04-20", "meta pubdate"));
}

#[test]
fn csv_rows_are_documents_and_empty_rows_are_reported() {
    let x = run("articles.csv", &fixture("articles.csv"));
    let [a, b, c] = &x.items[..] else { panic!("{:?}", x.items) };
    assert_eq!(a.location, "articles.csv › line 2");
    assert_eq!(a.text, "The city was \"retaken\"\nafter months.");
    assert_eq!(a.title.as_deref(), Some("Mosul, retaken"));
    assert_eq!(a.date, date("2017-07-10", "date"));
    assert_eq!((a.source.as_deref(), a.url.as_deref()), (Some("Reuters"), Some("https://r.example/1")));
    assert_eq!(a.author.as_deref(), Some("A. Writer"));
    assert_eq!(b.location, "articles.csv › line 4");
    assert_eq!(b.text, "أعلنت الحكومة، اليوم، استعادة المدينة.\nوانتهت المعارك.");
    assert_eq!((b.url.as_deref(), b.author.as_deref()), (None, None));
    assert_eq!((c.location.as_str(), c.date.as_ref()), ("articles.csv › line 8", None));
    assert_eq!(c.format, Format::Csv);
    assert!(x.failures.is_empty());
    assert_eq!(x.skipped, [Skipped { location: "articles.csv › line 6".into(), reason: "«content» is empty".into() }]);
}

#[test]
fn tsv_and_chosen_columns() {
    let x = run("articles.tsv", &fixture("articles.tsv"));
    assert!(x.failures.is_empty());
    let a = &x.items[0];
    assert_eq!((a.text.as_str(), a.title.as_deref()), ("نص \"مقتبس\" بالعربية", Some("عنوان")));
    assert_eq!(
        (a.date.clone(), a.source.as_deref(), a.format),
        (date("2015-07-21", "published_at"), Some("المدينة"), Format::Tsv)
    );

    let columns = Columns { text: Some("headline".into()), source: Some("body".into()), ..Columns::default() };
    let x = extract("articles.tsv", &fixture("articles.tsv"), &ExtractOptions { columns, ..ExtractOptions::default() });
    assert_eq!((x.items[1].text.as_str(), x.items[1].source.as_deref()), ("Second", Some("Second text")));
}

#[test]
fn a_csv_without_a_text_column_says_which_columns_exist() {
    let x = run("no-text.csv", &fixture("no-text.csv"));
    assert!(x.items.is_empty());
    assert_eq!(
        failures(&x),
        [(
            "no-text.csv".into(),
            "no text column: the columns are «id», «headline», «notes»; choose the one that holds the text, \
             or name it content, text or body"
                .into()
        )]
    );
}

#[test]
fn a_json_array_of_articles() {
    let x = run("array.json", &fixture("array.json"));
    let [a, b, c] = &x.items[..] else { panic!("{:?}", x.items) };
    assert_eq!(a.location, "array.json › #1");
    assert_eq!(a.text, "النص الأول\n\nفقرة ثانية");
    assert_eq!(a.date, date("2015-07-21 02:51:32", "date_extracted"));
    assert_eq!((a.source.as_deref(), a.author.as_deref()), (Some("aawsat"), Some("لندن: رنيم")));
    assert_eq!(b.text, "Paragraph one.\nParagraph two.");
    assert_eq!((b.source.as_deref(), b.date.clone()), (Some("عكاظ"), date("2015-07-22", "publishedAt")));
    assert_eq!((c.location.as_str(), c.text.as_str()), ("array.json › #4", "A bare string is a text too."));
    assert_eq!(a.format, Format::Json);
    assert_eq!(
        failures(&x),
        [(
            "array.json › #3".into(),
            "no text field: the fields are «tags», «title»; choose the one that holds the text, \
             or name it content, text or body"
                .into()
        )]
    );
}

#[test]
fn a_json_object_holding_the_array() {
    let x = run("wrapped.json", &fixture("wrapped.json"));
    assert!(x.failures.is_empty());
    let locations: Vec<_> = x.items.iter().map(|i| (i.location.as_str(), i.text.as_str())).collect();
    assert_eq!(
        locations,
        [("wrapped.json › articles › #1", "First body."), ("wrapped.json › articles › #2", "Second body.")]
    );
    let single = one(run("one.json", br#"{"title": "T", "text": "Just one."}"#));
    assert_eq!((single.location.as_str(), single.title.as_deref()), ("one.json", Some("T")));
}

#[test]
fn json_lines_keep_loading_after_a_broken_line() {
    let x = run("lines.jsonl", &fixture("lines.jsonl"));
    let got: Vec<_> = x.items.iter().map(|i| (i.location.as_str(), i.text.as_str())).collect();
    assert_eq!(
        got,
        [
            ("lines.jsonl › line 1", "سطر أول"),
            ("lines.jsonl › line 2", "second line"),
            ("lines.jsonl › line 5", "fourth document")
        ]
    );
    assert_eq!(x.items[2].date, date("1609459200", "timestamp"));
    assert_eq!(x.items[0].format, Format::Jsonl);
    let [f] = &x.failures[..] else { panic!("{:?}", x.failures) };
    assert_eq!(f.location, "lines.jsonl › line 4");
    assert!(f.message.starts_with("invalid JSON: EOF while parsing"), "{}", f.message);
    // The same lines saved as .json are recognised as JSON Lines.
    assert_eq!(run("lines.json", &fixture("lines.jsonl")).items.len(), 3);
}

#[test]
fn invalid_json_is_a_failure_with_the_position() {
    let x = run("broken.json", &fixture("broken.json"));
    assert!(x.items.is_empty());
    assert_eq!(
        failures(&x),
        [("broken.json".into(), "invalid JSON: EOF while parsing a string at line 1 column 39".into())]
    );
}

#[test]
fn text_files_report_their_encoding_and_replaced_bytes() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("أعلنت الحكومة العراقية اليوم استعادة مدينة الموصل");
    let item = one(run("report.txt", &bytes));
    assert_eq!((item.encoding, item.format), ("windows-1256", Format::Text));
    assert!(item.text.starts_with("أعلنت الحكومة"));

    let mut bytes = "الموصل مدينة كبيرة في شمال العراق".as_bytes().to_vec();
    bytes.push(0xFF);
    let item = one(run("notes.md", &bytes));
    assert_eq!(item.format, Format::Markdown);
    assert_eq!(item.warnings, ["1 undecodable byte sequence(s) replaced by �"]);

    let x = run("photo.txt", b"\x89PNG\r\n\x1a\n\0\0");
    assert_eq!(x.failures[0].message, marsad::decode::NotText::Binary { offset: 8 }.to_string());
}

#[test]
fn content_corrects_the_extension() {
    assert_eq!(one(run("page.txt", b"<!DOCTYPE html><p>Saved page</p>")).format, Format::Html);
    assert_eq!(one(run("export", br#"[{"text": "JSON without extension"}]"#)).format, Format::Json);
    assert_eq!(one(run("notes", b"[Reuters] plain text")).format, Format::Text);
    let inner = zip(vec![entry("a.txt", "zipped")]);
    assert_eq!(one(run("download.bin", &inner)).location, "download.bin › a.txt");
    assert!(run("a.pdf", b"%PDF-1.4 ...").failures[0].message.starts_with("a PDF document"));
}

#[test]
fn a_zip_of_json_html_and_a_nested_zip() {
    let nested = zip(vec![stored("deep/c.txt", "في الأعماق")]);
    let archive = zip(vec![
        entry("2015/a.json", fixture("wrapped.json")),
        stored("b.html", fixture("article.html")),
        entry("inner.zip", nested),
        entry("__MACOSX/2015/._a.json", "junk"),
        entry(".DS_Store", "junk"),
        stored("empty-dir/", ""),
    ]);
    let x = run("bundle.zip", &archive);
    assert!(x.failures.is_empty(), "{:?}", x.failures);
    let locations: Vec<_> = x.items.iter().map(|i| i.location.as_str()).collect();
    assert_eq!(
        locations,
        [
            "bundle.zip › 2015/a.json › articles › #1",
            "bundle.zip › 2015/a.json › articles › #2",
            "bundle.zip › b.html",
            "bundle.zip › inner.zip › deep/c.txt"
        ]
    );
    assert_eq!(x.items[3].text, "في الأعماق");
}

#[test]
fn archive_limits_refuse_only_what_exceeds_them() {
    let bomb = entry("bomb.txt", vec![b'a'; 3 << 20]);
    let x = run("bombs.zip", &zip(vec![bomb, entry("ok.txt", "fine")]));
    assert_eq!(x.items.len(), 1);
    let [f] = &x.failures[..] else { panic!("{:?}", x.failures) };
    assert_eq!(f.location, "bombs.zip › bomb.txt");
    assert!(f.message.contains(":1, more than the limit of 200:1 (a zip bomb?)"), "{}", f.message);

    let deep = zip(vec![entry("3.zip", zip(vec![entry("4.zip", zip(vec![entry("x.txt", "x")]))]))]);
    let x = run("1.zip", &zip(vec![entry("2.zip", deep)]));
    assert_eq!(
        failures(&x),
        [("1.zip › 2.zip › 3.zip › 4.zip".into(), "an archive nested more than 3 deep; not opened".into())]
    );

    let limits = ArchiveLimits { max_entries: 2, max_total_bytes: 10, ..ArchiveLimits::default() };
    let options = ExtractOptions { limits, ..ExtractOptions::default() };
    let x = extract(
        "many.zip",
        &zip(vec![entry("a.txt", "12345"), entry("b.txt", "123456"), entry("c.txt", "1")]),
        &options,
    );
    assert_eq!(x.items.len(), 1);
    assert_eq!(
        failures(&x),
        [
            (
                "many.zip › b.txt".into(),
                "would bring the uncompressed total over the limit of 10 bytes; not read".into()
            ),
            ("many.zip".into(), "more than 2 files in the archive(s); the rest were not read".into())
        ]
    );
}

#[test]
fn damaged_encrypted_and_unsupported_entries_fail_alone() {
    let mut encrypted = entry("secret.txt", "x");
    encrypted.flags |= 1;
    let mut bzip2 = stored("b.txt", "x");
    bzip2.method = Some(12);
    let mut forged = entry("forged.txt", vec![b'z'; 5000]);
    forged.size = Some(10);
    let x = run("mixed.zip", &zip(vec![encrypted, bzip2, forged, entry("good.txt", "good")]));
    assert_eq!(x.items.len(), 1);
    let got = failures(&x);
    assert_eq!(got[0], ("mixed.zip › secret.txt".into(), "encrypted (password-protected); cannot be read".into()));
    assert_eq!(
        got[1],
        (
            "mixed.zip › b.txt".into(),
            "compressed with method 12 (BZIP2); only stored and deflate entries can be read".into()
        )
    );
    assert_eq!(
        got[2],
        ("mixed.zip › forged.txt".into(), "inflates to more than its declared size; damaged or forged".into())
    );

    let whole = zip(vec![entry("a.txt", "text")]);
    let x = run("cut.zip", &whole[..whole.len() - 10]);
    assert_eq!(x.failures.len(), 1);
    assert!(x.failures[0].message.starts_with("not a readable zip archive"), "{:?}", x.failures);
}

#[test]
fn word_documents() {
    let item = one(run("report.docx", &docx(&["الفقرة الأولى", "Second &amp; last"], Some("تقرير"))));
    assert_eq!(item.text, "الفقرة الأولى\nSecond & last");
    assert_eq!(item.title.as_deref(), Some("تقرير"));
    assert_eq!(item.date, date("2016-03-01T09:00:00Z", "docProps dcterms:created"));
    assert_eq!(item.format, Format::Docx);

    let x = run("fake.docx", &zip(vec![entry("word/other.xml", "<x/>")]));
    assert_eq!(failures(&x), [("fake.docx".into(), "not a Word document: it has no word/document.xml".into())]);
    // A Word file inside a zip, even renamed, is still read as one.
    let x = run("a.zip", &zip(vec![entry("renamed.bin", docx(&["inside"], None))]));
    assert_eq!(one(x).location, "a.zip › renamed.bin");
}

#[test]
fn pages_without_text_fail_with_a_reason() {
    let x = run("garbage.html", &fixture("garbage.html"));
    assert_eq!(
        failures(&x),
        [("garbage.html".into(), "no text in this page: only markup, scripts or navigation".into())]
    );
    let x = run("empty.txt", b"  \n ");
    assert_eq!(failures(&x), [("empty.txt".into(), "no text in this file".into())]);
}

/// The SaudiNewsNet corpus as distributed: zips of one JSON array each.
#[test]
fn saudinewsnet_loads_as_it_is() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/saudinewsnet");
    let Ok(listing) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let mut paths: Vec<_> =
        listing.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "zip")).collect();
    paths.sort();
    assert_eq!(paths.len(), 13);
    let (mut items, mut skipped, mut bytes, started) = (0, 0, 0, std::time::Instant::now());
    for path in paths {
        let name = path.file_name().unwrap().to_str().unwrap();
        let data = std::fs::read(&path).unwrap();
        let x = run(name, &data);
        assert!(x.failures.is_empty(), "{name}: {:?}", &x.failures[..x.failures.len().min(3)]);
        assert!(x.skipped.iter().all(|s| s.reason == "«content» is empty"), "{name}: {:?}", x.skipped);
        skipped += x.skipped.len();
        assert!(x.items.len() > 1000, "{name}: {} items", x.items.len());
        assert!(x.items.iter().all(|i| i.date.as_ref().is_some_and(|d| d.field == "date_extracted")));
        assert!(x.items[0].location.starts_with(&format!("{name} › ")), "{}", x.items[0].location);
        items += x.items.len();
        bytes += data.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "saudinewsnet: {items} articles ({skipped} without text skipped) from {} MB of zips in {seconds:.2} s",
        bytes >> 20
    );
}
