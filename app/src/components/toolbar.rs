//! The top bar: dialect, examples, share, copy as Markdown, rules, theme.

use crate::examples::EXAMPLES;
use crate::share;
use crate::state::Playground;
use engine::review::render::{markdown, SourceText};
use engine::Dialect;
use leptos::prelude::*;

pub fn copy_text(pg: Playground, text: String, done: &'static str) {
    let copied = crate::dom::copy_to_clipboard(&text);
    leptos::task::spawn_local(async move {
        if copied.await {
            pg.say(done);
        } else {
            pg.say("The browser refused clipboard access; select and copy by hand.");
        }
    });
}

#[component]
pub fn Toolbar(show_rules: RwSignal<bool>) -> impl IntoView {
    let pg = expect_context::<Playground>();
    let on_dialect = move |ev| {
        if let Ok(d) = event_target_value(&ev).parse::<Dialect>() {
            pg.dialect.set(d);
        }
    };
    let on_example = move |ev| {
        let id = event_target_value(&ev);
        if let Some(example) = crate::examples::find(&id) {
            pg.load(example.clone_state());
            if !pg.embed.enabled {
                // Examples are small: only a refused storage can fail, and then there is no draft to keep.
                let _ = crate::state::save_draft(&pg.state());
            }
            pg.say(format!("Loaded the example “{}”.", example.title));
        }
    };
    let share_link = move |_| {
        let fragment = share::encode(&pg.state());
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let base = format!("{}{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let link = format!("{base}#{fragment}");
        crate::dom::replace_fragment(&fragment);
        if fragment.len() > share::MAX_LINK_CHARS {
            pg.say(format!("This review is too large to share as a link ({} characters); share the SQL file instead.", fragment.len()));
            return;
        }
        copy_text(pg, link, "Share link copied. It holds the whole review and is never sent to a server.");
    };
    let copy_markdown = move |_| {
        let review = pg.review.get_untracked();
        let (schema, queries) = pg.reviewed.get_untracked();
        let text = markdown(&review, &[SourceText { name: "schema", text: &schema }, SourceText { name: "queries", text: &queries }]);
        copy_text(pg, text, "Review copied as Markdown.");
    };
    let open_link = move || {
        let fragment = share::encode(&pg.state());
        format!("{}#{fragment}", crate::dom::location_pathname())
    };
    view! {
        <header class="toolbar">
            <h1 class="brand">"Database review playground"</h1>
            <label class="field">
                <span>"System"</span>
                <select aria-label="Database system" on:change=on_dialect prop:value=move || pg.dialect.get().name().to_string()>
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
                <select aria-label="Input mode" prop:value=move || if pg.lesson.get() { "lesson" } else { "sql" }
                    on:change=move |ev| { pg.lesson.set(event_target_value(&ev) == "lesson"); }>
                    <option value="sql">"Text"</option>
                    <option value="lesson">"Markdown lesson"</option>
                </select>
            </label>
            <label class="field">
                <span>"Table sizes"</span>
                <input type="text" class="sizes" aria-label="Table sizes in rows" placeholder="orders=50M, countries=200" size="22"
                    prop:value=move || pg.sizes.get()
                    aria-invalid=move || engine::perf::scale::parse_hints(&pg.sizes.get()).is_err().to_string()
                    title=move || engine::perf::scale::parse_hints(&pg.sizes.get()).err().unwrap_or_else(|| "Rows per table: weighs the performance findings (a comment `-- sqlreview: rows t=N` in the SQL does the same)".into())
                    on:change=move |ev| pg.sizes.set(event_target_value(&ev)) />
            </label>
            <Show when=move || !pg.embed.enabled>
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
            <Show when=move || pg.embed.enabled>
                <a class="open-full" href=open_link target="_blank" rel="noopener">"Open in playground ↗"</a>
            </Show>
            <button type="button" class="theme" aria-label="Toggle dark theme" aria-pressed=move || pg.dark.get().to_string() on:click=move |_| pg.dark.update(|d| *d = !*d)>
                {move || if pg.dark.get() { "☀ Light" } else { "☾ Dark" }}
            </button>
        </header>
    }
}
