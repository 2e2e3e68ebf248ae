//! What one review is computed from. Both the page's state and the worker
//! use it; it uses neither, so the dependency goes one way.

use engine::{Dialect, Review};
use std::collections::BTreeMap;

/// Everything one review depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewInput {
    pub schema: String,
    pub queries: String,
    pub dialect: Dialect,
    /// The queries pane holds a Markdown lesson.
    pub lesson: bool,
    /// Table sizes as typed (`orders=50M`); unreadable pairs are left out.
    pub sizes: String,
}

impl ReviewInput {
    pub fn len(&self) -> usize {
        self.schema.len() + self.queries.len()
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
