//! A tag-soup scanner for HTML and the XML inside Word files.
//!
//! A spec-complete HTML tokenizer (html5ever's) costs 124 KB gzipped in the page's wasm; text
//! extraction needs far less: tags with quoted attributes, comments, doctypes, CDATA, and the
//! raw-text elements whose content is not markup (a `<` in a script must not swallow the page).
//! Broken markup is read the way browsers read it, never refused: an unclosed tag at the end
//! of the file is dropped, a `<` that starts no tag is text.

use std::borrow::Cow;

use super::entities;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Text as written: entities are not yet decoded.
    Text(&'a str),
    Start(Tag<'a>),
    End(&'a str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tag<'a> {
    pub name: &'a str,
    attrs: &'a str,
    pub self_closing: bool,
}

impl<'a> Tag<'a> {
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    /// An attribute's value with entities decoded; names compare ignoring ASCII case.
    pub fn attr(&self, name: &str) -> Option<Cow<'a, str>> {
        let mut attrs = Attrs { s: self.attrs, pos: 0 };
        let value = attrs.find(|(n, _)| n.eq_ignore_ascii_case(name))?.1;
        Some(entities::decode(value))
    }
}

/// Elements whose content is text up to their end tag, in HTML (not in XML).
const RAW_TEXT: [&str; 8] = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

pub(super) struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    /// The end tag that closes the raw-text element just opened.
    raw: Option<&'static str>,
    html: bool,
}

impl<'a> Scanner<'a> {
    pub fn html(src: &'a str) -> Self {
        Scanner { src, pos: 0, raw: None, html: true }
    }

    pub fn xml(src: &'a str) -> Self {
        Scanner { src, pos: 0, raw: None, html: false }
    }

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or_default()
    }

    /// Text from here to `end` (exclusive), moving past it.
    fn text_to(&mut self, end: usize) -> Option<Token<'a>> {
        let text = self.src.get(self.pos..end).unwrap_or_default();
        self.pos = end;
        Some(Token::Text(text))
    }

    /// Moves past the first `close` (or to the end of the input).
    fn skip_past(&mut self, close: &str) {
        self.pos = match find(self.rest(), close) {
            Some(i) => self.pos + i + close.len(),
            None => self.src.len(),
        };
    }

    fn raw_text(&mut self, name: &str) -> Option<Token<'a>> {
        let rest = self.rest();
        let end = (0..rest.len())
            .filter(|&i| rest.as_bytes().get(i..i + 2) == Some(b"</"))
            .find(|&i| {
                let after = rest.as_bytes().get(i + 2..).unwrap_or_default();
                after.get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                    && after.get(name.len()).is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
            })
            .unwrap_or(rest.len());
        self.text_to(self.pos + end)
    }

    /// A tag starting at `self.pos` (which is `<` or `</` followed by a letter).
    fn tag(&mut self, end_tag: bool) -> Option<Token<'a>> {
        let start = self.pos + 1 + usize::from(end_tag);
        let body = self.src.get(start..).unwrap_or_default();
        let name_len = body.find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').unwrap_or(body.len());
        let name = body.get(..name_len).unwrap_or_default();
        let mut attrs = Attrs { s: body, pos: name_len };
        attrs.by_ref().for_each(drop);
        if attrs.pos >= body.len() {
            // Unclosed at the end of the input: browsers drop it.
            self.pos = self.src.len();
            return None;
        }
        self.pos = start + attrs.pos + 1;
        if end_tag {
            return Some(Token::End(name));
        }
        let self_closing = body.as_bytes().get(attrs.pos.wrapping_sub(1)) == Some(&b'/');
        if self.html {
            self.raw = RAW_TEXT.iter().copied().find(|r| r.eq_ignore_ascii_case(name));
        }
        let attrs_src = body.get(name_len..attrs.pos).unwrap_or_default();
        Some(Token::Start(Tag { name, attrs: attrs_src, self_closing }))
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            if let Some(name) = self.raw.take() {
                if let Some(token) = self.raw_text(name).filter(|t| *t != Token::Text("")) {
                    return Some(token);
                }
                continue;
            }
            let bytes = rest.as_bytes();
            if bytes.first() != Some(&b'<') {
                let end = rest.find('<').unwrap_or(rest.len());
                return self.text_to(self.pos + end);
            }
            match bytes.get(1) {
                Some(b) if b.is_ascii_alphabetic() => return self.tag(false),
                Some(b'/') if bytes.get(2).is_some_and(u8::is_ascii_alphabetic) => return self.tag(true),
                Some(b'!') if rest.starts_with("<!--") => {
                    self.pos += 4;
                    self.skip_past("-->");
                }
                Some(b'!') if rest.starts_with("<![CDATA[") => {
                    self.pos += 9;
                    let end = find(rest, "]]>").unwrap_or(rest.len());
                    let token = self.text_to(self.pos - 9 + end);
                    self.skip_past("]]>");
                    return token;
                }
                Some(b'!' | b'?' | b'/') => self.skip_past(">"),
                _ => {
                    let end = rest.get(1..).and_then(|r| r.find('<')).map_or(rest.len(), |i| i + 1);
                    return self.text_to(self.pos + end);
                }
            }
        }
    }
}

