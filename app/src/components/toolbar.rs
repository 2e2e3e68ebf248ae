//! The top bar: dialect, examples, share, copy as Markdown, rules, theme.

use crate::examples::EXAMPLES;
use crate::share;
use crate::state::{self, Inputs, Reviews, Ui};
use engine::review::render::{markdown, SourceText};
use engine::Dialect;
use leptos::prelude::*;

#[component]
pub fn Toolbar(show_rules: RwSignal<bool>) -> impl IntoView {
    let (inputs, reviews, ui) = (expect_context::<Inputs>(), expect_context::<Reviews>(), expect_context::<Ui>());
    let on_dialect = move |ev| {
        if let Ok(d) = event_target_value(&ev).parse::<Dialect>() {
            inputs.set_dialect(d);
        }
    };
    let on_example = move |ev| {
        let id = event_target_value(&ev);
        if let Some(example) = crate::examples::find(&id) {
            state::open(inputs, reviews, ui, example.clone_state());
            if !ui.embed.enabled {
                // Examples are small: only a refused storage can fail, and then there is no draft to keep.
                let _ = state::save_draft(&inputs.state());
            }
            ui.say(format!("Loaded the example “{}”.", example.title));
        }
    };
    let share_link = move |_| {
        let fragment = share::encode(&inputs.state());
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let base = format!("{}{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let link = format!("{base}#{fragment}");
        crate::dom::replace_fragment(&fragment);
        if fragment.len() > share::MAX_LINK_CHARS {
            ui.say(format!("This review is too large to share as a link ({} characters); share the SQL file instead.", fragment.len()));
            return;
        }
        ui.copy(link, "Share link copied. It holds the whole review and is never sent to a server.");
    };
    let copy_markdown = move |_| {
        let text = reviews.review.with_untracked(|review| {
            reviews.reviewed.with_untracked(|(schema, queries)| {
                markdown(review, &[SourceText { name: "schema", text: schema }, SourceText { name: "queries", text: queries }])
            })
        });
        ui.copy(text, "Review copied as Markdown.");
    };
    let open_link = move || {
        let fragment = share::encode(&inputs.state());
        format!("{}#{fragment}", crate::dom::location_pathname())
    };
    view! {
        <header class="toolbar">
            <h1 class="brand">"Database review playground"</h1>
            <label class="field">
                <span>"System"</span>
                <select aria-label="Database system" on:change=on_dialect prop:value=move || inputs.dialect.get().name().to_string()>
                    <optgroup label="SQL">
                        {Dialect::ALL.iter().filter(|d| d.is_sql()).map(|d| view! { <option value=d.name()>{d.system()}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label="NoSQL and streaming">
                        {Dialect::ALL.iter().filter(|d| !d.is_sql()).map(|d| view! { <option value=d.name()>{d.system()}</option> }).collect_view()}
                    </optgroup>
                </select>
            </label>
            <label class="field">
                <span>"Mode"</span>
                <select aria-label="Input mode" prop:value=move || if inputs.lesson.get() { "lesson" } else { "sql" }
                    on:change=move |ev| { inputs.set_lesson(event_target_value(&ev) == "lesson"); }>
                    <option value="sql">"Text"</option>
                    <option value="lesson">"Markdown lesson"</option>
                </select>
            </label>
            <label class="field">
                <span>"Table sizes"</span>
                <input type="text" class="sizes" aria-label="Table sizes in rows" placeholder="orders=50M, countries=200" size="22"
                    prop:value=move || inputs.sizes.get()
                    aria-invalid=move || engine::perf::scale::parse_hints(&inputs.sizes.get()).is_err().to_string()
                    title=move || engine::perf::scale::parse_hints(&inputs.sizes.get()).err().unwrap_or_else(|| "Rows per table: weighs the performance findings (a comment `-- sqlreview: rows t=N` in the SQL does the same)".into())
                    on:change=move |ev| inputs.set_sizes(event_target_value(&ev)) />
            </label>
            <Show when=move || !ui.embed.enabled>
                <label class="field">
                    <span>"Examples"</span>
                    <select aria-label="Open an example" on:change=on_example>
                        <option value="">"Choose an example…"</option>
                        {EXAMPLES.iter().map(|e| view! { <option value=e.id>{e.title}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" on:click=share_link aria-label="Copy a share link">"Share"</button>
                <button type="button" on:click=copy_markdown>"Copy review as Markdown"</button>
                <button type="button" aria-pressed=move || show_rules.get().to_string() on:click=move |_| show_rules.update(|v| *v = !*v)>"Rules"</button>
            </Show>
            <Show when=move || ui.embed.enabled>
                <a class="open-full" href=open_link target="_blank" rel="noopener">"Open in playground ↗"</a>
            </Show>
            <button type="button" class="theme" aria-label="Toggle dark theme" aria-pressed=move || ui.dark.get().to_string() on:click=move |_| ui.toggle_theme()>
                {move || if ui.dark.get() { "☀ Light" } else { "☾ Dark" }}
            </button>
        </header>
    }
}
