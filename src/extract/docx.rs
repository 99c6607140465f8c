//! Word documents (.docx): the text of `word/document.xml`, title and dates from
//! `docProps/core.xml`.

use super::scan::{Scanner, Token};
use super::zip::entries;
use super::{entities, Format, Item, RawDate, Run};

impl Run<'_> {
    pub(super) fn docx(&mut self, location: &str, bytes: &[u8]) {
        let (archive, list) = match entries(bytes) {
            Ok(found) => found,
            Err(message) => return self.fail(location, format!("not a readable Word file: {message}")),
        };
        let find = |name: &str| list.iter().find(|e| e.name == name);
        let document = match find("word/document.xml").map(|e| self.inflate(&archive, e)) {
            Some(Ok(xml)) => xml,
            Some(Err(message)) => return self.fail(location, format!("word/document.xml: {message}")),
            None => return self.fail(location, "not a Word document: it has no word/document.xml"),
        };
        let core = find("docProps/core.xml").and_then(|e| self.inflate(&archive, e).ok()).unwrap_or_default();
        let properties = Properties::read(&String::from_utf8_lossy(&core));
        let date = properties.created.or(properties.modified);
        let item = Item {
            title: properties.title,
            author: properties.creator,
            date,
            format: Format::Docx,
            ..Item::new(location, body_text(&String::from_utf8_lossy(&document)))
        };
        self.take(Ok(item));
    }
}

/// Paragraphs one a line; tabs and line breaks inside paragraphs kept.
fn body_text(xml: &str) -> String {
    let mut text = String::new();
    let mut in_text = false;
    for token in Scanner::xml(xml) {
        match token {
            Token::Start(tag) if tag.is("w:t") => in_text = !tag.self_closing,
            Token::Start(tag) if tag.is("w:tab") => text.push('\t'),
            Token::Start(tag) if tag.is("w:br") || tag.is("w:cr") => text.push('\n'),
            Token::End("w:t") => in_text = false,
            Token::End("w:p") => text.push('\n'),
            Token::Text(t) if in_text => text.push_str(&entities::decode(t)),
            _ => {}
        }
    }
    text.trim_end().to_owned()
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Properties {
    title: Option<String>,
    creator: Option<String>,
    created: Option<RawDate>,
    modified: Option<RawDate>,
}

impl Properties {
    fn read(xml: &str) -> Properties {
        let mut p = Properties::default();
        let mut open: Option<&str> = None;
        for token in Scanner::xml(xml) {
            match token {
                Token::Start(tag) => open = Some(tag.name),
                Token::End(_) => open = None,
                Token::Text(t) => {
                    let value = entities::decode(t).trim().to_owned();
                    if value.is_empty() {
                        continue;
                    }
                    let date = |field: &str| Some(RawDate { value: value.clone(), field: format!("docProps {field}") });
                    match open {
                        Some("dc:title") => p.title = Some(value),
                        Some("dc:creator") => p.creator = Some(value),
                        Some(field @ "dcterms:created") => p.created = date(field),
                        Some(field @ "dcterms:modified") => p.modified = date(field),
                        _ => {}
                    }
                }
            }
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tabs_and_breaks() {
        let xml = r#"<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Title &amp; more</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">a </w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="x"/></w:pPr></w:p><w:p><w:r><w:t>د</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(body_text(xml), "Title & more\na \tb\nc\n\nد");
    }

    #[test]
    fn core_properties() {
        let xml = r#"<cp:coreProperties><dc:title>تقرير</dc:title><dc:creator>R</dc:creator>
            <dcterms:created xsi:type="dcterms:W3CDTF">2016-03-01T09:00:00Z</dcterms:created>
            <dcterms:modified xsi:type="dcterms:W3CDTF">2016-03-02T09:00:00Z</dcterms:modified></cp:coreProperties>"#;
        let p = Properties::read(xml);
        assert_eq!(p.title.as_deref(), Some("تقرير"));
        assert_eq!(
            p.created.map(|d| (d.value, d.field)),
            Some(("2016-03-01T09:00:00Z".into(), "docProps dcterms:created".into()))
        );
        assert_eq!(p.modified.unwrap().field, "docProps dcterms:modified");
    }
}
