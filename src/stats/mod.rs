//! Statistics over keys: the keyword table, and (in their own files) n-grams, collocates and
//! keyness between sub-corpora.

mod keywords;

pub use keywords::{rank, KeyStats, KeywordQuery, Script, SortBy, Variant};
