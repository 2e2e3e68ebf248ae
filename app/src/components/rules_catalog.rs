//! The rule reference, generated from the engine's registry.

use crate::docs_loader::DocsLoader;
use leptos::prelude::*;

#[component]
pub fn RulesCatalog() -> impl IntoView {
    let docs = expect_context::<DocsLoader>();
    view! {
        <section class="panel rules-catalog" aria-label="Rule reference">
            <h2 class="pane-title">"Rules"</h2>
            {engine::rules::all().iter().map(|rule| {
                let meta = rule.meta();
                view! {
                    <details class="rule" id=format!("rule-{}", meta.name)>
                        <summary><code>{meta.code}</code> " " {meta.name} " — " {meta.summary} " " <span class=format!("badge sev-{}", meta.severity.name())>{meta.severity.name()}</span></summary>
                        <div class="docs">{move || {
                            let notice = docs.notice().map(|n| view! { <p class="note">{n}</p> });
                            (notice, crate::markdown_view::render(&meta.markdown()))
                        }}</div>
                    </details>
                }
            }).collect_view()}
        </section>
    }
}
