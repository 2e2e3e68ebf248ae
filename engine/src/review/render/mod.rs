//! Renderers: human text (rustc/ruff style), Markdown, JSON and SARIF 2.1.0.
//! Each takes the review and the source texts (to quote lines).

mod markdown;
mod sarif;
mod text;

pub use markdown::markdown;
pub use sarif::sarif;
pub use text::text;

use super::Review;

/// The review as pretty JSON (schema documented in docs/json-schema.md).
pub fn json(review: &Review) -> String {
    serde_json::to_string_pretty(review).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// A named source text, as given to the review.
pub struct SourceText<'a> {
    pub name: &'a str,
    pub text: &'a str,
}
