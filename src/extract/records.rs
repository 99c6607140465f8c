//! Rows and objects → documents: which column or field is the text, the title, the date…
//!
//! Shared by CSV, TSV and JSON, so a spreadsheet export and a scraper's JSON with the same
//! column names are read the same way.

use super::{Columns, Item, RawDate, Skipped};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Text,
    Title,
    Date,
    Source,
    Url,
    Author,
}

/// Recognised names in order of preference, as compared by [`key`]: when a file has both
/// `content` and `description`, the description is a summary and the content is the article.
const NAMES: [(Role, &[&str]); 6] = [
    (Role::Text, &["content", "text", "body", "article", "fulltext", "message", "description"]),
    (Role::Title, &["title", "headline", "subject"]),
    (
        Role::Date,
        &[
            "dateextracted",
            "date",
            "published",
            "publishedat",
            "publishdate",
            "pubdate",
            "datepublished",
            "createdat",
            "timestamp",
            "time",
        ],
    ),
    (Role::Source, &["source", "outlet", "publisher", "site", "domain", "newspaper"]),
    (Role::Url, &["url", "link"]),
    (Role::Author, &["author", "byline"]),
];

/// `Published At`, `published_at` and `publishedAt` are the same column to a person.
fn key(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(crate::case::lowercase).collect()
}

/// For each role (in the order of [`NAMES`]), the index of the column that plays it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mapping {
    columns: [Option<usize>; 6],
}

impl Mapping {
    /// `what` is "column" or "field", for messages.
    pub(super) fn new(names: &[&str], chosen: &Columns, what: &str) -> Result<Mapping, String> {
        let keys: Vec<String> = names.iter().map(|n| key(n)).collect();
        let mut columns = [None; 6];
        for (slot, (role, candidates)) in columns.iter_mut().zip(NAMES) {
            let wanted = match role {
                Role::Text => chosen.text.as_deref(),
                Role::Title => chosen.title.as_deref(),
                Role::Date => chosen.date.as_deref(),
                Role::Source => chosen.source.as_deref(),
                Role::Url | Role::Author => None,
            };
            *slot = match wanted {
                Some(name) => match keys.iter().position(|k| *k == key(name)) {
                    Some(i) => Some(i),
                    None => return Err(format!("no {what} «{name}» here; the {what}s are {}", listed(names))),
                },
                None => candidates.iter().find_map(|c| keys.iter().position(|k| k == c)),
            };
        }
        if columns[0].is_none() {
            return Err(format!(
                "no text {what}: the {what}s are {}; choose the one that holds the text, \
                 or name it content, text or body",
                listed(names)
            ));
        }
        Ok(Mapping { columns })
    }

    /// The document of one row or object. `value(i)` is the value of column `i`, if any.
    pub(super) fn item(
        &self,
        location: String,
        names: &[&str],
        value: impl Fn(usize) -> Option<String>,
    ) -> Result<Item, Skipped> {
        let get = |role: Role| {
            let index = self.columns[role as usize]?;
            let v = value(index)?;
            match v.trim() {
                "" => None,
                t if t.len() == v.len() => Some(v),
                t => Some(t.to_owned()),
            }
        };
        let Some(text) = get(Role::Text) else {
            let name = self.columns[0].and_then(|i| names.get(i)).copied().unwrap_or_default();
            return Err(Skipped { location, reason: format!("«{name}» is empty") });
        };
        let date = get(Role::Date).map(|value| RawDate {
            value,
            field: self.columns[Role::Date as usize].and_then(|i| names.get(i)).copied().unwrap_or_default().to_owned(),
        });
        Ok(Item {
            title: get(Role::Title),
            date,
            source: get(Role::Source),
            url: get(Role::Url),
            author: get(Role::Author),
            ..Item::new(&location, text)
        })
    }
}

/// Names for a message: quoted, and not hundreds of them.
pub(super) fn listed(names: &[&str]) -> String {
    const MOST: usize = 20;
    let mut out: Vec<String> = names.iter().take(MOST).map(|n| format!("«{n}»")).collect();
    if names.len() > MOST {
        out.push(format!("and {} more", names.len() - MOST));
    }
    if out.is_empty() {
        return "none".to_owned();
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_names_are_recognised_in_order_of_preference() {
        let names = ["Description", "Published At", "CONTENT", "headline", "Link"];
        let m = Mapping::new(&names, &Columns::default(), "column").unwrap();
        assert_eq!(m.columns, [Some(2), Some(3), Some(1), None, Some(4), None]);
    }

    #[test]
    fn a_chosen_column_wins_and_a_missing_one_is_named() {
        let names = ["body", "notes"];
        let chosen = Columns { text: Some("Notes".into()), ..Columns::default() };
        assert_eq!(Mapping::new(&names, &chosen, "column").unwrap().columns[0], Some(1));
        let chosen = Columns { date: Some("day".into()), ..Columns::default() };
        let e = Mapping::new(&names, &chosen, "column").unwrap_err();
        assert_eq!(e, "no column «day» here; the columns are «body», «notes»");
    }

    #[test]
    fn no_text_column_lists_the_columns() {
        let e = Mapping::new(&["id", "headline"], &Columns::default(), "field").unwrap_err();
        assert!(e.starts_with("no text field: the fields are «id», «headline»; choose"), "{e}");
    }

    #[test]
    fn values_are_trimmed_and_the_date_keeps_its_field_name() {
        let names = ["text", "pubDate"];
        let m = Mapping::new(&names, &Columns::default(), "column").unwrap();
        let values = [" نص ", "2015-07-21"];
        let item = m.item("x".into(), &names, |i| values.get(i).map(|v| v.to_string())).unwrap();
        assert_eq!(item.text, "نص");
        assert_eq!(item.date, Some(RawDate { value: "2015-07-21".into(), field: "pubDate".into() }));
        let empty = m.item("x › row 3".into(), &names, |_| Some("  ".into())).unwrap_err();
        assert_eq!(empty.reason, "«text» is empty");
    }
}
