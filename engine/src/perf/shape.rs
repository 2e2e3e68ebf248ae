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
    // Byte by byte (this runs for every statement on every keystroke): quotes,
    // digits and ASCII whitespace are ASCII, and every other byte is copied
    // whole, so the result stays UTF-8.
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut literal = false;
    let mut previous_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\'' => {
                i += 1;
                while i < bytes.len() {
                    if bytes[i] == b'\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                out.push(b'?');
                literal = true;
                previous_word = false;
            }
            b'0'..=b'9' if !previous_word => {
                while bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'.') {
                    i += 1;
                }
                out.push(b'?');
                literal = true;
            }
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => {
                if out.last().is_some_and(|last| *last != b' ') {
                    out.push(b' ');
                }
                previous_word = false;
            }
            _ => {
                previous_word = b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80;
                out.push(b.to_ascii_lowercase());
            }
        }
        i += 1;
    }
    while matches!(out.last(), Some(b' ' | b';')) {
        out.pop();
    }
    (String::from_utf8(out).unwrap_or_default(), literal)
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
        assert_eq!(super::shape_of("SELECT 'é''x' FROM café WHERE n = 1.5").0, "select ? from café where n = ?");
        assert_eq!(super::shape_of("SELECT 'unterminated").0, "select ?");
    }
}
