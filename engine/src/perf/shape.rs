//! The same query shape run again and again with different literals: the
//! trace of an N+1 loop in a pasted query log.

use super::Workload;
use crate::source::TextSpan;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

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

/// Runs of consecutive statements with one shape: a loop in a log issues its
/// queries back to back, where a script that tries a few values interleaves them.
pub(super) fn repeated_shapes(work: &Workload) -> Vec<RepeatedShape> {
    let mut found = Vec::new();
    let mut run: Option<(String, Vec<TextSpan>, HashSet<String>)> = None;
    let mut close = |run: Option<(String, Vec<TextSpan>, HashSet<String>)>| {
        if let Some((shape, spans, _)) = run.filter(|(_, spans, texts)| spans.len() >= REPEATS && texts.len() > 1) {
            found.push(RepeatedShape { shape, count: spans.len(), spans });
        }
    };
    for (facts, span) in work.facts.iter().zip(work.spans) {
        let lookup = facts.blocks.iter().any(|b| b.top_level && b.has_where && !b.relations.is_empty());
        let text = work.text(*span);
        let (shape, literal) = if lookup { shape_of(text) } else { (String::new(), false) };
        // A per-row lookup reads a table by equality with a literal; `SELECT 1`
        // repeated, or an EXPLAIN of it, is not a loop.
        if !literal || !(shape.contains("= ?") || shape.contains("in (?")) || shape.starts_with("explain") {
            close(run.take());
            continue;
        }
        let normalised = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match &mut run {
            Some((current, spans, texts)) if *current == shape => {
                spans.push(*span);
                texts.insert(normalised);
            }
            _ => {
                close(run.take());
                run = Some((shape, vec![*span], HashSet::from([normalised])));
            }
        }
    }
    close(run);
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn literals_become_placeholders() {
        assert_eq!(super::shape_of("SELECT * FROM t2 WHERE id = 42 AND name = 'O''Brien';").0, "select * from t2 where id = ? and name = ?");
        assert!(!super::shape_of("SELECT * FROM t WHERE id = $1").1);
    }
}
