//! Shared playground state, provided as context: the inputs, the debounced
//! review, the embed options, and the message line.

use crate::review_input::{parse_sizes, ReviewInput, Revisions};
use crate::share::SharedState;
use crate::worker::{Outcome, ReviewWorker, INLINE_LIMIT_BYTES};
use engine::{Dialect, Review};
use leptos::prelude::*;
use std::rc::Rc;

/// How long typing must pause before the review runs.
pub const DEBOUNCE_MS: u32 = 150;
const DRAFT_KEY: &str = "sqlreview.draft.v1";
const FIRST_REVISIONS: Revisions = [1, 1];
const NOT_REVIEWED: Revisions = [0, 0];

#[derive(Clone, Copy)]
pub struct Playground {
    pub schema: RwSignal<String>,
    pub queries: RwSignal<String>,
    pub dialect: RwSignal<Dialect>,
    /// The queries pane holds a Markdown lesson.
    pub lesson: RwSignal<bool>,
    /// Table sizes as typed: `orders=50M, countries=200`.
    pub sizes: RwSignal<String>,
    /// Edits so far of the schema and the queries.
    pub revisions: RwSignal<Revisions>,
    /// The texts to review next and their revisions (set once typing pauses).
    pub to_review: RwSignal<(String, String, Revisions)>,
    /// The texts the current review was computed from (lag the inputs while typing).
    pub reviewed: RwSignal<(String, String)>,
    /// Their revisions: `NOT_REVIEWED` until a first review arrives.
    pub reviewed_revisions: RwSignal<Revisions>,
    pub review: RwSignal<Review>,
    /// A review is running in the background.
    pub busy: RwSignal<bool>,
    worker: StoredValue<ReviewWorker, LocalStorage>,
    /// The input of the review shown or being computed, to skip repeats.
    last_input: StoredValue<Option<ReviewInput>, LocalStorage>,
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
        let sizes = RwSignal::new(sizes_text(&initial.options.rows));
        let revisions = RwSignal::new(FIRST_REVISIONS);
        let to_review = RwSignal::new((initial.schema.clone(), initial.queries.clone(), FIRST_REVISIONS));
        // Start with the review of a small input right away; a large one
        // starts empty and arrives from the worker.
        let first = ReviewInput {
            schema: initial.schema,
            queries: initial.queries,
            dialect: initial.dialect,
            lesson: initial.lesson,
            sizes: sizes.get_untracked(),
            revisions: FIRST_REVISIONS,
        };
        let inline = first.len() <= INLINE_LIMIT_BYTES;
        let review = if inline { first.review() } else { ReviewInput { schema: String::new(), queries: String::new(), ..first.clone() }.review() };
        let reviewed = RwSignal::new(if inline { (first.schema.clone(), first.queries.clone()) } else { Default::default() });
        let reviewed_revisions = RwSignal::new(if inline { FIRST_REVISIONS } else { NOT_REVIEWED });
        let pg = Playground {
            schema,
            queries,
            dialect,
            lesson,
            sizes,
            revisions,
            to_review,
            reviewed,
            reviewed_revisions,
            review: RwSignal::new(review),
            busy: RwSignal::new(false),
            worker: StoredValue::new_local(ReviewWorker::default()),
            last_input: StoredValue::new_local(inline.then_some(first)),
            message: RwSignal::new(None),
            selected: RwSignal::new(None),
            embed,
            dark: RwSignal::new(dark),
        };
        // Review again whenever the texts to review, the dialect or the mode change.
        Effect::new(move |_| {
            let (schema, queries, revisions) = to_review.get();
            let input = ReviewInput { schema, queries, dialect: dialect.get(), lesson: lesson.get(), sizes: sizes.get(), revisions };
            pg.start_review(input);
        });
        pg
    }

    fn start_review(self, input: ReviewInput) {
        let last_revisions = self.last_input.with_value(|last| last.as_ref().filter(|last| last.same_content(&input)).map(|last| last.revisions));
        if let Some(last_revisions) = last_revisions {
            if last_revisions != input.revisions {
                // An edit undone before typing paused: the review shown, or
                // the one on its way, still fits the text.
                self.last_input.update_value(|last| {
                    if let Some(last) = last {
                        last.revisions = input.revisions;
                    }
                });
                if !self.worker.get_value().retag(input.revisions) {
                    self.reviewed_revisions.set(input.revisions);
                }
            }
            return;
        }
        self.last_input.set_value(Some(input.clone()));
        if input.len() > engine::MAX_INPUT_BYTES {
            self.say(format!(
                "The input is {} MB; the reviewer reads up to {} MB. Your text is kept: split it and review the parts.",
                engine::megabytes(input.len()),
                engine::MAX_INPUT_BYTES / 1_048_576
            ));
        }
        let deliver = Rc::new(move |outcome: Outcome| {
            self.busy.set(false);
            match outcome {
                Outcome::Reviewed(input, review) => self.show(input, *review),
                Outcome::Failed(reason) => {
                    // Let the same input be tried again.
                    self.last_input.set_value(None);
                    self.say(format!("The review did not finish: {reason}. Your text is kept; edit it to try again."));
                }
            }
        });
        let worker = self.worker.get_value();
        if input.len() > INLINE_LIMIT_BYTES && worker.request(input.clone(), deliver) {
            self.busy.set(true);
        } else {
            worker.cancel();
            self.busy.set(false);
            let review = input.review();
            self.show(input, review);
        }
    }

    /// Show a finished review, with the texts it was computed from.
    fn show(self, input: ReviewInput, review: Review) {
        self.reviewed.set((input.schema, input.queries));
        self.reviewed_revisions.set(input.revisions);
        self.review.set(review);
    }

    pub fn state(&self) -> SharedState {
        SharedState {
            schema: self.schema.get_untracked(),
            queries: self.queries.get_untracked(),
            dialect: self.dialect.get_untracked(),
            options: engine::Options { rows: parse_sizes(&self.sizes.get_untracked()), ..Default::default() },
            lesson: self.lesson.get_untracked(),
        }
    }

    pub fn load(&self, state: SharedState) {
        self.schema.set(state.schema.clone());
        self.queries.set(state.queries.clone());
        self.dialect.set(state.dialect);
        self.lesson.set(state.lesson);
        self.sizes.set(sizes_text(&state.options.rows));
        self.revisions.update(|r| r.iter_mut().for_each(|n| *n += 1));
        self.to_review.set((state.schema, state.queries, self.revisions.get_untracked()));
        self.selected.set(None);
    }

    /// Whether the editors show exactly what was reviewed (so highlights line up).
    pub fn in_sync(&self) -> bool {
        self.reviewed_revisions.get() == self.revisions.get()
    }

    /// Whether the review was computed from the text of one editor as it is now.
    pub fn source_in_sync(&self, source: usize) -> bool {
        self.reviewed_revisions.with(|r| r[source]) == self.revisions.with(|r| r[source])
    }

    /// Replace the text of one editor (0 schema, 1 queries): an edit.
    pub fn edit(&self, source: usize, text: String) {
        if source == 0 {
            self.schema.set(text)
        } else {
            self.queries.set(text)
        }
        self.revisions.update(|r| r[source] += 1);
    }

    pub fn say(&self, text: impl Into<String>) {
        self.message.set(Some(text.into()));
    }
}

fn sizes_text(rows: &std::collections::BTreeMap<String, u64>) -> String {
    rows.iter().map(|(t, r)| format!("{t}={}", engine::perf::scale::rows_text(*r))).collect::<Vec<_>>().join(", ")
}

pub fn load_draft() -> Option<SharedState> {
    let text = crate::dom::local_storage()?.get_item(DRAFT_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Keep the draft for the next visit. Fails when the browser's storage
/// is full (most give a page 5 MB) or refused (sandboxed embeds).
pub fn save_draft(state: &SharedState) -> Result<(), ()> {
    // Without storage (a sandboxed embed) the draft is simply not kept.
    let storage = crate::dom::local_storage().ok_or(())?;
    let text = serde_json::to_string(state).map_err(|_| ())?;
    storage.set_item(DRAFT_KEY, &text).map_err(|_| ())
}
