//! JSON and JSON Lines: an array of articles, one article, `{"articles": [...]}`, or one
//! article per line.

use serde_json::{Map, Value};

use super::records::{listed, Mapping};
use super::{decoded, failure, join, Failure, Format, Item, Outcome, Run, Skipped};

/// What every document of one file shares.
struct File<'a> {
    format: Format,
    encoding: &'static str,
    warnings: &'a [String],
}

impl Run<'_> {
    pub(super) fn json(&mut self, location: &str, bytes: &[u8], format: Format) {
        let (text, encoding, warnings) = match decoded(location, bytes) {
            Ok(d) => d,
            Err(f) => return self.out.failures.push(f),
        };
        let file = File { format, encoding, warnings: &warnings };
        if format == Format::Jsonl {
            return self.json_lines(location, &text, &file);
        }
        match serde_json::from_str::<Value>(&text) {
            Ok(value) => self.json_value(location, value, &file),
            // JSON Lines saved as .json: the first line is a whole object by itself.
            Err(_) if first_line_is_object(&text) => {
                self.json_lines(location, &text, &File { format: Format::Jsonl, ..file })
            }
            Err(e) => self.fail(location, format!("invalid JSON: {e}")),
        }
    }

    /// For a file with no telling extension: reads it as JSON if it parses, else says no.
    pub(super) fn json_if_valid(&mut self, location: &str, bytes: &[u8]) -> bool {
        let Ok((text, encoding, warnings)) = decoded(location, bytes) else { return false };
        let Ok(value) = serde_json::from_str::<Value>(&text) else { return false };
        self.json_value(location, value, &File { format: Format::Json, encoding, warnings: &warnings });
        true
    }

    fn json_lines(&mut self, location: &str, text: &str, file: &File) {
        for (number, line) in (1..).zip(text.lines()) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let here = join(location, &format!("line {number}"));
            let outcome = match serde_json::from_str::<Value>(line) {
                Ok(value) => self.document(here, value, file),
                Err(e) => Outcome::Failed(failure(&here, format!("invalid JSON: {e}"))),
            };
            self.push(outcome);
        }
    }

    fn json_value(&mut self, location: &str, value: Value, file: &File) {
        match value {
            Value::Array(values) => self.json_array(location, values, file),
            Value::Object(object) => match Mapping::new(&keys(&object), &self.options.columns, "field") {
                Ok(mapping) => {
                    let outcome = object_item(location.to_owned(), &object, &mapping, file);
                    self.push(outcome);
                }
                Err(message) => match only_array_of_objects(object) {
                    Some((key, values)) => self.json_array(&join(location, &key), values, file),
                    None => self.fail(location, message),
                },
            },
            other => {
                let outcome = self.document(location.to_owned(), other, file);
                self.push(outcome);
            }
        }
    }

    fn json_array(&mut self, location: &str, values: Vec<Value>, file: &File) {
        if values.is_empty() {
            return self.fail(location, "an empty array: no articles");
        }
        for (number, value) in (1..).zip(values) {
            let outcome = self.document(join(location, &format!("#{number}")), value, file);
            self.push(outcome);
        }
    }

    /// One array element or line: an object, or just a string of text.
    fn document(&self, location: String, value: Value, file: &File) -> Outcome {
        match value {
            Value::Object(object) => match Mapping::new(&keys(&object), &self.options.columns, "field") {
                Ok(mapping) => object_item(location, &object, &mapping, file),
                Err(message) => Outcome::Failed(Failure { location, message }),
            },
            Value::String(text) if text.trim().is_empty() => {
                Outcome::Skipped(Skipped { location, reason: "an empty string".to_owned() })
            }
            Value::String(text) => Outcome::Item(with_file(Item::new(&location, text), file)),
            other => Outcome::Failed(Failure { message: format!("{}, not an article object", kind(&other)), location }),
        }
    }
}

fn object_item(location: String, object: &Map<String, Value>, mapping: &Mapping, file: &File) -> Outcome {
    let names = keys(object);
    let values: Vec<&Value> = object.values().collect();
    match mapping.item(location, &names, |i| values.get(i).and_then(|v| flatten(v))) {
        Ok(item) => Outcome::Item(with_file(item, file)),
        Err(skipped) => Outcome::Skipped(skipped),
    }
}

fn with_file(item: Item, file: &File) -> Item {
    Item { format: file.format, encoding: file.encoding, warnings: file.warnings.to_vec(), ..item }
}

fn keys(object: &Map<String, Value>) -> Vec<&str> {
    object.keys().map(String::as_str).collect()
}

/// A field's value as text: numbers as written, a list of paragraphs one per line, and
/// `{"name": "Al Riyadh"}` (NewsAPI's source) as its name. Other nesting is ignored.
fn flatten(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        // Integers only: formatting floats would add ~10 KB of tables to the wasm, and a text,
        // title or date is never a fraction.
        Value::Number(n) => n.as_i64().map(|i| i.to_string()).or_else(|| n.as_u64().map(|u| u.to_string())),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(values) => {
            let parts: Vec<String> = values.iter().filter_map(flatten).filter(|s| !s.trim().is_empty()).collect();
            (!parts.is_empty()).then(|| parts.join("\n"))
        }
        Value::Object(object) => ["name", "@value", "value", "text"].iter().find_map(|k| match object.get(*k) {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        }),
        Value::Null => None,
    }
}

/// `{"status": "ok", "articles": [...]}`: the one field that is a list of objects.
fn only_array_of_objects(object: Map<String, Value>) -> Option<(String, Vec<Value>)> {
    let is_list = |v: &Value| matches!(v, Value::Array(a) if a.first().is_some_and(Value::is_object));
    if object.values().filter(|v| is_list(v)).count() != 1 {
        return None;
    }
    object.into_iter().find_map(|(k, v)| match v {
        Value::Array(a) if a.first().is_some_and(Value::is_object) => Some((k, a)),
        _ => None,
    })
}

fn first_line_is_object(text: &str) -> bool {
    let line = text.trim_start_matches('\u{FEFF}').lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    matches!(serde_json::from_str::<Value>(line), Ok(Value::Object(_)))
}

fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(_) => "a true/false value".to_owned(),
        Value::Number(_) => "a number".to_owned(),
        Value::String(_) => "a string".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(o) => format!("an object with fields {}", listed(&keys(o))),
    }
}
