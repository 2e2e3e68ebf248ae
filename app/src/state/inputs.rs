//! What the author typed: both texts, the system, the mode and the table
//! sizes, with a count of edits per text.

use crate::review_input::{parse_sizes, ReviewInput, Revisions};
use crate::share::SharedState;
use engine::Dialect;
use leptos::prelude::*;

/// The revisions of the texts a page opens with.
pub const FIRST_REVISIONS: Revisions = [1, 1];

#[derive(Clone, Copy)]
pub struct Inputs {
    pub schema: ReadSignal<String>,
    pub queries: ReadSignal<String>,
    pub dialect: ReadSignal<Dialect>,
    /// The queries pane holds a Markdown lesson.
    pub lesson: ReadSignal<bool>,
    /// Table sizes as typed: `orders=50M, countries=200`.
    pub sizes: ReadSignal<String>,
    /// Edits so far of the schema and the queries: comparing these tells in
    /// constant time whether a review matches the texts, however large.
    pub revisions: ReadSignal<Revisions>,
    write: Writers,
}

#[derive(Clone, Copy)]
struct Writers {
    schema: WriteSignal<String>,
    queries: WriteSignal<String>,
    dialect: WriteSignal<Dialect>,
    lesson: WriteSignal<bool>,
    sizes: WriteSignal<String>,
    revisions: WriteSignal<Revisions>,
}

impl Inputs {
    pub fn new(initial: &SharedState) -> Inputs {
        let (schema, set_schema) = signal(initial.schema.clone());
        let (queries, set_queries) = signal(initial.queries.clone());
        let (dialect, set_dialect) = signal(initial.dialect);
        let (lesson, set_lesson) = signal(initial.lesson);
        let (sizes, set_sizes) = signal(sizes_text(&initial.options.rows));
        let (revisions, set_revisions) = signal(FIRST_REVISIONS);
        let write = Writers { schema: set_schema, queries: set_queries, dialect: set_dialect, lesson: set_lesson, sizes: set_sizes, revisions: set_revisions };
        Inputs { schema, queries, dialect, lesson, sizes, revisions, write }
    }

    /// The text of one editor: 0 the schema, 1 the queries.
    pub fn text(&self, source: usize) -> ReadSignal<String> {
        if source == 0 {
            self.schema
        } else {
            self.queries
        }
    }

    /// Replace the text of one editor: an edit.
    pub fn edit(&self, source: usize, text: String) {
        if source == 0 {
            self.write.schema.set(text)
        } else {
            self.write.queries.set(text)
        }
        self.write.revisions.update(|r| r[source] += 1);
    }

    pub fn set_dialect(&self, dialect: Dialect) {
        self.write.dialect.set(dialect);
    }

    pub fn set_lesson(&self, lesson: bool) {
        self.write.lesson.set(lesson);
    }

    pub fn set_sizes(&self, sizes: String) {
        self.write.sizes.set(sizes);
    }

    /// Replace every input at once (both texts count as edited).
    pub fn load(&self, state: SharedState) {
        self.write.schema.set(state.schema);
        self.write.queries.set(state.queries);
        self.write.dialect.set(state.dialect);
        self.write.lesson.set(state.lesson);
        self.write.sizes.set(sizes_text(&state.options.rows));
        self.write.revisions.update(|r| r.iter_mut().for_each(|n| *n += 1));
    }

    /// The inputs as a share link or a draft keeps them.
    pub fn state(&self) -> SharedState {
        SharedState {
            schema: self.schema.get_untracked(),
            queries: self.queries.get_untracked(),
            dialect: self.dialect.get_untracked(),
            options: engine::Options { rows: parse_sizes(&self.sizes.get_untracked()), ..Default::default() },
            lesson: self.lesson.get_untracked(),
        }
    }

    /// Bytes in both texts.
    pub fn len_untracked(&self) -> usize {
        self.schema.with_untracked(String::len) + self.queries.with_untracked(String::len)
    }

    /// What a review of the inputs as they are now is computed from. Only
    /// the texts are read untracked: they are reviewed when typing pauses,
    /// the rest as soon as it changes.
    pub fn to_review(&self, texts: (String, String, Revisions)) -> ReviewInput {
        let (schema, queries, revisions) = texts;
        ReviewInput { schema, queries, dialect: self.dialect.get(), lesson: self.lesson.get(), sizes: self.sizes.get(), revisions }
    }

    /// The texts and their revisions, copied once typing pauses.
    pub fn texts_untracked(&self) -> (String, String, Revisions) {
        (self.schema.get_untracked(), self.queries.get_untracked(), self.revisions.get_untracked())
    }
}

fn sizes_text(rows: &std::collections::BTreeMap<String, u64>) -> String {
    rows.iter().map(|(t, r)| format!("{t}={}", engine::perf::scale::rows_text(*r))).collect::<Vec<_>>().join(", ")
}
