//! Query text → [`Query`].

use super::{Query, QueryError, Term, Word};

/// Quote pairs a journalist may type: ASCII, Arabic guillemets and typographic quotes.
const QUOTES: [(char, char); 3] = [('"', '"'), ('«', '»'), ('“', '”')];

pub fn parse(text: &str) -> Result<Query, QueryError> {
    let mut query = Query { any: Vec::new(), not: Vec::new() };
    let mut rest = text.trim_start();
    // The last positive item, and whether a «|» has come since it.
    let mut last: Option<String> = None;
    let mut after_bar = false;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = rest.trim_start();
            continue;
        }
        if c == '|' {
            if last.is_none() || after_bar {
                return Err(QueryError::DanglingBar);
            }
            after_bar = true;
            rest = &rest[1..];
            continue;
        }
        let negated = c == '-' && rest.len() > 1;
        if negated {
            rest = &rest[1..];
        }
        let (item, tail) = next_item(rest)?;
        rest = tail;
        let term = Term { words: item.iter().map(|w| word(w)).collect::<Result<_, _>>()? };
        if negated {
            query.not.push(term);
            continue;
        }
        let shown = item.join(" ");
        if let (Some(prev), false) = (&last, after_bar) {
            return Err(QueryError::MissingOperator(prev.clone(), shown));
        }
        query.any.push(term);
        last = Some(shown);
        after_bar = false;
    }
    if after_bar {
        return Err(QueryError::DanglingBar);
    }
    match (query.any.is_empty(), query.not.is_empty()) {
        (true, true) => Err(QueryError::Empty),
        (true, false) => Err(QueryError::OnlyExclusions),
        _ => Ok(query),
    }
}

/// The next quoted phrase or bare word, split into words, and the text after it.
fn next_item(text: &str) -> Result<(Vec<&str>, &str), QueryError> {
    let first = text.chars().next().unwrap_or(' ');
    if let Some(&(_, close)) = QUOTES.iter().find(|(open, _)| *open == first) {
        let inner = &text[first.len_utf8()..];
        let Some(end) = inner.find(close) else {
            return Err(QueryError::UnclosedQuote(inner.trim().to_owned()));
        };
        let words: Vec<&str> = inner[..end].split_whitespace().collect();
        if words.is_empty() {
            return Err(QueryError::NoWord(text[..first.len_utf8() * 2 + end].to_owned()));
        }
        return Ok((words, &inner[end + close.len_utf8()..]));
    }
    let end =
        text.find(|c: char| c.is_whitespace() || c == '|' || QUOTES.iter().any(|q| q.0 == c)).unwrap_or(text.len());
    Ok((vec![&text[..end]], &text[end..]))
}

fn word(w: &str) -> Result<Word, QueryError> {
    let (exact, body) = match w.strip_prefix('=') {
        Some(b) => (true, b),
        None => (false, w),
    };
    let (prefix, body) = match body.strip_suffix('*') {
        Some(b) => (true, b),
        None => (false, body),
    };
    if body.contains('*') || (exact && prefix) {
        return Err(QueryError::MisplacedStar(w.to_owned()));
    }
    if body.is_empty() {
        return Err(QueryError::NoWord(w.to_owned()));
    }
    if prefix && body.chars().count() < 2 {
        return Err(QueryError::ShortPrefix(body.to_owned()));
    }
    Ok(match (exact, prefix) {
        (true, _) => Word::Exact(body.to_owned()),
        (_, true) => Word::Prefix(body.to_owned()),
        _ => Word::Key(body.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Term {
        Term { words: vec![Word::Key(s.into())] }
    }

    #[test]
    fn words_phrases_prefixes_alternatives_and_exclusions_parse() {
        let q = parse(r#"داعش | «تنظيم الدولة» |ISIS -=والدولة -انشق*"#).unwrap();
        assert_eq!(
            q.any,
            [key("داعش"), Term { words: vec![Word::Key("تنظيم".into()), Word::Key("الدولة".into())] }, key("ISIS")]
        );
        assert_eq!(
            q.not,
            [Term { words: vec![Word::Exact("والدولة".into())] }, Term { words: vec![Word::Prefix("انشق".into())] }]
        );
        assert_eq!(q.canonical(), "داعش | \"تنظيم الدولة\" | ISIS -=والدولة -انشق*");
        assert_eq!(parse("  الموصل  ").unwrap().any, [key("الموصل")]);
        assert_eq!(parse("a|b").unwrap().any.len(), 2);
        assert_eq!(parse("e-mail").unwrap().any, [key("e-mail")]);
    }

    #[test]
    fn malformed_queries_say_what_is_wrong() {
        let err = |q: &str| parse(q).unwrap_err().to_string();
        assert!(err("").contains("empty"));
        assert!(err("الموصل داعش").contains("\"الموصل داعش\""), "{}", err("الموصل داعش"));
        assert!(err("\"تنظيم الدولة").contains("never closed"));
        assert!(err("| داعش").contains("between two"));
        assert!(err("داعش |").contains("between two"));
        assert!(err("داعش || ISIS").contains("between two"));
        assert!(err("-داعش").contains("only excludes"));
        assert!(err("ا*").contains("too short"));
        assert!(err("ان*شق").contains("may only end"));
        assert!(err("\"\"").contains("no word"));
        assert!(err("=").contains("no word"));
    }
}
