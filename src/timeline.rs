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
    /// ISO weeks, starting on Monday.
    Week,
    Month,
    Quarter,
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
            Bucket::Week => d.first_of_week(),
            Bucket::Month => d.first_of_month(),
            Bucket::Quarter => d.first_of_quarter(),
            Bucket::Year => Date::new(d.year(), 1, 1).unwrap_or(d),
        }
    }

    fn next(self, d: Date) -> Date {
        match self {
            Bucket::Auto | Bucket::Day => Date::from_days_since_epoch(d.days_since_epoch() + 1),
            Bucket::Week => d.next_week(),
            Bucket::Month => d.next_month(),
            Bucket::Quarter => d.next_quarter(),
            Bucket::Year => Date::new(d.year() + 1, 1, 1).unwrap_or(d),
        }
    }
}

/// What a point's `value` measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// Occurrences.
    #[default]
    Count,
    /// Occurrences per 10,000 tokens of the bucket: comparable when coverage varies.
    Rate,
    /// Percentage of the bucket's documents that mention the term at least once.
    Share,
}

/// How a series is drawn from per-document counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Shape {
    pub bucket: Bucket,
    pub measure: Measure,
    /// Centred moving average over this many buckets (odd; 0 or 1: none).
    pub smoothing: u32,
}

