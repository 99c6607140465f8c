//! What a page says about itself: title, publication date, site, address, author.
//!
//! News sites state the publication date in several places of differing reliability; the
//! most explicit wins, and the field it came from travels with it.

use serde_json::Value;

use super::super::scan::Tag;
use super::super::RawDate;

#[derive(Debug, Default)]
pub(super) struct Meta {
    pub og_title: Option<String>,
    pub title: Option<String>,
    pub h1: Option<String>,
    pub site_name: Option<String>,
    pub canonical: Option<String>,
    pub og_url: Option<String>,
    pub author: Option<String>,
    /// The best date so far with its rank (lower is more explicit).
    date: Option<(u8, RawDate)>,
}

/// `<meta name=…>` names that hold a publication date, compared ignoring case.
const DATE_NAMES: [&str; 7] =
    ["date", "pubdate", "publishdate", "dc.date.issued", "sailthru.date", "parsely-pub-date", "article.published"];

impl Meta {
    pub fn date(&self) -> Option<RawDate> {
        self.date.as_ref().map(|(_, d)| d.clone())
    }

    fn offer_date(&mut self, rank: u8, value: &str, field: String) {
        let value = value.trim();
        if value.is_empty() || self.date.as_ref().is_some_and(|(r, _)| *r <= rank) {
            return;
        }
        self.date = Some((rank, RawDate { value: value.to_owned(), field }));
    }

    pub fn meta_tag(&mut self, tag: &Tag) {
        let Some(content) = tag.attr("content") else { return };
        let content = content.trim();
        if content.is_empty() {
            return;
        }
        if let Some(property) = tag.attr("property") {
            let set = |slot: &mut Option<String>| {
                slot.get_or_insert_with(|| content.to_owned());
            };
            match property.to_ascii_lowercase().as_str() {
                "og:title" => set(&mut self.og_title),
                "og:site_name" => set(&mut self.site_name),
                "og:url" => set(&mut self.og_url),
                "article:published_time" => self.offer_date(0, content, format!("meta {property}")),
                _ => {}
            }
        }
        if let Some(name) = tag.attr("name") {
            let lower = name.to_ascii_lowercase();
            if DATE_NAMES.contains(&lower.as_str()) {
                self.offer_date(1, content, format!("meta {name}"));
            } else if lower == "author" && self.author.is_none() {
                self.author = Some(content.to_owned());
            }
        }
        if tag.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) {
            self.offer_date(1, content, "itemprop datePublished".to_owned());
        }
    }

    pub fn link_tag(&mut self, tag: &Tag) {
        let canonical = tag.attr("rel").is_some_and(|r| r.split_ascii_whitespace().any(|r| r == "canonical"));
        if canonical && self.canonical.is_none() {
            self.canonical = tag.attr("href").map(|h| h.trim().to_owned()).filter(|h| !h.is_empty());
        }
    }

    pub fn time_tag(&mut self, tag: &Tag) {
        if let Some(datetime) = tag.attr("datetime") {
            self.offer_date(3, &datetime, "time datetime".to_owned());
        }
    }

    /// The content of a `<script type="application/ld+json">`; broken JSON-LD is ignored,
    /// as search engines do.
    pub fn json_ld(&mut self, script: &str) {
        if let Ok(value) = serde_json::from_str::<Value>(script.trim()) {
            if let Some(date) = date_published(&value) {
                self.offer_date(2, date, "json-ld datePublished".to_owned());
            }
        }
    }
}

/// The first `datePublished` anywhere: at the top, in an `@graph`, in an array of objects.
fn date_published(value: &Value) -> Option<&str> {
    match value {
        Value::Object(object) => match object.get("datePublished") {
            Some(Value::String(s)) => Some(s),
            _ => object.values().find_map(date_published),
        },
        Value::Array(values) => values.iter().find_map(date_published),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::{Scanner, Token};

    fn meta_of(html: &str) -> Meta {
        let mut meta = Meta::default();
        for token in Scanner::html(html) {
            if let Token::Start(tag) = token {
                match tag.name {
                    "meta" => meta.meta_tag(&tag),
                    "time" => meta.time_tag(&tag),
                    "link" => meta.link_tag(&tag),
                    _ => {}
                }
            }
        }
        meta
    }

    #[test]
    fn the_most_explicit_date_wins_whatever_the_order() {
        let m = meta_of(
            r#"<time datetime="2020-01-03"></time><meta name="PubDate" content="2020-01-02">
               <meta property="article:published_time" content=" 2020-01-01T10:00:00+03:00 ">"#,
        );
        assert_eq!(
            m.date(),
            Some(RawDate { value: "2020-01-01T10:00:00+03:00".into(), field: "meta article:published_time".into() })
        );
        let m = meta_of(r#"<time datetime="2020-01-03"></time><meta name="PubDate" content="2020-01-02">"#);
        assert_eq!(m.date().unwrap().field, "meta PubDate");
    }

    #[test]
    fn json_ld_date_is_found_in_graphs_and_arrays() {
        let mut m = Meta::default();
        m.json_ld(r#"[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","datePublished":"2019-05-06"}]}]"#);
        m.json_ld("{ broken");
        assert_eq!(m.date().map(|d| (d.value, d.field)), Some(("2019-05-06".into(), "json-ld datePublished".into())));
    }

    #[test]
    fn site_url_author_and_first_values_win() {
        let m = meta_of(
            r#"<meta property="og:site_name" content="الرياض"><meta property="og:site_name" content="x">
               <link rel="alternate canonical" href=" https://a.sa/1 "><meta name=author content="فلان">"#,
        );
        assert_eq!(m.site_name.as_deref(), Some("الرياض"));
        assert_eq!(m.canonical.as_deref(), Some("https://a.sa/1"));
        assert_eq!(m.author.as_deref(), Some("فلان"));
    }
}
