//! The query language for series, KWIC and collocates.
//!
//! A journalist asks for «الموصل», not for the seven spellings it takes in print, so a bare word
//! matches by key; the rest covers what a newsroom search box has taught people to expect:
//!
//! | query | matches |
//! | --- | --- |
//! | `الموصل` | every form with the key of «الموصل»: «والموصل», «بالموصل» … |
//! | `=والموصل` | that normalised form only (tashkeel and alef variants still merge) |
//! | `"تنظيم الدولة"` or `«تنظيم الدولة»` | the words in a row, each by key, within one sentence |
//! | `انشق*` | every key starting with «انشق» |
//! | `داعش \| "تنظيم الدولة" \| ISIS` | any of them, counted as one series |
//! | `الدولة -"الدولة الإسلامية"` | matches of `الدولة` not inside a match of the excluded term |
//!
//! Exclusion works on occurrences, not documents: `انشق* -انشقاقات` drops one form from a
//! wildcard, `الدولة -"تنظيم الدولة"` drops the phrase's word from the count. Overlapping
//! matches of alternatives count once.

mod matcher;
mod parse;

pub use matcher::{find, Hit, Matcher, SurfaceSet};
pub use parse::parse;

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    /// Matched by key: the word is normalised and keyed as the corpus's words are.
    Key(String),
    /// Matched by normalised form, clitics and all.
    Exact(String),
    /// Keys starting with these letters.
    Prefix(String),
}

/// A word or a phrase of words in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub words: Vec<Word>,
}

/// A parsed query: alternatives counted as one, and exclusions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub any: Vec<Term>,
    pub not: Vec<Term>,
}

/// Why a query cannot be run; every message names the offending part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    Empty,
    NoWord(String),
    UnclosedQuote(String),
    MissingOperator(String, String),
    DanglingBar,
    OnlyExclusions,
    ShortPrefix(String),
    MisplacedStar(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::Empty => write!(f, "the query is empty: type a word to look for"),
            QueryError::NoWord(t) => write!(f, "«{t}» contains no word to look for"),
            QueryError::UnclosedQuote(t) => write!(f, "the quote before «{t}» is never closed"),
            QueryError::MissingOperator(a, b) => write!(
                f,
                "«{a}» and «{b}» stand side by side: write \"{a} {b}\" for the phrase, or {a} | {b} for either"
            ),
            QueryError::DanglingBar => write!(f, "«|» must stand between two alternatives"),
            QueryError::OnlyExclusions => {
                write!(f, "the query only excludes: say what to look for before the «-» terms")
            }
            QueryError::ShortPrefix(t) => {
                write!(f, "«{t}*» is too short a prefix: give at least two letters before «*»")
            }
            QueryError::MisplacedStar(t) => write!(f, "«{t}»: «*» may only end a word (a prefix search)"),
        }
    }
}

impl std::error::Error for QueryError {}

impl Query {
    /// The query written back in a canonical form, used as the series' label.
    pub fn canonical(&self) -> String {
        let term = |t: &Term| {
            let words: Vec<String> = t
                .words
                .iter()
                .map(|w| match w {
                    Word::Key(s) => s.clone(),
                    Word::Exact(s) => format!("={s}"),
                    Word::Prefix(s) => format!("{s}*"),
                })
                .collect();
            if words.len() > 1 {
                format!("\"{}\"", words.join(" "))
            } else {
                words.join(" ")
            }
        };
        let mut out: Vec<String> = self.any.iter().map(term).collect::<Vec<_>>();
        let any = out.join(" | ");
        out = self.not.iter().map(|t| format!("-{}", term(t))).collect();
        if out.is_empty() {
            any
        } else {
            format!("{any} {}", out.join(" "))
        }
    }
}
