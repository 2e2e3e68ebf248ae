//! Page-level behaviour: the debounced review, draft saving, share links in
//! the fragment, and embed mode's messages to and from the parent page.

use crate::dom::{self, post_to_parent};
use crate::share;
use crate::state::{self, Inputs, Reviews, Ui, DEBOUNCE_MS};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Below this size a draft that cannot be stored is a refused storage
/// (a private window, a sandbox), not a full one: no need to warn.
const DRAFT_WARNING_BYTES: usize = 1024 * 1024;
/// Larger drafts are not even tried (local storage holds about 5 MB).
const DRAFT_LIMIT_BYTES: usize = 4 * 1024 * 1024;

/// Reviews the inputs once typing pauses, and keeps the draft.
#[derive(Clone, Copy)]
pub struct ReviewScheduler {
    pending: StoredValue<Option<Timeout>, LocalStorage>,
    inputs: Inputs,
    reviews: Reviews,
    ui: Ui,
}

impl ReviewScheduler {
    /// Schedule a review of the current inputs once typing pauses.
    pub fn schedule(self) {
        let ReviewScheduler { pending, inputs, reviews, ui } = self;
        pending.update_value(|slot| {
            // Dropping the previous timeout cancels it: a newer keystroke wins.
            *slot = Some(Timeout::new(DEBOUNCE_MS, move || {
                reviews.request();
                // Browsers keep about 5 MB per page: do not spend a second serializing what cannot fit.
                if ui.embed.enabled {
                    return;
                }
                let size = inputs.len_untracked();
                let saved = size <= DRAFT_LIMIT_BYTES && state::save_draft(&inputs.state()).is_ok();
                if !saved && size > DRAFT_WARNING_BYTES {
                    ui.say("This text is too large for the browser to keep as a draft: it stays while this tab is open; save it to a file before closing.");
                }
            }));
        });
    }
}

/// Start the page's behaviour: call once, after `state::provide`.
pub fn install() {
    let (inputs, reviews, ui) = (expect_context::<Inputs>(), expect_context::<Reviews>(), expect_context::<Ui>());
    provide_context(ReviewScheduler { pending: StoredValue::new_local(None), inputs, reviews, ui });

    // A link pasted into this tab's address bar.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = dom::location_hash();
        if hash.len() <= 1 {
            return;
        }
        match share::decode(&hash) {
            Ok(shared) => {
                state::open(inputs, reviews, ui, shared);
                ui.say("Opened the shared review.");
            }
            Err(e) => ui.say(format!("Could not open the shared link: {e}. Your draft is unchanged.")),
        }
    });

    if ui.embed.enabled {
        install_embed(inputs, reviews, ui);
    }
}

fn install_embed(inputs: Inputs, reviews: Reviews, ui: Ui) {
    // Tell the parent how tall the content is, whenever it changes.
    let report = Closure::<dyn FnMut()>::new(move || {
        let height = dom::element_by_id("app").map(|e| e.scroll_height()).unwrap_or(0);
        post_to_parent(&format!("{{\"type\":\"sqlreview:resize\",\"height\":{height}}}"));
    });
    let callback = report.as_ref().unchecked_ref::<js_sys::Function>().clone();
    report.forget();
    if let Ok(observer) = web_sys::ResizeObserver::new(&callback) {
        request_animation_frame(move || {
            if let Some(root) = dom::element_by_id("app") {
                observer.observe(&root);
            }
        });
    }

    // The parent (embed.js) may hand us the SQL to show: accept only strings
    // in the expected shape, only from the parent window.
    let _ = window_event_listener(leptos::ev::message, move |event: web_sys::MessageEvent| {
        let Some(window) = web_sys::window() else { return };
        let from_parent = match (event.source(), window.parent().ok().flatten()) {
            (Some(source), Some(parent)) => source.loose_eq(&parent),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
        if get("type").as_deref() != Some("sqlreview:set") {
            return;
        }
        let Some(queries) = get("queries") else { return };
        let schema = get("schema").unwrap_or_default();
        let dialect = get("dialect").and_then(|d| d.parse().ok()).unwrap_or(engine::Dialect::Postgres);
        if queries.len() + schema.len() > share::MAX_STATE_BYTES {
            return;
        }
        let lesson = get("mode").as_deref() == Some("lesson");
        state::open(inputs, reviews, ui, share::SharedState { schema, queries, dialect, options: Default::default(), lesson });
    });
    post_to_parent("{\"type\":\"sqlreview:ready\"}");
}
