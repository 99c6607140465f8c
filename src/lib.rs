//! Marsad's core: bytes of documents in, keyword counts and term timelines out.
//!
//! The modules read as the pipeline, in order: [`decode`] → [`extract`] → [`normalise`] →
//! [`tokenise`] → [`key`] → [`count`] → [`timeline`], with [`engine`] composing them over a
//! corpus. Around the count sit the corpus questions: [`query`], [`kwic`], [`stats`], [`dups`]
//! and [`boilerplate`]; [`date`] and [`lang`] describe each document. The core does
//! no I/O and knows nothing of the browser or the terminal; the `marsad` CLI and the wasm
//! bindings are thin layers around [`Engine`], so both give the same answers.

pub mod boilerplate;
pub mod case;
pub mod count;
pub mod date;
pub mod decode;
pub mod dups;
pub mod engine;
pub mod extract;
pub mod key;
pub mod kwic;
pub mod lang;
pub mod normalise;
mod order;
pub mod query;
pub mod stats;
pub mod stopwords;
pub mod timeline;
pub mod tokenise;

#[cfg(any(target_arch = "wasm32", test))]
mod args;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use engine::{
    CorpusStats, DocumentError, DocumentInput, DocumentSummary, Engine, EngineOptions, FileReport, KeywordQuery,
    QueryError, Timeline, TimelineQuery,
};
pub use kwic::{Kwic, KwicQuery, KwicSort};
pub use stats::{
    Collocate, CollocateQuery, CollocateSort, Direction, Keyness, KeynessQuery, KeynessRow, NgramQuery, NgramStats,
    Selection, SubCorpus,
};
pub use timeline::{Bucket, Measure, Shape};
