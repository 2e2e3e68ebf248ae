//! A code editor: a text area over a highlighted copy of its text, with line
//! numbers and a wavy underline under every finding (message on hover).
//! A text too large for a text area is shown read-only instead.
//!
//! The parts: [`viewport`] (which lines are in view), [`gutter`] (their
//! numbers), [`layer`] (the highlighted copy, from [`segments`]), [`typing`]
//! (the text area's behaviour) and [`select`] (selecting a span from
//! elsewhere on the page).

mod gutter;
mod layer;
mod segments;
mod select;
mod typing;
mod viewport;

pub use select::select_span;

use crate::state::{Inputs, Reviews, Ui};
use gutter::Gutter;
use layer::Layer;
use leptos::prelude::*;
use typing::TextArea;
use viewport::Viewport;

/// Line height of the editor in CSS pixels (`--line` in main.css).
pub const LINE_PX: i32 = 20;
/// Above this size the text is shown read-only instead of in a text area:
/// Chromium spends about half a second per megabyte laying a text area out,
/// so a 10 MB paste would freeze the page for seconds.
pub const EDITABLE_LIMIT_BYTES: usize = 1024 * 1024;

/// Per-editor text areas, so a finding can select its span.
#[derive(Clone, Copy)]
pub struct EditorRefs {
    pub schema: NodeRef<leptos::html::Textarea>,
    pub queries: NodeRef<leptos::html::Textarea>,
}

#[component]
pub fn Editor(label: &'static str, source: usize, node: NodeRef<leptos::html::Textarea>) -> impl IntoView {
    let (inputs, reviews, ui) = (expect_context::<Inputs>(), expect_context::<Reviews>(), expect_context::<Ui>());
    let text = inputs.text(source);
    let gutter = NodeRef::<leptos::html::Div>::new();
    let layer = NodeRef::<leptos::html::Pre>::new();
    let large = Memo::new(move |_| text.with(|t| t.len() > EDITABLE_LIMIT_BYTES));
    let viewport = Viewport::new();
    let area = TextArea::new(source, node, large);
    // The element that scrolls (the text area, or the layer of a large text)
    // moved: the gutter and the layer follow it.
    let sync_scroll = move || {
        let scroller: Option<web_sys::Element> = match node.get().filter(|_| !large.get_untracked()) {
            Some(area) => Some(area.into()),
            None => layer.get().map(Into::into),
        };
        if let Some(scroller) = scroller {
            viewport.follow(&scroller);
            if let Some(g) = gutter.get() {
                g.set_scroll_top(scroller.scroll_top());
            }
            if let Some(l) = layer.get() {
                l.set_scroll_top(scroller.scroll_top());
                l.set_scroll_left(scroller.scroll_left());
            }
        }
    };
    let aria = format!("{label} SQL editor");
    view! {
        <section class="editor" aria-label=label>
            <h2 class="pane-title">{label}</h2>
            <Show when=move || large.get()>
                <p class="large-note" role="note">
                    {move || format!("This text ({} MB) is too large to edit in the browser: it is shown read-only and reviewed in the background. Paste to replace it, or ", engine::megabytes(text.with(String::len)))}
                    <button type="button" class="link" on:click=move |_| area.clear()>"clear it"</button>
                    "."
                </p>
            </Show>
            <div class="editor-body" class:synced=move || reviews.in_sync() class:large=move || large.get()>
                <Gutter text viewport node=gutter/>
                <div class="code">
                    <pre class="layer" node_ref=layer data-source=source tabindex=move || if large.get() { "0" } else { "-1" }
                        aria-hidden=move || (!large.get()).to_string() aria-label=format!("{label} (read-only)")
                        on:scroll=move |_| if large.get_untracked() { sync_scroll() } on:paste=move |ev| area.paste(ev)>{Layer { source, text, large, viewport }.view()}</pre>
                    <Show when=move || !large.get()>
                        <textarea
                            node_ref=node
                            class="input"
                            data-source=source
                            spellcheck="false"
                            autocomplete="off"
                            autocapitalize="off"
                            wrap="off"
                            aria-label=aria.clone()
                            readonly=ui.embed.readonly
                            on:input=move |ev| area.input(ev)
                            on:keydown=move |ev| area.keydown(ev)
                            on:paste=move |ev| area.paste(ev)
                            on:scroll=move |_| sync_scroll()
                        ></textarea>
                    </Show>
                </div>
            </div>
        </section>
    }
}
