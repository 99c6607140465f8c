//! One pass over a page: its visible text without the site's chrome, where the article is,
//! and its metadata.
//!
//! Menus, headers, footers and sidebars repeat on every page of a site; counted as words they
//! would drown the articles' own words in the site's, so they are dropped, and when the page
//! marks its article (`<article>`, `<main>`) only that is kept.

use super::super::entities;
use super::super::scan::{Scanner, Tag, Token};
use super::meta::Meta;

/// Elements whose content is never the article's text.
const SKIPPED: [&str; 18] = [
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form", "menu", "select",
    "button", "textarea", "iframe", "object", "canvas", "dialog",
];

/// ARIA roles of page chrome.
const CHROME_ROLES: [&str; 7] = ["navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary"];

/// Elements that start a new line.
const BLOCKS: [&str; 36] = [
    "address",
    "article",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "body",
];

const VOID: [&str; 14] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

fn one_of(list: &[&str], name: &str) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Where an `<article>` or `<main>` is in the text: its outermost element's range.
#[derive(Debug, Default)]
struct Region {
    depth: u32,
    start: usize,
    /// The longest range so far.
    best: Option<(usize, usize)>,
}

impl Region {
    fn open(&mut self, at: usize) {
        if self.depth == 0 {
            self.start = at;
        }
        self.depth += 1;
    }

    fn close(&mut self, at: usize) {
        if self.depth == 0 {
            return;
        }
        self.depth -= 1;
        if self.depth == 0 && self.best.is_none_or(|(s, e)| e - s < at - self.start) {
            self.best = Some((self.start, at));
        }
    }
}

#[derive(Debug, Default)]
pub(super) struct Page {
    text: String,
    pending_space: bool,
    /// The skipped element we are in and how many of its name are open.
    skip: Option<(String, u32)>,
    article: Region,
    main: Region,
    /// The raw-text element just opened, whose text is the next token.
    raw: Option<Raw>,
    in_h1: bool,
    h1: String,
    pub meta: Meta,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Raw {
    Title,
    JsonLd,
    Other,
}

impl Page {
    pub fn read(src: &str) -> Page {
        let mut page = Page::default();
        for token in Scanner::html(src) {
            match token {
                Token::Start(tag) => page.start(&tag),
                Token::End(name) => page.end(name),
                Token::Text(text) => page.text(text),
            }
        }
        let end = page.text.len();
        page.article.close(end);
        page.main.close(end);
        let h1 = collapse(&page.h1);
        page.meta.h1 = (!h1.is_empty()).then_some(h1);
        page
    }

    /// The article's text if the page marks it, else all the text; one paragraph a line.
    pub fn main_text(&self) -> String {
        let range = self.article.best.or(self.main.best).unwrap_or((0, self.text.len()));
        let text = self.text.get(range.0..range.1).unwrap_or_default();
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        lines.join("\n")
    }

    fn start(&mut self, tag: &Tag) {
        let name = tag.name;
        self.raw = None;
        if one_of(&["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"], name) {
            let json_ld = tag.is("script")
                && tag.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            self.raw = Some(if json_ld {
                Raw::JsonLd
            } else if tag.is("title") {
                Raw::Title
            } else {
                Raw::Other
            });
        }
        if tag.is("meta") {
            return self.meta.meta_tag(tag);
        }
        if tag.is("link") {
            return self.meta.link_tag(tag);
        }
        let closes = !tag.self_closing && !one_of(&VOID, name);
        if let Some((skipped, depth)) = &mut self.skip {
            if closes && skipped.eq_ignore_ascii_case(name) {
                *depth += 1;
            }
            return;
        }
        if closes && self.is_chrome(tag) {
            self.skip = Some((name.to_owned(), 1));
            return;
        }
        if one_of(&BLOCKS, name) {
            self.newline();
        } else if tag.is("time") {
            self.meta.time_tag(tag);
        }
        if tag.is("article") {
            self.article.open(self.text.len());
        } else if tag.is("main") || (closes && tag.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("main"))) {
            self.main.open(self.text.len());
        } else if tag.is("h1") && self.meta.h1.is_none() && self.h1.is_empty() {
            self.in_h1 = true;
        }
    }

    fn is_chrome(&self, tag: &Tag) -> bool {
        // A header inside an article is the article's own: its headline and standfirst.
        one_of(&SKIPPED, tag.name)
            || (tag.is("header") && self.article.depth == 0 && self.main.depth == 0)
            || tag.attr("role").is_some_and(|r| one_of(&CHROME_ROLES, r.trim()))
            || tag.attr("hidden").is_some()
            || tag.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
    }

    fn end(&mut self, name: &str) {
        self.raw = None;
        if let Some((skipped, depth)) = &mut self.skip {
            if skipped.eq_ignore_ascii_case(name) {
                *depth -= 1;
                if *depth == 0 {
                    self.skip = None;
                }
            }
            return;
        }
        if one_of(&BLOCKS, name) {
            self.newline();
        }
        if name.eq_ignore_ascii_case("article") {
            self.article.close(self.text.len());
        } else if name.eq_ignore_ascii_case("main") {
            self.main.close(self.text.len());
        } else if name.eq_ignore_ascii_case("h1") {
            self.in_h1 = false;
        }
    }

    fn text(&mut self, raw: &str) {
        match self.raw.take() {
            Some(Raw::JsonLd) => return self.meta.json_ld(raw),
            Some(Raw::Title) => {
                let title = collapse(&entities::decode(raw));
                if self.meta.title.is_none() && !title.is_empty() {
                    self.meta.title = Some(title);
                }
                return;
            }
            Some(Raw::Other) => return,
            None if self.skip.is_some() => return,
            None => {}
        }
        let decoded = entities::decode(raw);
        if self.in_h1 {
            self.h1.push_str(&decoded);
            self.h1.push(' ');
        }
        for c in decoded.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if std::mem::take(&mut self.pending_space) && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.text.push(c);
        }
    }

    fn newline(&mut self) {
        self.pending_space = false;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// Whitespace runs as single spaces, trimmed: for titles.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
