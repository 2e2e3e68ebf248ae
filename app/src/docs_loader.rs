//! The rules' documentation, loaded as data right after the first review
//! instead of being compiled into the wasm: it is read when a rule is opened
//! and for the review's production notes and alternatives, and keeping it
//! out of the module keeps it off the path to the first review.

use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where Trunk copies `public/rule-docs.json` (relative to the page).
const URL: &str = "rule-docs.json";

#[derive(Clone, Debug, PartialEq)]
pub enum DocsLoad {
    Pending,
    Loaded,
    Failed(String),
}

/// The load's state, in context; reading it makes a view re-render once the
/// documentation arrives.
#[derive(Clone, Copy)]
pub struct DocsLoader(pub RwSignal<DocsLoad>);

impl DocsLoader {
    /// Start loading once the page has rendered; every request happens during load.
    pub fn start() -> DocsLoader {
        let state = RwSignal::new(DocsLoad::Pending);
        leptos::task::spawn_local(async move {
            // Let the first review render before the request goes out.
            gloo_timers::future::TimeoutFuture::new(0).await;
            let loaded =
                fetch_text(URL).await.and_then(|text| serde_json::from_str::<HashMap<String, String>>(&text).map_err(|e| format!("{URL} is damaged ({e})")));
            state.set(match loaded {
                Ok(docs) => {
                    engine::rules::install_docs(docs);
                    DocsLoad::Loaded
                }
                Err(error) => DocsLoad::Failed(error),
            });
        });
        DocsLoader(state)
    }

    /// A line to show under a rule while its full documentation is missing.
    pub fn notice(self) -> Option<String> {
        match self.0.get() {
            DocsLoad::Loaded => None,
            DocsLoad::Pending => Some("Loading this rule's documentation…".into()),
            DocsLoad::Failed(error) => Some(format!("This rule's documentation could not be loaded: {error}.")),
        }
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let describe = |e: wasm_bindgen::JsValue| {
        e.as_string().or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string())).unwrap_or_else(|| "network error".into())
    };
    let window = web_sys::window().ok_or("no browser window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(describe)?.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url} answered HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    text.as_string().ok_or_else(|| format!("{url} is not text"))
}
