//! A tiny zip writer for building test archives, including broken and hostile ones that no
//! real zip tool would write: forged sizes, encryption flags, unsupported methods.

/// One entry; the defaults give a correct deflated file.
pub struct Entry {
    pub name: String,
    pub data: Vec<u8>,
    pub deflate: bool,
    pub flags: u16,
    pub method: Option<u16>,
    /// Overrides the declared uncompressed size.
    pub size: Option<u32>,
}

pub fn entry(name: &str, data: impl Into<Vec<u8>>) -> Entry {
    Entry { name: name.to_owned(), data: data.into(), deflate: true, flags: 0x0800, method: None, size: None }
}

pub fn stored(name: &str, data: impl Into<Vec<u8>>) -> Entry {
    Entry { deflate: false, ..entry(name, data) }
}

pub fn zip(entries: Vec<Entry>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in &entries {
        let body = if e.deflate { miniz_oxide::deflate::compress_to_vec(&e.data, 6) } else { e.data.clone() };
        let method = e.method.unwrap_or(if e.deflate { 8 } else { 0 });
        let crc = rawzip::crc32(&e.data);
        let size = e.size.unwrap_or(e.data.len() as u32);
        let offset = out.len() as u32;
        let common = |v: &mut Vec<u8>| {
            put16(v, 20);
            put16(v, e.flags);
            put16(v, method);
            put16(v, 0); // time
            put16(v, 0x21); // 1980-01-01
            put32(v, crc);
            put32(v, body.len() as u32);
            put32(v, size);
            put16(v, e.name.len() as u16);
            put16(v, 0); // extra
        };
        put32(&mut out, 0x0403_4b50);
        common(&mut out);
        out.extend_from_slice(e.name.as_bytes());
        out.extend_from_slice(&body);

        put32(&mut central, 0x0201_4b50);
        put16(&mut central, 20); // made by
        common(&mut central);
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(e.name.as_bytes());
    }
    let directory_offset = out.len() as u32;
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, entries.len() as u16);
    put16(&mut out, entries.len() as u16);
    put32(&mut out, central.len() as u32);
    put32(&mut out, directory_offset);
    put16(&mut out, 0);
    out
}

/// A minimal Word file: `paragraphs` as `<w:p>`s, and a core.xml if `title` is given.
pub fn docx(paragraphs: &[&str], title: Option<&str>) -> Vec<u8> {
    let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut entries =
        vec![entry("[Content_Types].xml", r#"<?xml version="1.0"?><Types/>"#), entry("word/document.xml", document)];
    if let Some(title) = title {
        let core = format!(
            r#"<?xml version="1.0"?><cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>{title}</dc:title><dcterms:created>2016-03-01T09:00:00Z</dcterms:created><dcterms:modified>2016-04-01T09:00:00Z</dcterms:modified></cp:coreProperties>"#
        );
        entries.push(entry("docProps/core.xml", core));
    }
    zip(entries)
}

fn put16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}

fn put32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}
