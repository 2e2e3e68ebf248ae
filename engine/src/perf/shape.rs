//! The same query shape run again and again with different literals: the
//! trace of an N+1 loop in a pasted query log.

use super::Workload;
use crate::source::TextSpan;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// From this many runs of one shape a log shows a loop, not a coincidence.
pub const REPEATS: usize = 3;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RepeatedShape {
    /// The query with its literals replaced by `?`.
    pub shape: String,
    pub count: usize,
    /// Every run, in order.
    pub spans: Vec<TextSpan>,
}

/// A statement's text with numbers and quoted strings as `?`, lower case, single spaces.
pub fn shape_of(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut literal = false;
    let mut chars = text.chars().peekable();
    let mut previous_word = false;
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                while let Some(n) = chars.next() {
                    if n == '\'' {
                        if chars.peek() == Some(&'\'') {
                            chars.next();
                            continue;
                        }
                        break;
                    }
                }
                out.push('?');
                literal = true;
                previous_word = false;
            }
            c if c.is_ascii_digit() && !previous_word => {
                while chars.peek().is_some_and(|n| n.is_ascii_digit() || *n == '.') {
                    chars.next();
                }
                out.push('?');
                literal = true;
            }
            c if c.is_whitespace() => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
                previous_word = false;
            }
            c => {
                previous_word = c.is_alphanumeric() || c == '_' || c == '$';
                out.extend(c.to_lowercase());
            }
        }
    }
    (out.trim_end_matches([' ', ';']).to_string(), literal)
}

pub(super) fn repeated_shapes(work: &Workload) -> Vec<RepeatedShape> {
    let mut groups: HashMap<String, (Vec<TextSpan>, Vec<String>)> = HashMap::new();
    let mut order = Vec::new();
    for (facts, span) in work.facts.iter().zip(work.spans) {
        if !facts.blocks.iter().any(|b| b.top_level) {
            continue;
        }
        let text = work.text(*span);
        let (shape, literal) = shape_of(text);
        if !literal {
            continue;
        }
        let entry = groups.entry(shape.clone()).or_insert_with(|| {
            order.push(shape);
            Default::default()
        });
        entry.0.push(*span);
        entry.1.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    order
        .into_iter()
        .filter_map(|shape| {
            let (spans, texts) = groups.remove(&shape)?;
            let distinct = texts.iter().collect::<std::collections::HashSet<_>>().len();
            (spans.len() >= REPEATS && distinct > 1).then(|| RepeatedShape { shape, count: spans.len(), spans })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn literals_become_placeholders() {
        assert_eq!(super::shape_of("SELECT * FROM t2 WHERE id = 42 AND name = 'O''Brien';").0, "select * from t2 where id = ? and name = ?");
        assert!(!super::shape_of("SELECT * FROM t WHERE id = $1").1);
    }
}
