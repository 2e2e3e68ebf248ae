//! The database review playground: the review engine in the browser.
//!
//! `App` wires the shared state (context) to one component per file under
//! `components/`. Nothing leaves the page: no request after load, share links
//! live in the URL fragment, drafts in local storage.

mod components;
mod docs_loader;
mod dom;
pub mod examples;
mod markdown_view;
mod review_input;
mod rich_text;
pub mod share;
mod state;
pub mod worker;

use components::{
    editor::{Editor, EditorRefs},
    findings::Findings,
    plan_tree::PlanTree,
    review_panel::ReviewPanel,
    rule_doc::RuleDoc,
    rules_catalog::RulesCatalog,
    schema_panel::SchemaPanel,
    toolbar::Toolbar,
};
use leptos::prelude::*;
pub use state::{Embed, Inputs, Reviews, Ui};

/// Number of lines of a text, as an editor shows them (a trailing newline starts a line).
pub(crate) fn line_count(text: &str) -> usize {
    text.bytes().filter(|b| *b == b'\n').count() + 1
}

#[component]
pub fn App() -> impl IntoView {
    let window = web_sys::window().expect("a browser window");
    let location = window.location();
    let (embed, theme) = Embed::from_query(&location.search().unwrap_or_default());
    let prefers_dark = dom::prefers_dark();
    let hash = location.hash().unwrap_or_default();

    let draft = state::load_draft();
    let default = examples::EXAMPLES[0].clone_state();
    // An embed starts empty until its page sends SQL (or its link carries it),
    // and never reads or writes the playground's own draft.
    let draft = if embed.enabled {
        Some(share::SharedState {
            schema: String::new(),
            queries: String::new(),
            dialect: engine::Dialect::Postgres,
            options: Default::default(),
            lesson: false,
        })
    } else {
        draft
    };
    let (initial, link_error) = if hash.len() > 1 {
        match share::decode(&hash) {
            Ok(shared) => (shared, None),
            Err(e) => (draft.clone().unwrap_or(default), Some(e)),
        }
    } else {
        (draft.unwrap_or(default), None)
    };
    let (inputs, _, ui) = state::provide(initial, embed, theme.unwrap_or(prefers_dark));
    if let Some(error) = link_error {
        ui.say(format!("Could not open the shared link: {error}. Your draft is unchanged."));
    }
    let refs = EditorRefs { schema: NodeRef::new(), queries: NodeRef::new() };
    provide_context(refs);
    components::lifecycle::install();
    provide_context(docs_loader::DocsLoader::start());
    let show_rules = RwSignal::new(false);

    view! {
        <div class="app" class:dark=move || ui.dark.get() class:embed=embed.enabled id="app">
            <Toolbar show_rules=show_rules/>
            <p class="message" role="status" aria-live="polite">{move || ui.message.get().unwrap_or_default()}</p>
            <main class="layout">
                <div class="inputs">
                    <Show when=move || !embed.enabled || embed.show_schema>
                        <Editor label="Schema" source=0 node=refs.schema/>
                    </Show>
                    <Show when=move || !inputs.lesson.get() fallback=move || view! { <Editor label="Lesson (Markdown)" source=1 node=refs.queries/> }>
                        <Editor label="Queries" source=1 node=refs.queries/>
                    </Show>
                </div>
                <div class="outputs">
                    <Show when=move || !embed.enabled || embed.show_findings>
                        <Findings/>
                        <RuleDoc/>
                    </Show>
                    <Show when=move || !embed.enabled || embed.show_review>
                        <PlanTree/>
                        <ReviewPanel/>
                    </Show>
                    <Show when=move || !embed.enabled>
                        <SchemaPanel/>
                    </Show>
                </div>
            </main>
            <Show when=move || show_rules.get()>
                <RulesCatalog/>
            </Show>
        </div>
    }
}

impl examples::Example {
    pub fn clone_state(&self) -> share::SharedState {
        share::SharedState { schema: self.schema.into(), queries: self.queries.into(), dialect: self.dialect, options: Default::default(), lesson: self.lesson }
    }
}

/// How long one review of `text` takes in this browser, in milliseconds.
/// Exported for the benchmark in `tests/e2e` (Trunk exposes it as
/// `window.wasmBindings.review_time_ms`); the UI does not use it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn review_time_ms(name: &str, text: &str) -> f64 {
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || performance.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let started = now();
    let review = engine::review(&[engine::Document::new(name, text)], &engine::Options::default());
    std::hint::black_box(&review);
    now() - started
}
