//! `extract` never panics, whatever the bytes and whatever the name says they are.
#![cfg(not(target_arch = "wasm32"))]

mod zip_writer;

use marsad::extract::{extract, ExtractOptions};
use proptest::prelude::*;
use zip_writer::{docx, entry, stored, zip};

const EXTENSIONS: [&str; 13] =
    ["txt", "md", "html", "htm", "csv", "tsv", "json", "jsonl", "ndjson", "zip", "docx", "bin", ""];

fn name() -> impl Strategy<Value = String> {
    proptest::sample::select(&EXTENSIONS[..]).prop_map(|ext| format!("f.{ext}"))
}

/// Markup-heavy text: what the tag scanner and entity decoder find hardest.
fn markup() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "(<|</|>|<!--|-->|<!\\[CDATA\\[|]]>|<script>|</script|<title>|<article>|<meta |<w:t>|</w:p>|=|\"|'|&|&#|x|;|[a-z]|ب| |\n){0,60}",
    )
    .unwrap()
}

/// Valid archives and documents with some bytes changed and maybe cut short.
fn damaged() -> impl Strategy<Value = Vec<u8>> {
    let sources = vec![
        zip(vec![entry("a.json", r#"[{"text":"x"}]"#), stored("b.zip", zip(vec![entry("c.html", "<p>y</p>")]))]),
        docx(&["one", "two"], Some("t")),
        b"title,content\n\"a\",\"b\nc\"\n".to_vec(),
    ];
    (proptest::sample::select(sources), proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8), any::<usize>())
        .prop_map(|(mut bytes, edits, cut)| {
            let len = bytes.len();
            for (at, byte) in edits {
                bytes[at % len] = byte;
            }
            bytes.truncate(len - cut % (len / 4));
            bytes
        })
}

proptest! {
    #[test]
    fn arbitrary_bytes(name in name(), bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let x = extract(&name, &bytes, &ExtractOptions::default());
        prop_assert!(x.items.iter().all(|i| !i.text.trim().is_empty()));
    }

    #[test]
    fn arbitrary_markup(name in name(), text in markup()) {
        extract(&name, text.as_bytes(), &ExtractOptions::default());
    }

    #[test]
    fn damaged_archives(name in name(), bytes in damaged()) {
        extract(&name, &bytes, &ExtractOptions::default());
    }

    #[test]
    fn zip_headers_followed_by_anything(rest in proptest::collection::vec(any::<u8>(), 0..300)) {
        for start in [&b"PK\x03\x04"[..], b"PK\x05\x06"] {
            let bytes = [start, &rest].concat();
            extract("x.zip", &bytes, &ExtractOptions::default());
            extract("x.docx", &bytes, &ExtractOptions::default());
        }
    }
}
