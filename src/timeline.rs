//! Per-document counts → a series over calendar buckets.
//!
//! Buckets follow the documents' dates, never their order in the folder, and every bucket
//! between the first and last dated document is present, empty ones included: a gap in coverage
//! is information, and a chart that skips it draws a false trend. Each bucket also says how many
//! documents it holds, so a spike over two articles can be told from one over two hundred.
//! Undated documents are counted beside the series, never dropped silently.

use serde::{Deserialize, Serialize};

use crate::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    /// Day up to two months of coverage, month up to three years, year beyond.
    #[default]
    Auto,
    Day,
    Month,
    Year,
}

impl Bucket {
    fn resolve(self, first: Date, last: Date) -> Bucket {
        if self != Bucket::Auto {
            return self;
        }
        match last.days_since_epoch() - first.days_since_epoch() {
            0..=62 => Bucket::Day,
            63..=1096 => Bucket::Month,
            _ => Bucket::Year,
        }
    }

    fn resolve_empty(self) -> Bucket {
        if self == Bucket::Auto {
            Bucket::Day
        } else {
            self
        }
    }

    fn start(self, d: Date) -> Date {
        match self {
            Bucket::Auto | Bucket::Day => d,
            Bucket::Month => d.first_of_month(),
            Bucket::Year => Date::new(d.year(), 1, 1).unwrap_or(d),
        }
    }

    fn next(self, d: Date) -> Date {
        match self {
            Bucket::Auto | Bucket::Day => Date::from_days_since_epoch(d.days_since_epoch() + 1),
            Bucket::Month => d.next_month(),
            Bucket::Year => Date::new(d.year() + 1, 1, 1).unwrap_or(d),
        }
    }
}

/// One document's contribution to a series.
#[derive(Debug, Clone, Copy)]
pub struct DocumentHits {
    pub date: Option<Date>,
    pub hits: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Point {
    /// First day of the bucket.
    pub start: Date,
    /// Occurrences of the term in the bucket.
    pub count: u64,
    /// Documents dated in the bucket, with or without the term.
    pub docs: u32,
    /// Documents in the bucket that contain the term.
    pub docs_with_term: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Series {
    /// The bucket actually used (never `auto`).
    pub bucket: Bucket,
    pub points: Vec<Point>,
    pub undated_count: u64,
    pub undated_docs: u32,
}

/// Builds the series; `docs` must list every document of the corpus, with zero hits where
/// the term is absent, so that bucket sizes are right.
pub fn build(bucket: Bucket, docs: &[DocumentHits]) -> Series {
    let mut undated_count = 0;
    let mut undated_docs = 0;
    let mut dated: Vec<(Date, u32)> = Vec::with_capacity(docs.len());
    for doc in docs {
        match doc.date {
            Some(date) => dated.push((date, doc.hits)),
            None => {
                undated_count += u64::from(doc.hits);
                undated_docs += 1;
            }
        }
    }
    dated.sort_unstable_by_key(|&(date, _)| date);
    let (Some(&(first, _)), Some(&(last, _))) = (dated.first(), dated.last()) else {
        return Series { bucket: bucket.resolve_empty(), points: Vec::new(), undated_count, undated_docs };
    };
    let bucket = bucket.resolve(first, last);
    let mut points = Vec::new();
    let mut start = bucket.start(first);
    let mut docs = dated.into_iter().peekable();
    while start <= last {
        let next = bucket.next(start);
        let mut point = Point { start, count: 0, docs: 0, docs_with_term: 0 };
        while let Some((_, hits)) = docs.next_if(|&(date, _)| date < next) {
            point.count += u64::from(hits);
            point.docs += 1;
            point.docs_with_term += u32::from(hits > 0);
        }
        points.push(point);
        start = next;
    }
    Series { bucket, points, undated_count, undated_docs }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(date: &str, hits: u32) -> DocumentHits {
        DocumentHits { date: Date::parse_iso(date), hits }
    }

    #[test]
    fn monthly_buckets_include_empty_months_and_undated_docs() {
        let docs = [doc("2017-03-20", 2), doc("2017-01-05", 1), doc("2017-01-31", 0), doc("", 4), doc("2017-03-01", 3)];
        let s = build(Bucket::Month, &docs);
        let got: Vec<_> = s.points.iter().map(|p| (p.start.to_string(), p.count, p.docs, p.docs_with_term)).collect();
        assert_eq!(
            got,
            [("2017-01-01".into(), 1, 2, 1), ("2017-02-01".into(), 0, 0, 0), ("2017-03-01".into(), 5, 2, 2)]
        );
        assert_eq!((s.undated_count, s.undated_docs), (4, 1));
    }

    #[test]
    fn auto_picks_day_month_or_year_from_the_span() {
        let span = |a, b| build(Bucket::Auto, &[doc(a, 1), doc(b, 1)]);
        assert_eq!(span("2017-01-01", "2017-01-31").bucket, Bucket::Day);
        assert_eq!(span("2017-01-01", "2017-01-31").points.len(), 31);
        assert_eq!(span("2017-01-01", "2017-06-30").bucket, Bucket::Month);
        assert_eq!(span("2010-01-01", "2017-06-30").bucket, Bucket::Year);
        assert_eq!(span("2010-01-01", "2017-06-30").points.len(), 8);
    }

    #[test]
    fn no_dated_documents_means_no_points() {
        let s = build(Bucket::Auto, &[doc("", 2)]);
        assert!(s.points.is_empty());
        assert_eq!(s.undated_count, 2);
    }
}
