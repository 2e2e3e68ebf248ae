//! The highlight layer's content: the text split at token and finding
//! boundaries into styled runs.

use engine::highlight::{highlight, TokenClass};
use engine::{Review, Severity};
use std::ops::Range;

/// A run of the reviewed text with one style.
#[derive(Clone, PartialEq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub class: String,
    pub title: Option<String>,
}

fn token_class(class: TokenClass) -> &'static str {
    match class {
        TokenClass::Keyword => "tk-keyword",
        TokenClass::Identifier => "tk-ident",
        TokenClass::String => "tk-string",
        TokenClass::Number => "tk-number",
        TokenClass::Comment => "tk-comment",
        TokenClass::Operator => "tk-op",
        TokenClass::Placeholder => "tk-param",
    }
}

fn squiggle(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => " sq-error",
        Severity::Warning => " sq-warning",
        Severity::Info => " sq-info",
        Severity::Praise => " sq-praise",
    }
}

/// Split `text[range]` at token and finding boundaries into styled segments
/// (positions stay those of the whole text). Without a review (it was
/// computed from another text) there are no squiggles.
pub fn segments(text: &str, range: Range<usize>, review: Option<&Review>, source: usize, dialect: engine::Dialect, lesson: bool) -> Vec<Segment> {
    let part = &text[range.clone()];
    let offset = range.start;
    // In a lesson only the SQL blocks are SQL: highlight its SQL view.
    let mut tokens = if lesson {
        let fences = engine::read::markdown::fences(part);
        highlight(&engine::read::markdown::sql_view(part, &fences), dialect)
    } else {
        highlight(part, dialect)
    };
    for token in &mut tokens {
        token.start += offset;
        token.end += offset;
    }
    // A finding is squiggled at its own place and at every other place it
    // names (the repeats folded into it).
    let findings: Vec<(usize, usize, Severity, &str)> = review
        .into_iter()
        .flat_map(Review::findings)
        .flat_map(|f| std::iter::once(f.span).chain(f.related.iter().copied()).map(move |span| (span, f)))
        .filter(|(span, _)| span.source == source && span.start <= range.end && span.end >= range.start && span.start <= text.len())
        .map(|(span, f)| {
            let end = span.end.clamp(span.start, text.len());
            let end = if end == span.start { text[span.start..].chars().next().map(|c| span.start + c.len_utf8()).unwrap_or(end) } else { end };
            (span.start.max(range.start), end.min(range.end), f.severity, f.message.as_str())
        })
        .collect();
    let text = &text[..range.end];
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    cuts.extend(tokens.iter().flat_map(|t| [t.start, t.end]));
    cuts.extend(findings.iter().flat_map(|f| [f.0, f.1]));
    cuts.retain(|&c| c >= range.start && c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut marks: Vec<Option<(Severity, usize)>> = vec![None; cuts.len()];
    for (i, f) in findings.iter().enumerate() {
        let first = cuts.partition_point(|&c| c < f.0);
        let last = cuts.partition_point(|&c| c < f.1);
        for mark in &mut marks[first..last] {
            if mark.is_none_or(|(s, _)| f.2 > s) {
                *mark = Some((f.2, i));
            }
        }
    }
    let mut token_iter = tokens.iter().peekable();
    let mut out = Vec::with_capacity(cuts.len());
    for (i, window) in cuts.windows(2).enumerate() {
        let (a, b) = (window[0], window[1]);
        while token_iter.peek().is_some_and(|t| t.end <= a) {
            token_iter.next();
        }
        let class = token_iter.peek().filter(|t| t.start <= a).map(|t| token_class(t.class)).unwrap_or("");
        let (class, title) = match marks[i] {
            Some((severity, f)) => (format!("{class}{}", squiggle(severity)), Some(findings[f].3.to_string())),
            None => (class.to_string(), None),
        };
        out.push(Segment { start: a, end: b, class, title });
    }
    out
}
