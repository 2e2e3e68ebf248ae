//! The documentation of the selected finding's rule, with its fix.

use crate::docs_loader::DocsLoader;
use crate::state::Ui;
use leptos::prelude::*;

#[component]
pub fn RuleDoc() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let reference = expect_context::<DocsLoader>();
    move || {
        let notice = reference.notice().map(|n| view! { <p class="note">{n}</p> });
        ui.selected.get().map(|finding| {
            let meta = engine::rules::find(finding.code);
            let docs = meta.map(|m| m.markdown()).unwrap_or_default();
            let fix = finding.fix.clone();
            view! {
                <section class="panel rule-doc" aria-label="Rule documentation">
                    <div class="rule-head">
                        <h2 class="pane-title">{finding.rule} " (" {finding.code} ")"</h2>
                        <button type="button" aria-label="Close the rule documentation" on:click=move |_| ui.select(None)>"×"</button>
                    </div>
                    <p class="finding-message">{crate::rich_text::rich(&finding.message)}</p>
                    {finding.note.clone().map(|n| view! { <p class="note">"Why: " {crate::rich_text::rich(&n)}</p> })}
                    {finding.help.clone().map(|h| view! { <p class="note">"Do: " {crate::rich_text::rich(&h)}</p> })}
                    {fix.map(|fix| {
                        let text = fix.replacement.clone();
                        view! {
                            <div class="fix">
                                <h3>{fix.title}</h3>
                                <pre class="doc-code"><code>{fix.replacement}</code></pre>
                                <button type="button" on:click=move |_| ui.copy(text.clone(), "Suggested fix copied.")>"Copy fix"</button>
                            </div>
                        }
                    })}
                    {notice}
                    <div class="docs">{crate::markdown_view::render(&docs)}</div>
                </section>
            }
        })
    }
}
