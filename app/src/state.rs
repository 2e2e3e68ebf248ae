//! Shared playground state, provided as context: the inputs, the debounced
//! review, the embed options, and the message line.

use crate::share::SharedState;
use engine::{Dialect, Review};
use leptos::prelude::*;

/// How long typing must pause before the review runs.
pub const DEBOUNCE_MS: u32 = 150;
const DRAFT_KEY: &str = "sqlreview.draft.v1";

#[derive(Clone, Copy)]
pub struct Playground {
    pub schema: RwSignal<String>,
    pub queries: RwSignal<String>,
    pub dialect: RwSignal<Dialect>,
    /// The queries pane holds a Markdown lesson.
    pub lesson: RwSignal<bool>,
    /// The texts the current review was computed from (lag the inputs while typing).
    pub reviewed: RwSignal<(String, String)>,
    pub review: Memo<Review>,
    /// A short status for the user (share, copy, link errors); read by screen readers.
    pub message: RwSignal<Option<String>>,
    /// The finding whose documentation is open.
    pub selected: RwSignal<Option<engine::Finding>>,
    pub embed: Embed,
    pub dark: RwSignal<bool>,
}

/// Options of embed mode, read from the query string (`?embed&readonly&theme=dark&panes=queries,findings`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Embed {
    pub enabled: bool,
    pub readonly: bool,
    pub show_schema: bool,
    pub show_findings: bool,
    pub show_review: bool,
}

impl Embed {
    pub fn from_query(query: &str) -> (Embed, Option<bool>) {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (p.to_string(), String::new()),
            })
            .collect();
        let has = |k: &str| pairs.iter().any(|(key, _)| key == k);
        let value = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
        let panes = value("panes").unwrap_or("schema,queries,findings,review");
        let theme = match value("theme") {
            Some("dark") => Some(true),
            Some("light") => Some(false),
            _ => None,
        };
        let embed = Embed {
            enabled: has("embed"),
            readonly: has("readonly"),
            show_schema: panes.contains("schema"),
            show_findings: panes.contains("findings"),
            show_review: panes.contains("review"),
        };
        (embed, theme)
    }
}

impl Playground {
    pub fn new(initial: SharedState, embed: Embed, dark: bool) -> Playground {
        let schema = RwSignal::new(initial.schema.clone());
        let queries = RwSignal::new(initial.queries.clone());
        let dialect = RwSignal::new(initial.dialect);
        let lesson = RwSignal::new(initial.lesson);
        let reviewed = RwSignal::new((initial.schema, initial.queries));
        // A new review always counts as a change: comparing two reviews
        // would cost as much as rendering them.
        let review = Memo::new_with_compare(
            move |_| {
                let (schema, queries) = reviewed.get();
                let options = engine::Options { dialect: dialect.get(), ..Default::default() };
                let queries_name = if lesson.get() { "lesson.md" } else { "queries" };
                engine::review(&[engine::Document::new("schema", schema), engine::Document::new(queries_name, queries)], &options)
            },
            |_, _| true,
        );
        Playground {
            schema,
            queries,
            dialect,
            lesson,
            reviewed,
            review,
            message: RwSignal::new(None),
            selected: RwSignal::new(None),
            embed,
            dark: RwSignal::new(dark),
        }
    }

    pub fn state(&self) -> SharedState {
        SharedState {
            schema: self.schema.get_untracked(),
            queries: self.queries.get_untracked(),
            dialect: self.dialect.get_untracked(),
            options: Default::default(),
            lesson: self.lesson.get_untracked(),
        }
    }

    pub fn load(&self, state: SharedState) {
        self.schema.set(state.schema.clone());
        self.queries.set(state.queries.clone());
        self.dialect.set(state.dialect);
        self.lesson.set(state.lesson);
        self.reviewed.set((state.schema, state.queries));
        self.selected.set(None);
    }

    /// Whether the editors show exactly what was reviewed (so highlights line up).
    pub fn in_sync(&self) -> bool {
        let (s, q) = self.reviewed.get();
        s == self.schema.get() && q == self.queries.get()
    }

    pub fn say(&self, text: impl Into<String>) {
        self.message.set(Some(text.into()));
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Sandboxed iframes throw on access: the draft is then simply not kept.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load_draft() -> Option<SharedState> {
    let text = storage()?.get_item(DRAFT_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

pub fn save_draft(state: &SharedState) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(state)) {
        let _ = storage.set_item(DRAFT_KEY, &text);
    }
}
