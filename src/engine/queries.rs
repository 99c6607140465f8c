//! Questions to the corpus: keyword tables, series, concordances.

use super::{Engine, Timeline, TimelineQuery};
use crate::count::{surface, DocId, KeyId, Known};
use crate::kwic::{context, Kwic, KwicLine, KwicQuery, KwicSort};
use crate::query::{self, Hit, Matcher, Query, QueryError, SurfaceSet, Word};
use crate::stats::{rank, KeyStats, KeywordQuery, Variant};
use crate::timeline::{self, DocumentHits};
use crate::tokenise::{tokenise, Utf16Cursor};

impl Engine {
    /// The most frequent keys; stopwords, numbers and links left out unless asked for.
    pub fn keywords(&self, query: &KeywordQuery) -> Vec<KeyStats> {
        let index = self.index();
        rank(&index.keys, &self.vocab, &index.form_surfaces, self.tally(), query, |g| {
            query.include_stopwords || !self.stopwords.contains(&g.key)
        })
    }

    /// The key a word is counted under, as the page shows it beside a series.
    pub fn key_of(&self, term: &str) -> Result<String, QueryError> {
        let keys = self.word_keys(term)?;
        Ok(keys.join(" "))
    }

    /// The keys of the words in `term` (one, or several for «G-20»-like input).
    fn word_keys(&self, term: &str) -> Result<Vec<String>, QueryError> {
        // A surface seen in the corpus is taken as it is, so every form the keyword table shows
        // can be looked up, even one that would not tokenise alone (a stray combining mark).
        if let Known::Surface(id) = self.vocab.lookup(term.trim()) {
            if let Some((form, kind)) = self.vocab.form(self.vocab.form_id(id)) {
                return Ok(vec![self.key_for(form, kind)]);
            }
        }
        let keys: Vec<String> =
            tokenise(term).map(|t| self.key_for(&self.segmentation.normalise(t.text(term)), t.kind)).collect();
        if keys.is_empty() {
            return Err(QueryError::NoWord(term.to_owned()));
        }
        Ok(keys)
    }

    /// Parses a query and resolves its words against the vocabulary.
    pub fn compile(&self, text: &str) -> Result<(Query, Matcher), QueryError> {
        let query = query::parse(text)?;
        let term = |t: &query::Term| -> Result<Vec<SurfaceSet>, QueryError> {
            let mut sets = Vec::new();
            for word in &t.words {
                sets.extend(self.word_sets(word)?);
            }
            Ok(sets)
        };
        let any = query.any.iter().map(term).collect::<Result<_, _>>()?;
        let not = query.not.iter().map(term).collect::<Result<_, _>>()?;
        Ok((query, Matcher::new(any, not, self.vocab.surfaces())))
    }

    fn word_sets(&self, word: &Word) -> Result<Vec<SurfaceSet>, QueryError> {
        let index = self.index();
        let surfaces = self.vocab.surfaces();
        let keyed = |wanted: &dyn Fn(KeyId) -> bool| {
            let mut set = SurfaceSet::with_capacity(surfaces);
            for (s, &k) in (0..).zip(&index.surface_keys) {
                if wanted(k) {
                    set.insert(s);
                }
            }
            set
        };
        Ok(match word {
            Word::Key(w) => self
                .word_keys(w)?
                .iter()
                .map(|key| match index.keys.id(key) {
                    Some(id) => keyed(&|k| k == id),
                    None => SurfaceSet::with_capacity(0),
                })
                .collect(),
            Word::Exact(w) => {
                let mut set = SurfaceSet::with_capacity(surfaces);
                let form = self.segmentation.normalise(w);
                if let Some(f) = self.vocab.form_by_text(&form) {
                    index.form_surfaces.of(f).iter().for_each(|&s| set.insert(s));
                }
                vec![set]
            }
            Word::Prefix(p) => {
                let prefix = crate::key::fold_final(&self.segmentation.normalise(p), &self.options.normalise);
                if prefix.is_empty() {
                    return Err(QueryError::NoWord(format!("{p}*")));
                }
                // By key («موص*» finds «بالموصل») and by form («الموص*» finds «الموصل»).
                let wanted: Vec<bool> = index.keys.groups().map(|(_, g)| g.key.starts_with(&prefix)).collect();
                let mut set = keyed(&|k| wanted.get(k as usize).copied().unwrap_or(false));
                let form_prefix = self.segmentation.normalise(p);
                for (f, _) in (0..).zip(&self.vocab.forms).filter(|(_, e)| e.text.starts_with(&form_prefix)) {
                    index.form_surfaces.of(f).iter().for_each(|&s| set.insert(s));
                }
                vec![set]
            }
        })
    }

    /// Every match of a compiled query in the documents in play, document by document.
    pub fn hits(&self, matcher: &Matcher) -> Vec<(DocId, Vec<Hit>)> {
        if matcher.is_empty() {
            return Vec::new();
        }
        // Scanning every token is the cost of a query: split over cores, in document order.
        let docs: Vec<&super::Doc> = self.included().collect();
        let found = super::parallel::map_parallel(&docs, 500, |d| (d.summary.id, query::find(matcher, &d.stream)));
        found.into_iter().filter(|(_, hits)| !hits.is_empty()).collect()
    }

