//! Renderers: human text (rustc/ruff style), Markdown, JSON and SARIF 2.1.0.
//! Each takes the review and the source texts (to quote lines).

mod markdown;
mod sarif;
mod text;

pub use markdown::markdown;
pub use sarif::sarif;
pub use text::text;

use super::{Finding, Review};

/// Places listed after a finding; the rest are counted.
const PLACES_LISTED: usize = 20;

/// The other places a finding points at: lines of its own pane or file
/// (`lines 12, 40`), places elsewhere by name (`schema.sql:7`), or `None`
/// when it has none.
fn other_places(finding: &Finding, sources: &[SourceText]) -> Option<String> {
    if finding.related.is_empty() {
        return None;
    }
    let listed = &finding.related[..finding.related.len().min(PLACES_LISTED)];
    let here: Vec<String> = listed.iter().filter(|s| s.source == finding.span.source).map(|s| s.line.to_string()).collect();
    let mut parts: Vec<String> = Vec::new();
    match here.len() {
        0 => {}
        1 => parts.push(format!("line {}", here[0])),
        _ => parts.push(format!("lines {}", here.join(", "))),
    }
    parts.extend(
        listed.iter().filter(|s| s.source != finding.span.source).map(|s| format!("{}:{}", sources.get(s.source).map(|t| t.name).unwrap_or("input"), s.line)),
    );
    let more = finding.related.len() - listed.len();
    if more > 0 {
        parts.push(format!("and {more} more"));
    }
    Some(parts.join(", "))
}

/// The review as pretty JSON (schema documented in docs/json-schema.md).
pub fn json(review: &Review) -> String {
    serde_json::to_string_pretty(review).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// A named source text, as given to the review.
pub struct SourceText<'a> {
    pub name: &'a str,
    pub text: &'a str,
}
