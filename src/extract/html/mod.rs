//! Saved web pages: the article's text and what the page says about it.

mod meta;
mod walk;

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

use super::scan::{find, Scanner, Token};
use super::{failure, replaced_warning, Failure, Format, Item};
use walk::Page;

pub(super) fn extract(location: &str, bytes: &[u8]) -> Result<Item, Failure> {
    let (text, encoding, replaced) = decode(location, bytes)?;
    let page = Page::read(&text);
    let text = page.main_text();
    if text.is_empty() {
        return Err(failure(location, "no text in this page: only markup, scripts or navigation"));
    }
    let meta = page.meta;
    let date = meta.date();
    Ok(Item {
        title: meta.og_title.or(meta.title).or(meta.h1),
        date,
        source: meta.site_name,
        url: meta.canonical.or(meta.og_url),
        author: meta.author,
        format: Format::Html,
        encoding,
        warnings: replaced_warning(replaced),
        ..Item::new(location, text)
    })
}

/// A page that is not UTF-8 usually says what it is in a `<meta>`; that beats guessing. A BOM
/// or valid UTF-8 beats the `<meta>`, which is often left over from an older version of a site.
fn decode<'a>(location: &str, bytes: &'a [u8]) -> Result<(Cow<'a, str>, &'static str, usize), Failure> {
    let declared = (Encoding::for_bom(bytes).is_none() && std::str::from_utf8(bytes).is_err())
        .then(|| declared_encoding(bytes))
        .flatten()
        .filter(|e| *e != UTF_8);
    if let Some(encoding) = declared {
        let d = crate::decode::decode_with(encoding, bytes);
        return Ok((d.text, d.encoding, d.replaced));
    }
    let d = crate::decode::decode(bytes).map_err(|e| failure(location, e.to_string()))?;
    Ok((d.text, d.encoding, d.replaced))
}

/// The encoding named by `<meta charset>` or `<meta http-equiv=content-type>` near the start.
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(bytes.get(..4096).unwrap_or(bytes));
    let label = Scanner::html(&head).find_map(|token| {
        let Token::Start(tag) = token else { return None };
        if !tag.is("meta") {
            return None;
        }
        if let Some(charset) = tag.attr("charset") {
            return Some(charset.into_owned());
        }
        let content = tag.attr("content")?;
        let lower = content.to_ascii_lowercase();
        let at = find(&lower, "charset=")? + "charset=".len();
        let label = lower.get(at..)?.trim_start_matches(['"', '\'']);
        Some(label.split([';', '"', '\'', ' ']).next()?.to_owned())
    })?;
    let label = label.trim().to_ascii_lowercase();
    LABELS.iter().find(|(names, _)| names.split(' ').any(|n| n == label)).map(|(_, e)| *e)
}