    /// A series for a query over calendar buckets.
    pub fn timeline(&self, q: &TimelineQuery) -> Result<Timeline, QueryError> {
        let (query, matcher) = self.compile(&q.query)?;
        let hits = self.hits(&matcher);
        let mut per_doc: Vec<DocumentHits> = Vec::with_capacity(self.docs.len());
        let mut found = hits.iter().peekable();
        // Each spelling's count, keyed by its text: surfaces hold no spaces, so the text names the
        // run of surfaces, and the table is the vocabulary's type (one copy of its code in the wasm
        // build). `form` is reused, so a spelling seen before allocates nothing.
        let mut counts = crate::count::Map::<String, u32>::default();
        let mut form = String::new();
        for d in self.included() {
            let n = match found.next_if(|(id, _)| *id == d.summary.id) {
                Some((_, doc_hits)) => {
                    for h in doc_hits {
                        let span = d.stream.get(h.pos as usize..(h.pos + h.len) as usize).unwrap_or(&[]);
                        form.clear();
                        for (i, &e) in span.iter().enumerate() {
                            if i > 0 {
                                form.push(' ');
                            }
                            form.push_str(self.vocab.surface_text(surface(e)));
                        }
                        match counts.get_mut(form.as_str()) {
                            Some(n) => *n = n.saturating_add(1),
                            None => {
                                counts.insert(form.clone(), 1);
                            }
                        }
                    }
                    u32::try_from(doc_hits.len()).unwrap_or(u32::MAX)
                }
                None => 0,
            };
            per_doc.push(DocumentHits { date: d.summary.date, hits: n, tokens: d.summary.tokens });
        }
        // `sort` is a total order (count, then spelling), so the table's order does not show.
        let mut variants: Vec<Variant> =
            counts.into_iter().map(|(form, count)| Variant { form, count: count.into() }).collect();
        Variant::sort(&mut variants);
        variants.truncate(50);
        let key = match (query.any.as_slice(), query.not.is_empty()) {
            ([t], true) if matches!(t.words.as_slice(), [Word::Key(_)]) => self.key_of(q.query.trim())?,
            _ => query.canonical(),
        };
        Ok(Timeline { term: q.query.trim().to_owned(), key, variants, series: timeline::build(q.shape, &per_doc) })
    }

    /// Concordance lines for a query, sorted and paged.
    pub fn kwic(&self, q: &KwicQuery) -> Result<Kwic, QueryError> {
        let (_, matcher) = self.compile(&q.query)?;
        let wanted = |id: DocId| {
            let Some(d) = self.docs.get(id as usize) else { return false };
            let date = d.summary.date;
            q.doc.is_none_or(|w| w == id)
                && (!q.undated || date.is_none())
                && q.from.is_none_or(|f| date.is_some_and(|d| d >= f))
                && q.to.is_none_or(|t| date.is_some_and(|d| d < t))
        };
        let mut all: Vec<(DocId, Hit)> = self
            .hits(&matcher)
            .into_iter()
            .filter(|(id, _)| wanted(*id))
            .flat_map(|(id, hits)| hits.into_iter().map(move |h| (id, h)))
            .collect();
        self.sort_kwic(&mut all, q.sort);
        let total = u32::try_from(all.len()).unwrap_or(u32::MAX);
        let lines =
            all.iter().skip(q.offset).take(q.limit).filter_map(|&(id, h)| self.kwic_line(id, h, q.width)).collect();
        Ok(Kwic { total, lines })
    }

    fn sort_kwic(&self, all: &mut [(DocId, Hit)], sort: KwicSort) {
        let date = |id: DocId| self.docs.get(id as usize).and_then(|d| d.summary.date);
        if sort == KwicSort::Document {
            let key = |&(id, h): &(DocId, Hit)| (date(id).is_none(), date(id), id, h.pos);
            crate::order::sort_by(all, |a, b| key(a).cmp(&key(b)));
            return;
        }
        // Neighbouring words by normalised form, nearest first.
        let neighbours = |id: DocId, h: Hit| -> Vec<&str> {
            let Some(d) = self.docs.get(id as usize) else { return Vec::new() };
            let positions: Vec<usize> = match sort {
                KwicSort::Left => (1..=3).filter_map(|k| (h.pos as usize).checked_sub(k)).collect(),
                _ => (0..3).map(|k| (h.pos + h.len) as usize + k).collect(),
            };
            positions
                .into_iter()
                .filter_map(|p| d.stream.get(p))
                .filter_map(|&e| self.vocab.form(self.vocab.form_id(surface(e))).map(|(f, _)| f))
                .collect()
        };
        let mut keyed: Vec<(Vec<&str>, DocId, Hit)> = all.iter().map(|&(id, h)| (neighbours(id, h), id, h)).collect();
        crate::order::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0).then_with(|| (a.1, a.2.pos).cmp(&(b.1, b.2.pos))));
        for (slot, (_, id, h)) in all.iter_mut().zip(keyed) {
            *slot = (id, h);
        }
    }

    fn kwic_line(&self, id: DocId, h: Hit, width: usize) -> Option<KwicLine> {
        let d = self.docs.get(id as usize)?;
        let text = &*d.text;
        let mut tokens = self.stream_tokens(text, &d.skip).skip(h.pos as usize);
        let first = tokens.next()?;
        let last = if h.len > 1 { tokens.nth(h.len as usize - 2)? } else { first };
        let (start, end) = (first.start, last.end);
        let (left, right) = context(text, start, end, width);
        let mut utf16 = Utf16Cursor::new(text);
        Some(KwicLine {
            doc: id,
            name: d.summary.name.clone(),
            date: d.summary.date,
            left,
            hit: crate::kwic::collapse(text.get(start..end)?),
            right,
            start,
            end,
            start16: utf16.offset(start),
            end16: utf16.offset(end),
        })
    }
}