/// `str::find` with a `&str` pattern brings in a two-way searcher (1.5 KB of wasm); the
/// needles here are two or three bytes long, where a plain scan is as fast.
pub(super) fn find(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// The attributes of a tag, from just after its name; stops at the closing `>`.
struct Attrs<'a> {
    s: &'a str,
    pos: usize,
}

impl Attrs<'_> {
    fn byte(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn skip_while(&mut self, f: impl Fn(u8) -> bool) {
        while self.byte().is_some_and(&f) {
            self.pos += 1;
        }
    }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        self.skip_while(|b| b.is_ascii_whitespace() || b == b'/');
        if self.byte().is_none_or(|b| b == b'>') {
            return None;
        }
        let name_start = self.pos;
        self.pos += 1; // A name may start with '='.
        self.skip_while(|b| !(b.is_ascii_whitespace() || matches!(b, b'/' | b'>' | b'=')));
        let name = self.s.get(name_start..self.pos).unwrap_or_default();
        self.skip_while(|b| b.is_ascii_whitespace());
        if self.byte() != Some(b'=') {
            return Some((name, ""));
        }
        self.pos += 1;
        self.skip_while(|b| b.is_ascii_whitespace());
        let value = match self.byte() {
            Some(q @ (b'"' | b'\'')) => {
                let start = self.pos + 1;
                let len = self.s.get(start..).and_then(|r| r.find(char::from(q)));
                self.pos = len.map_or(self.s.len(), |l| start + l + 1);
                self.s.get(start..start + len.unwrap_or(0)).unwrap_or_default()
            }
            _ => {
                let start = self.pos;
                self.skip_while(|b| !(b.is_ascii_whitespace() || b == b'>'));
                self.s.get(start..self.pos).unwrap_or_default()
            }
        };
        Some((name, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &str) -> Vec<String> {
        Scanner::html(src)
            .map(|t| match t {
                Token::Text(s) => format!("T:{s}"),
                Token::Start(tag) => format!("S:{}{}", tag.name, if tag.self_closing { "/" } else { "" }),
                Token::End(name) => format!("E:{name}"),
            })
            .collect()
    }

    #[test]
    fn tags_text_comments_and_doctype() {
        let t = tokens("<!DOCTYPE html><P class=a>x<!-- <b>no</b> -->y<br/></p>");
        assert_eq!(t, ["S:P", "T:x", "T:y", "S:br/", "E:p"]);
    }

    #[test]
    fn script_content_with_lt_is_raw_text() {
        let t = tokens("<script>if (a<b && c</d) x='</p>';</script ><p>after</p>");
        assert_eq!(t, ["S:script", "T:if (a<b && c</d) x='</p>';", "E:script", "S:p", "T:after", "E:p"]);
        assert_eq!(tokens("<title>a<b></title>"), ["S:title", "T:a<b>", "E:title"]);
        assert_eq!(tokens("<style></style>x"), ["S:style", "E:style", "T:x"]);
    }

    #[test]
    fn quoted_attributes_may_hold_gt_and_quotes() {
        let src = r#"<a title='1 > 0' href="x?a=1&amp;b=2" data-x=plain checked>t</a>"#;
        let Some(Token::Start(tag)) = Scanner::html(src).next() else { panic!() };
        assert_eq!(tag.attr("TITLE").as_deref(), Some("1 > 0"));
        assert_eq!(tag.attr("href").as_deref(), Some("x?a=1&b=2"));
        assert_eq!(tag.attr("data-x").as_deref(), Some("plain"));
        assert_eq!(tag.attr("checked").as_deref(), Some(""));
        assert_eq!(tag.attr("missing"), None);
    }

    #[test]
    fn broken_markup_is_read_not_refused() {
        assert_eq!(tokens("a < b <3 </ x> c"), ["T:a ", "T:< b ", "T:<3 ", "T: c"]);
        assert_eq!(tokens("x<p class=\"unclosed"), ["T:x"]);
        assert_eq!(tokens("<!-- never closed"), Vec::<String>::new());
        assert_eq!(tokens("<script>never closed"), ["S:script", "T:never closed"]);
    }

    #[test]
    fn xml_has_no_raw_text_and_cdata_is_text() {
        let t: Vec<_> = Scanner::xml("<?xml version='1.0'?><w:t><![CDATA[a<b]]></w:t><title>c</title>").collect();
        assert_eq!(t[1], Token::Text("a<b"));
        assert_eq!(t[4], Token::Text("c"));
    }
}
