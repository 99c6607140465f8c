//! Where a query's matches fall in document order: the view for a corpus without dates, where a
//! timeline has nothing to stand on.

use serde::Serialize;

use super::Engine;
use crate::count::DocId;
use crate::query::QueryError;

/// Matches of a query along the corpus in load order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dispersion {
    /// Tokens of all documents in play, the length of the x axis.
    pub tokens: u64,
    pub documents: Vec<DocumentDispersion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentDispersion {
    pub doc: DocId,
    /// Tokens before this document, so `offset + position` places a match on the corpus axis.
    pub offset: u64,
    pub tokens: u32,
    /// Token positions of the matches within the document.
    pub positions: Vec<u32>,
}

impl Engine {
    /// Every document in play, in load order, with the positions of the query's matches.
    pub fn dispersion(&self, query: &str) -> Result<Dispersion, QueryError> {
        let (_, matcher) = self.compile(query)?;
        let mut offset = 0u64;
        let mut documents = Vec::new();
        for d in self.included() {
            let positions = crate::query::find(&matcher, &d.stream).into_iter().map(|h| h.pos).collect();
            documents.push(DocumentDispersion { doc: d.summary.id, offset, tokens: d.summary.tokens, positions });
            offset += u64::from(d.summary.tokens);
        }
        Ok(Dispersion { tokens: offset, documents })
    }
}