/// One document's contribution to a series.
#[derive(Debug, Clone, Copy)]
pub struct DocumentHits {
    pub date: Option<Date>,
    pub hits: u32,
    pub tokens: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    /// First day of the bucket.
    pub start: Date,
    /// Occurrences of the term in the bucket.
    pub count: u64,
    /// Documents dated in the bucket, with or without the term.
    pub docs: u32,
    /// Documents in the bucket that contain the term.
    pub docs_with_term: u32,
    /// Tokens of the bucket's documents.
    pub tokens: u64,
    /// The measure asked for.
    pub value: f64,
    /// The moving average of `value`, when smoothing was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smoothed: Option<f64>,
    /// Fewer documents than a fifth of the median bucket (or under 3): a spike here may be noise.
    pub thin: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Series {
    /// The bucket actually used (never `auto`).
    pub bucket: Bucket,
    pub measure: Measure,
    pub points: Vec<Point>,
    pub undated_count: u64,
    pub undated_docs: u32,
}

/// Builds the series; `docs` must list every document in play, with zero hits where the term
/// is absent, so that bucket sizes are right.
pub fn build(shape: Shape, docs: &[DocumentHits]) -> Series {
    let mut undated_count = 0;
    let mut undated_docs = 0;
    let mut dated: Vec<&DocumentHits> = Vec::with_capacity(docs.len());
    for doc in docs {
        if doc.date.is_some() {
            dated.push(doc);
        } else {
            undated_count += u64::from(doc.hits);
            undated_docs += 1;
        }
    }
    crate::order::sort_by(&mut dated, |a, b| a.date.cmp(&b.date));
    let (Some(first), Some(last)) = (dated.first().and_then(|d| d.date), dated.last().and_then(|d| d.date)) else {
        let bucket = shape.bucket.resolve_empty();
        return Series { bucket, measure: shape.measure, points: Vec::new(), undated_count, undated_docs };
    };
    let bucket = shape.bucket.resolve(first, last);
    let mut points = Vec::new();
    let mut start = bucket.start(first);
    let mut docs = dated.into_iter().peekable();
    while start <= last {
        let next = bucket.next(start);
        let mut p =
            Point { start, count: 0, docs: 0, docs_with_term: 0, tokens: 0, value: 0.0, smoothed: None, thin: false };
        while let Some(d) = docs.next_if(|d| d.date.is_some_and(|date| date < next)) {
            p.count += u64::from(d.hits);
            p.docs += 1;
            p.docs_with_term += u32::from(d.hits > 0);
            p.tokens += u64::from(d.tokens);
        }
        p.value = value(shape.measure, &p);
        points.push(p);
        start = next;
    }
    mark_thin(&mut points);
    smooth(&mut points, shape.smoothing);
    Series { bucket, measure: shape.measure, points, undated_count, undated_docs }
}

fn value(measure: Measure, p: &Point) -> f64 {
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    match measure {
        Measure::Count => p.count as f64,
        Measure::Rate => ratio(p.count as f64 * 10_000.0, p.tokens as f64),
        Measure::Share => ratio(f64::from(p.docs_with_term) * 100.0, f64::from(p.docs)),
    }
}

fn mark_thin(points: &mut [Point]) {
    let mut sizes: Vec<u32> = points.iter().map(|p| p.docs).filter(|&d| d > 0).collect();
    crate::order::sort(&mut sizes);
    let median = sizes.get(sizes.len() / 2).copied().unwrap_or(0);
    let floor = (median / 5).max(3);
    for p in points {
        p.thin = p.docs < floor;
    }
}

/// A centred moving average; at the ends the window shrinks rather than inventing values.
fn smooth(points: &mut [Point], window: u32) {
    if window < 2 {
        return;
    }
    let half = (window / 2) as usize;
    let values: Vec<f64> = points.iter().map(|p| p.value).collect();
    for (i, p) in points.iter_mut().enumerate() {
        let lo = i.saturating_sub(half);
        let hi = (i + half + 1).min(values.len());
        let slice = values.get(lo..hi).unwrap_or(&[]);
        p.smoothed = Some(slice.iter().sum::<f64>() / slice.len().max(1) as f64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(date: &str, hits: u32) -> DocumentHits {
        DocumentHits { date: Date::parse_iso(date), hits, tokens: 100 }
    }

    fn build(bucket: Bucket, docs: &[DocumentHits]) -> Series {
        super::build(Shape { bucket, ..Shape::default() }, docs)
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
    fn weeks_start_on_monday_and_quarters_on_their_first_month() {
        let s = build(Bucket::Week, &[doc("2017-08-15", 1), doc("2017-08-27", 2), doc("2017-08-28", 4)]);
        let got: Vec<_> = s.points.iter().map(|p| (p.start.to_string(), p.count)).collect();
        assert_eq!(got, [("2017-08-14".into(), 1), ("2017-08-21".into(), 2), ("2017-08-28".into(), 4)]);
        let s = build(Bucket::Quarter, &[doc("2016-12-31", 1), doc("2017-05-02", 2)]);
        let got: Vec<_> = s.points.iter().map(|p| (p.start.to_string(), p.count)).collect();
        assert_eq!(got, [("2016-10-01".into(), 1), ("2017-01-01".into(), 0), ("2017-04-01".into(), 2)]);
    }

    #[test]
    fn rate_share_smoothing_and_thin_buckets() {
        let docs = [doc("2017-01-01", 5), doc("2017-01-01", 0), doc("2017-01-02", 3), doc("2017-01-03", 0)];
        let shape = |measure, smoothing| Shape { bucket: Bucket::Day, measure, smoothing };
        let rate = super::build(shape(Measure::Rate, 0), &docs);
        assert_eq!(rate.points.iter().map(|p| p.value).collect::<Vec<_>>(), [250.0, 300.0, 0.0]);
        let share = super::build(shape(Measure::Share, 3), &docs);
        assert_eq!(share.points.iter().map(|p| p.value).collect::<Vec<_>>(), [50.0, 100.0, 0.0]);
        assert_eq!(share.points.iter().map(|p| p.smoothed).collect::<Vec<_>>(), [Some(75.0), Some(50.0), Some(50.0)]);
        assert!(share.points.iter().all(|p| p.thin), "buckets of one or two documents are thin");
    }

    #[test]
    fn no_dated_documents_means_no_points() {
        let s = build(Bucket::Auto, &[doc("", 2)]);
        assert!(s.points.is_empty());
        assert_eq!(s.undated_count, 2);
    }
}
