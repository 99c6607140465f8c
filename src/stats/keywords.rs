//! The keyword table: every key with its totals and the spellings merged under it.

use serde::{Deserialize, Serialize};

use crate::count::{FormSurfaces, KeyGroup, KeyId, KeyIndex, Tally, Vocab};
use crate::date::Date;
use crate::tokenise::TokenKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    #[default]
    Count,
    Docs,
    Tfidf,
}

/// The writing system of a key, by its first letter: enough to split an Arabic table from the
/// English names quoted in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Arabic,
    Latin,
    Other,
}

impl Script {
    pub fn of(key: &str) -> Script {
        match key.chars().find(|c| c.is_alphabetic()) {
            Some(c) if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{08FF}').contains(&c) => {
                Script::Arabic
            }
            Some(c) if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => Script::Latin,
            _ => Script::Other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KeywordQuery {
    pub limit: usize,
    pub include_stopwords: bool,
    pub include_numbers: bool,
    /// URLs and e-mail addresses; hashtags and @mentions are always included.
    pub include_links: bool,
    /// Only keys of this script.
    pub script: Option<Script>,
    /// Only keys counted at least this often.
    pub min_count: u64,
    pub sort: SortBy,
}

impl Default for KeywordQuery {
    fn default() -> Self {
        KeywordQuery {
            limit: 50,
            include_stopwords: false,
            include_numbers: false,
            include_links: false,
            script: None,
            min_count: 1,
            sort: SortBy::Count,
        }
    }
}

/// A key with its totals and merged surface forms, as shown in the keyword table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyStats {
    pub key: String,
    /// The most frequent surface form: what a reader expects to see.
    pub display: String,
    pub count: u64,
    /// Documents containing the key.
    pub docs: u32,
    /// Occurrences per 10,000 tokens of the documents in play.
    pub rate: f64,
    /// count × ln(documents / docs): high for a key frequent in few documents.
    pub tfidf: f64,
    pub first: Option<Date>,
    pub last: Option<Date>,
    /// Surface forms merged under this key, most frequent first.
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Variant {
    pub form: String,
    pub count: u64,
}

impl Variant {
    /// Most frequent first, then by spelling: the order every list of variants is shown in.
    pub fn sort(variants: &mut [Variant]) {
        crate::order::sort_by(variants, |a, b| b.count.cmp(&a.count).then_with(|| a.form.cmp(&b.form)));
    }
}

/// The keys passing `keep` and the query's filters, best first by the chosen order (ties by
/// key, so the order is stable across builds), at most `query.limit` of them.
pub fn rank(
    keys: &KeyIndex,
    vocab: &Vocab,
    form_surfaces: &FormSurfaces,
    tally: &Tally,
    query: &KeywordQuery,
    mut keep: impl FnMut(&KeyGroup) -> bool,
) -> Vec<KeyStats> {
    let n_docs = f64::from(tally.documents.max(1));
    let count = |id: KeyId| tally.counts.get(id as usize).copied().unwrap_or(0);
    let docs = |id: KeyId| tally.docs.get(id as usize).copied().unwrap_or(0);
    let tfidf = |id: KeyId| count(id) as f64 * (n_docs / f64::from(docs(id).max(1))).ln();
    let ranked: Vec<(KeyId, &KeyGroup)> = keys
        .groups()
        .filter(|&(id, g)| {
            count(id) >= query.min_count.max(1)
                && (query.include_numbers || g.kind != TokenKind::Number)
                && (query.include_links || !matches!(g.kind, TokenKind::Url | TokenKind::Email))
                && query.script.is_none_or(|s| Script::of(&g.key) == s)
                && keep(g)
        })
        .collect();
    let order = |a: &(KeyId, &KeyGroup), b: &(KeyId, &KeyGroup)| {
        let by = match query.sort {
            SortBy::Count => count(b.0).cmp(&count(a.0)),
            SortBy::Docs => docs(b.0).cmp(&docs(a.0)).then_with(|| count(b.0).cmp(&count(a.0))),
            SortBy::Tfidf => tfidf(b.0).total_cmp(&tfidf(a.0)),
        };
        by.then_with(|| a.1.key.cmp(&b.1.key))
    };
    let ranked = super::top(ranked, query.limit, order);
    let surfaces_of =
        |g: &KeyGroup| -> Vec<u32> { g.forms.iter().flat_map(|&f| form_surfaces.of(f).iter().copied()).collect() };
    ranked
        .into_iter()
        .map(|(id, g)| {
            let mut variants: Vec<Variant> = surfaces_of(g)
                .into_iter()
                .filter_map(|s| {
                    let n = tally.surfaces.get(s as usize).copied().unwrap_or(0);
                    (n > 0).then(|| Variant { form: vocab.surface_text(s).to_owned(), count: n })
                })
                .collect();
            Variant::sort(&mut variants);
            KeyStats {
                key: g.key.clone(),
                display: variants.first().map_or_else(|| g.key.clone(), |v| v.form.clone()),
                count: count(id),
                docs: docs(id),
                rate: count(id) as f64 * 10_000.0 / (tally.tokens.max(1) as f64),
                tfidf: tfidf(id),
                first: tally.first.get(id as usize).copied().flatten(),
                last: tally.last.get(id as usize).copied().flatten(),
                variants,
            }
        })
        .collect()
}
