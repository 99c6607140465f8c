//! URLs, e-mail addresses, hashtags and @mentions: tokens that UAX #29 cuts into pieces.
//!
//! They are recognised from the first word segment they contain, by looking at the text around
//! it, so the same rules apply whichever path found the segment. The recogniser is deliberately
//! plain (no full RFC 3986 or 5322 grammar): it has to be right on what news text and social
//! media posts contain, and must never swallow the sentence around a link.

use super::{Segment, Token, TokenKind};

/// A cheap test that rules out [`recognise`] for almost every word.
#[inline]
pub(super) fn may_start(bytes: &[u8], seg: &Segment) -> bool {
    let byte = |i: Option<usize>| i.and_then(|i| bytes.get(i)).copied().unwrap_or(0);
    let (first, before, after) = (byte(Some(seg.start)), byte(seg.start.checked_sub(1)), byte(Some(seg.end)));
    matches!(first, b'h' | b'H' | b'w' | b'W')
        || matches!(before, b'#' | b'@')
        || (first.is_ascii_alphanumeric() && matches!(after, b'@' | b'.' | b'_' | b'%' | b'+' | b'-' | b'\''))
}

/// The special token that starts at (or, for `#` and `@`, just before) `seg`, if any.
pub(super) fn recognise(text: &str, seg: &Segment) -> Option<Token> {
    let bytes = text.as_bytes();
    let first = *bytes.get(seg.start)?;
    if matches!(first, b'h' | b'H' | b'w' | b'W') {
        if let Some(end) = url_end(text, seg.start) {
            return Some(Token { start: seg.start, end, kind: TokenKind::Url });
        }
    }
    if first.is_ascii_alphanumeric() && bytes.get(seg.end).is_some_and(|b| b"@._%+-'".contains(b)) {
        if let Some(end) = email_end(text, seg.start) {
            return Some(Token { start: seg.start, end, kind: TokenKind::Email });
        }
    }
    let sigil = seg.start.checked_sub(1)?;
    let kind = match bytes.get(sigil) {
        Some(b'#') => TokenKind::Hashtag,
        Some(b'@') => TokenKind::Mention,
        _ => return None,
    };
    // «C#foo» and «name@host» are not tags; «&#39;» is an HTML entity.
    let before = text.get(..sigil)?.chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '&')) {
        return None;
    }
    let end = tag_end(text, seg);
    let name = text.get(seg.start..end)?;
    let keep = match kind {
        // As on Twitter, «#1» is a number, not a tag.
        TokenKind::Hashtag => name.chars().any(char::is_alphabetic),
        _ => name.chars().any(char::is_alphanumeric),
    };
    keep.then_some(Token { start: sigil, end, kind })
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &str) -> bool {
    bytes.get(..prefix.len()).is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `http://…`, `https://…` or `www.…` up to whitespace or a quote, minus trailing punctuation.
fn url_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.as_bytes().get(start..)?;
    let prefix = ["https://", "http://", "www."].into_iter().find(|p| starts_with_ignore_case(rest, p))?.len();
    let body = text.get(start + prefix..)?;
    if !body.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut url = &body[..body.find(ends_url).unwrap_or(body.len())];
    // «(see https://x.org/a_(b)).» keeps the parenthesis that belongs to the URL: a closing
    // bracket is trailing punctuation only while closing ones outnumber opening ones.
    let balance = |open, close| url.matches(open).count() as isize - url.matches(close).count() as isize;
    let mut open = [balance('(', ')'), balance('[', ']'), balance('{', '}')];
    while let Some(c) = url.chars().next_back() {
        let bracket = [')', ']', '}'].iter().position(|&b| b == c);
        let trailing = match bracket {
            Some(i) => open[i] < 0,
            None => matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '…' | '۔'),
        };
        if !trailing {
            break;
        }
        if let Some(i) = bracket {
            open[i] += 1;
        }
        url = &url[..url.len() - c.len_utf8()];
    }
    Some(start + prefix + url.len())
}

fn ends_url(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '<' | '>' | '"' | '`' | '\\' | '^' | '|' | '«' | '»' | '‹' | '›' | '“' | '”' | '‘' | '’')
        || matches!(c, '،' | '؛' | '؟' | '、' | '。' | '，' | '\u{200B}')
}

/// `local@domain.tld`: an ASCII local part and a domain of at least two labels whose last one is
/// alphabetic. Domains may be internationalised. The lengths are capped as in RFC 5321, which
/// also keeps a long run like «a-a-a-…» from being rescanned at every word.
fn email_end(text: &str, start: usize) -> Option<usize> {
    const MAX_LOCAL: usize = 64;
    const MAX_DOMAIN: usize = 255;
    let bytes = text.as_bytes().get(start..)?;
    let local =
        bytes.iter().take(MAX_LOCAL + 1).take_while(|b| b.is_ascii_alphanumeric() || b"._%+-'".contains(b)).count();
    if local == 0 || local > MAX_LOCAL || bytes.get(local) != Some(&b'@') {
        return None;
    }
    let at = start + local;
    let rest = text.get(at + 1..)?;
    let mut len = 0;
    for c in rest.chars().take_while(|&c| c.is_alphanumeric() || c == '-' || c == '.') {
        len += c.len_utf8();
        if len > MAX_DOMAIN + 1 {
            return None;
        }
    }
    let domain = rest[..len].trim_end_matches(['.', '-']);
    let tld = domain.rsplit('.').next()?;
    let valid = domain.len() <= MAX_DOMAIN
        && domain.len() > tld.len()
        && domain.split('.').all(|label| !label.is_empty())
        && tld.chars().count() >= 2
        && tld.chars().all(char::is_alphabetic);
    valid.then_some(at + 1 + domain.len())
}

/// A tag is its segment up to the first punctuation: «#Mosul.» and «@user's» stop before it,
/// «#تنظيم_الدولة» keeps its underscore.
fn tag_end(text: &str, seg: &Segment) -> usize {
    let word = text.get(seg.start..seg.end).unwrap_or("");
    let stop = |c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '_') || is_mid_punctuation(c);
    seg.start + word.find(stop).unwrap_or(word.len())
}

/// The non-ASCII characters UAX #29 allows between two letters or digits (MidLetter, MidNum,
/// MidNumLet): they end a tag as `.` and `,` do.
fn is_mid_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{B7}'
            | '\u{37E}'
            | '\u{387}'
            | '\u{55F}'
            | '\u{589}'
            | '\u{5F4}'
            | '\u{60C}'
            | '\u{60D}'
            | '\u{66C}'
            | '\u{7F8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{2044}'
            | '\u{FE10}'
            | '\u{FE13}'
            | '\u{FE14}'
            | '\u{FE50}'
            | '\u{FE52}'
            | '\u{FE54}'
            | '\u{FE55}'
            | '\u{FF07}'
            | '\u{FF0C}'
            | '\u{FF0E}'
            | '\u{FF1A}'
            | '\u{FF1B}'
    )
}