/// The labels pages of our languages use, out of encoding_rs's 219 (whose table costs 2.6 KB
/// gzipped in the wasm). An unlisted label is no loss: the encoding is then sniffed.
const LABELS: [(&str, &Encoding); 13] = [
    ("utf-8 utf8 unicode-1-1-utf-8 utf-16 utf-16le utf-16be", UTF_8),
    ("windows-1256 cp1256 x-cp1256", encoding_rs::WINDOWS_1256),
    ("iso-8859-6 iso8859-6 iso_8859-6 arabic asmo-708 ecma-114 iso-ir-127 csisolatinarabic", encoding_rs::ISO_8859_6),
    (
        "windows-1252 cp1252 x-cp1252 iso-8859-1 iso8859-1 iso_8859-1 latin1 l1 cp819 us-ascii ascii",
        encoding_rs::WINDOWS_1252,
    ),
    ("windows-1254 cp1254 x-cp1254 iso-8859-9 iso8859-9 latin5 l5", encoding_rs::WINDOWS_1254),
    ("windows-1251 cp1251 x-cp1251", encoding_rs::WINDOWS_1251),
    ("koi8-r koi8 cskoi8r", encoding_rs::KOI8_R),
    ("windows-1250 cp1250 x-cp1250", encoding_rs::WINDOWS_1250),
    ("iso-8859-2 iso8859-2 latin2 l2", encoding_rs::ISO_8859_2),
    ("iso-8859-15 iso8859-15 latin9 l9", encoding_rs::ISO_8859_15),
    ("windows-1255 cp1255 x-cp1255", encoding_rs::WINDOWS_1255),
    ("windows-1253 cp1253 x-cp1253", encoding_rs::WINDOWS_1253),
    ("windows-1257 cp1257 x-cp1257", encoding_rs::WINDOWS_1257),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Item {
        extract("a.html", html.as_bytes()).unwrap()
    }

    #[test]
    fn chrome_is_dropped_and_blocks_are_lines() {
        let item = page(
            "<html><head><title>T</title><style>p{}</style></head><body><header>Site</header>\
             <nav><ul><li>Home</li></ul></nav><div role=navigation><div>Menu</div></div>\
             <h1>Headline</h1><p>One &amp; <b>two</b>\n  three</p><p>Four<br>five</p>\
             <aside>Related</aside><form><input value=x>Search</form><footer>©</footer></body></html>",
        );
        assert_eq!(item.text, "Headline\nOne & two three\nFour\nfive");
        assert_eq!(item.title.as_deref(), Some("T"));
    }

    #[test]
    fn the_longest_article_is_preferred_over_main_and_body() {
        let item = page(
            "<p>outside</p><main><p>in main</p><article><header><h2>Headline</h2></header><p>the story itself</p>\
             </article><article><p>teaser</p></article></main>",
        );
        assert_eq!(item.text, "Headline\nthe story itself");
        assert_eq!(page("<p>outside</p><div role=main><p>in main</p></div>").text, "in main");
    }

    #[test]
    fn title_falls_back_from_og_to_title_to_h1() {
        assert_eq!(page("<meta property=og:title content=OG><title>T</title>x").title.as_deref(), Some("OG"));
        assert_eq!(page("<h1></h1><h1> First  <i>h1</i> </h1><h1>second</h1>").title.as_deref(), Some("First h1"));
    }

    #[test]
    fn stray_brackets_are_text_and_pages_without_text_fail() {
        assert_eq!(page("<<>><</ <!x").text, "<<>><");
        let e = extract("e.html", b"<html><script>x</script><nav>menu</nav><p class=\"un").unwrap_err();
        assert_eq!(e.message, "no text in this page: only markup, scripts or navigation");
    }

    #[test]
    fn charset_labels() {
        let label = |html: &str| declared_encoding(html.as_bytes()).map(Encoding::name);
        assert_eq!(label("<meta charset=' ISO-8859-6 '>"), Some("ISO-8859-6"));
        assert_eq!(label("<meta charset=latin1>"), Some("windows-1252"));
        assert_eq!(label("<meta charset=utf-16>"), Some("UTF-8"));
        assert_eq!(label("<meta charset=gb2312>"), None);
        assert_eq!(label("<meta content='text/html;charset=\"CP1256\"'>"), Some("windows-1256"));
    }

    #[test]
    fn a_declared_charset_is_used_only_when_the_bytes_are_not_utf8() {
        let (body, _, _) = encoding_rs::WINDOWS_1256.encode("<p>مرحبا</p>");
        let mut bytes = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">".to_vec();
        bytes.extend_from_slice(&body);
        let item = extract("a.htm", &bytes).unwrap();
        assert_eq!((item.text.as_str(), item.encoding), ("مرحبا", "windows-1256"));
        let item = extract("a.htm", "<meta charset=windows-1256><p>مرحبا</p>".as_bytes()).unwrap();
        assert_eq!((item.text.as_str(), item.encoding), ("مرحبا", "UTF-8"));
    }
}
