//! Character references: `&#1604;`, `&#x644;` and the named ones that occur in news pages.
//!
//! The full HTML table has 2,231 names (~30 KB); pages in the wild use a few dozen, and an
//! unknown one is left as written, which is what a reader would see in a broken page anyway.

use std::borrow::Cow;

/// Names and characters. Those in [`LEGACY`] are also recognised without `;`, as browsers do.
const NAMED: [(&str, char); 45] = [
    ("amp", '&'),
    ("apos", '\''),
    ("bull", '•'),
    ("cent", '¢'),
    ("copy", '©'),
    ("deg", '°'),
    ("divide", '÷'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("euro", '€'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lrm", '\u{200E}'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("minus", '−'),
    ("nbsp", '\u{A0}'),
    ("ndash", '–'),
    ("para", '¶'),
    ("pound", '£'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rlm", '\u{200F}'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("sect", '§'),
    ("shy", '\u{AD}'),
    ("thinsp", '\u{2009}'),
    ("times", '×'),
    ("trade", '™'),
    ("yen", '¥'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
    ("bdquo", '„'),
    ("hairsp", '\u{200A}'),
];

const LEGACY: [&str; 6] = ["amp", "lt", "gt", "quot", "nbsp", "copy"];

/// Decodes the references in `s`, borrowing when there are none.
pub(super) fn decode(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let after = rest.get(at + 1..).unwrap_or_default();
        match reference(after) {
            Some((c, len)) => {
                out.push(c);
                rest = after.get(len..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character referred to at the start of `s` (just after `&`) and the bytes it took.
fn reference(s: &str) -> Option<(char, usize)> {
    if let Some(num) = s.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (num, 10, 1),
        };
        let len = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
        if len == 0 {
            return None;
        }
        let value = u32::from_str_radix(digits.get(..len.min(8))?, radix).ok()?;
        let c = char::from_u32(value).filter(|&c| c != '\0').unwrap_or('\u{FFFD}');
        let semicolon = usize::from(digits.as_bytes().get(len) == Some(&b';'));
        return Some((c, skip + len + semicolon));
    }
    let len = s.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(s.len());
    let name = s.get(..len)?;
    let c = NAMED.iter().find(|(n, _)| *n == name)?.1;
    if s.as_bytes().get(len) == Some(&b';') {
        Some((c, len + 1))
    } else {
        LEGACY.contains(&name).then_some((c, len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_and_named_references() {
        assert_eq!(decode("&#1604;&#x627;&#X645; &laquo;x&raquo;&nbsp;&hellip;"), "لام «x»\u{A0}…");
        assert_eq!(decode("a &amp b &lt;c&gt; &quot;"), "a & b <c> \"");
    }

    #[test]
    fn unknown_or_broken_references_stay_as_written() {
        assert_eq!(decode("AT&T &unknown; &# &#x; & &copyx"), "AT&T &unknown; &# &#x; & &copyx");
        assert_eq!(decode("&#0; &#99999999999; &#xD800;"), "\u{FFFD} \u{FFFD} \u{FFFD}");
        assert!(matches!(decode("no references"), Cow::Borrowed(_)));
    }
}
