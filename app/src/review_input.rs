//! What one review is computed from. Both the page's state and the worker
//! use it; it uses neither, so the dependency goes one way.

use engine::{Dialect, Review};
use std::collections::BTreeMap;

/// How many edits each text (schema, queries) has had. Comparing these
/// instead of the texts tells in constant time whether a review matches
/// what the editors hold, however large the texts.
pub type Revisions = [u64; 2];

/// Everything one review depends on, and the revisions of the texts it was
/// taken from (they travel to the worker's answer and back).
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewInput {
    pub schema: String,
    pub queries: String,
    pub dialect: Dialect,
    /// The queries pane holds a Markdown lesson.
    pub lesson: bool,
    /// Table sizes as typed (`orders=50M`); unreadable pairs are left out.
    pub sizes: String,
    pub revisions: Revisions,
}

impl ReviewInput {
    pub fn len(&self) -> usize {
        self.schema.len() + self.queries.len()
    }

    /// The same review would come out (only the revisions may differ).
    pub fn same_content(&self, other: &ReviewInput) -> bool {
        self.dialect == other.dialect
            && self.lesson == other.lesson
            && self.sizes == other.sizes
            && self.schema == other.schema
            && self.queries == other.queries
    }

    pub fn review(&self) -> Review {
        let options = engine::Options { dialect: self.dialect, rows: parse_sizes(&self.sizes), ..Default::default() };
        let queries_name = if self.lesson { "lesson.md" } else { "queries" };
        engine::review(&[engine::Document::new("schema", self.schema.as_str()), engine::Document::new(queries_name, self.queries.as_str())], &options)
    }
}

/// The sizes the text names; the field shows why when it cannot be read.
pub fn parse_sizes(text: &str) -> BTreeMap<String, u64> {
    engine::perf::scale::parse_hints(text).map(|pairs| pairs.into_iter().collect()).unwrap_or_default()
}
