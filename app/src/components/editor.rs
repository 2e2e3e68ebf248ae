//! A code editor: a text area over a highlighted copy of its text, with line
//! numbers and a wavy underline under every finding (message on hover).
//! A text too large for a text area is shown read-only instead.

use super::lifecycle::schedule_review;
use super::segments::segments;
use crate::state::Playground;
use leptos::prelude::*;

/// Line height of the editor in CSS pixels (`--line` in main.css).
pub const LINE_PX: i32 = 20;
/// Lines rendered above and below the visible ones.
const OVERSCAN: usize = 30;
/// Texts larger than this are highlighted a window at a time: tokenizing
/// megabytes on every scroll or review would stall the page. (A window that
/// opens inside a long string or comment may then be coloured wrongly.)
const WHOLE_HIGHLIGHT_BYTES: usize = 256 * 1024;
/// Above this size the text is shown read-only instead of in a text area:
/// Chromium spends about half a second per megabyte laying a text area out,
/// so a 10 MB paste would freeze the page for seconds.
pub const EDITABLE_LIMIT_BYTES: usize = 1024 * 1024;

/// Run `f` on the text the highlight layer shows: the reviewed one (so the
/// squiggles line up), or a large read-only text itself.
fn with_shown<R>(pg: Playground, text: RwSignal<String>, source: usize, large: bool, f: impl FnOnce(&str) -> R) -> R {
    if large {
        text.with(|t| f(t))
    } else {
        pg.reviewed.with(|(schema, queries)| f(if source == 0 { schema } else { queries }))
    }
}

/// Padding standing in for the lines above and below those rendered. It sits
/// on an inner block: on the scrolling element itself it would stretch that
/// element to the whole text's height instead of making it scroll.
fn spacer_style(above: i32, below: i32) -> String {
    format!("display: block; padding-top: {above}px; padding-bottom: {}px", below + LINE_PX)
}

/// The byte offset of a UTF-16 offset (what text areas count in).
fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}

#[component]
pub fn Editor(label: &'static str, source: usize, text: RwSignal<String>, node: NodeRef<leptos::html::Textarea>) -> impl IntoView {
    let pg = expect_context::<Playground>();
    let gutter = NodeRef::<leptos::html::Div>::new();
    let layer = NodeRef::<leptos::html::Pre>::new();
    let escaped = StoredValue::new(false);
    let large = Memo::new(move |_| text.with(|t| t.len() > EDITABLE_LIMIT_BYTES));
    // Only the lines in view (plus a margin) are rendered: a 5,000-line
    // script would otherwise mean tens of thousands of spans per review.
    let scroll_top = RwSignal::new(0i32);
    let view_height = RwSignal::new(600i32);
    // (first byte, end byte, padding above, padding below) of the lines in view.
    // The lines in view plus a margin: (first, end) line numbers, 0-based.
    let lines_in_view = Memo::new(move |_| {
        let first_line = (scroll_top.get() / LINE_PX).max(0) as usize;
        (first_line.saturating_sub(OVERSCAN), first_line + (view_height.get() / LINE_PX).max(1) as usize + OVERSCAN)
    });
    let window = Memo::new(move |_| {
        let (first, last) = lines_in_view.get();
        with_shown(pg, text, source, large.get(), |text| {
            let mut line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
            let from = line_starts.by_ref().nth(first).unwrap_or(text.len());
            let to = line_starts.nth(last - first).unwrap_or(text.len());
            let total_lines = crate::line_count(text);
            let above = first.min(total_lines) as i32 * LINE_PX;
            let below = total_lines.saturating_sub(last) as i32 * LINE_PX;
            (from, to, above, below)
        })
    });
    let pieces = Memo::new(move |_| {
        let large = large.get();
        let reviewed = !large || pg.source_in_sync(source);
        with_shown(pg, text, source, large, |text| {
            let range = if text.len() > WHOLE_HIGHLIGHT_BYTES {
                let (from, to, _, _) = window.get();
                from.min(text.len())..to.min(text.len())
            } else {
                0..text.len()
            };
            pg.review.with(|review| segments(text, range, reviewed.then_some(review), source, pg.dialect.get(), source == 1 && pg.lesson.get()))
        })
    });
    let layer_style = move || {
        let (_, _, above, below) = window.get();
        spacer_style(above, below)
    };
    let layer_spans = move || {
        let (from, to, _, _) = window.get();
        with_shown(pg, text, source, large.get(), |text| {
            pieces.with(|pieces| {
                let begin = pieces.partition_point(|p| p.end <= from);
                pieces[begin..]
                    .iter()
                    .take_while(|p| p.start < to)
                    .map(|p| {
                        let piece = text[p.start.max(from)..p.end.min(to)].to_string();
                        view! { <span class=p.class.clone() title=p.title.clone()>{piece}</span> }
                    })
                    .collect_view()
            })
        })
    };
    // Line numbers are virtualized like the text: a 300,000-line paste would
    // otherwise lay out 300,000 numbers on every keystroke.
    let total_lines = Memo::new(move |_| text.with(|t| crate::line_count(t)));
    let gutter_style = move || {
        let (first, last) = lines_in_view.get();
        let total = total_lines.get();
        let above = first.min(total) as i32 * LINE_PX;
        let below = total.saturating_sub(last) as i32 * LINE_PX;
        spacer_style(above, below)
    };
    let line_numbers = move || {
        let (first, last) = lines_in_view.get();
        let last = last.min(total_lines.get());
        let mut numbers = String::with_capacity((last - first.min(last)) * 7);
        for n in first + 1..=last {
            numbers.push_str(&n.to_string());
            numbers.push('\n');
        }
        numbers
    };
    // The revision this text area produced itself by being typed in.
    let typed = StoredValue::new(None::<u64>);
    // Write the text into the text area only when it differs: after typing it
    // already holds it, and re-setting megabytes costs the browser a second.
    // (Reading the text area's value back is a copy of the whole text, so
    // typing skips even the comparison.)
    Effect::new(move |_| {
        let revision = pg.revisions.with(|r| r[source]);
        // A large text has no text area (the ref may still hold the old one).
        if large.get() || typed.get_value() == Some(revision) {
            return;
        }
        text.with_untracked(|text| {
            if let Some(area) = node.get() {
                if area.value() != *text {
                    area.set_value(text);
                }
            }
        })
    });
    // The element that scrolls: the text area, or the layer of a large text.
    let sync_scroll = move || {
        let scroller: Option<web_sys::Element> = match node.get().filter(|_| !large.get_untracked()) {
            Some(area) => Some(area.into()),
            None => layer.get().map(Into::into),
        };
        if let Some(scroller) = scroller {
            scroll_top.set(scroller.scroll_top());
            view_height.set(scroller.client_height());
            if let Some(g) = gutter.get() {
                g.set_scroll_top(scroller.scroll_top());
            }
            if let Some(l) = layer.get() {
                l.set_scroll_top(scroller.scroll_top());
                l.set_scroll_left(scroller.scroll_left());
            }
        }
    };
    // A paste that would make the text too large for a text area goes
    // straight into the text, replacing the selection (or, on the read-only
    // view, everything): the browser never lays the megabytes out.
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        if pg.embed.readonly {
            return;
        }
        let Some(pasted) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
        let current_len = text.with_untracked(String::len);
        if current_len + pasted.len() <= EDITABLE_LIMIT_BYTES && !large.get_untracked() {
            return;
        }
        ev.prevent_default();
        // The text area of a large text is gone (its node may linger in the ref).
        let area = node.get_untracked().filter(|_| !large.get_untracked());
        let replaced = match area {
            Some(area) => text.with_untracked(|current| {
                let start = byte_offset(current, area.selection_start().ok().flatten().unwrap_or(0));
                let end = byte_offset(current, area.selection_end().ok().flatten().unwrap_or(0)).max(start);
                format!("{}{pasted}{}", &current[..start], &current[end..])
            }),
            None => pasted,
        };
        pg.edit(source, replaced);
        schedule_review(pg);
    };
    let clear = move |_| {
        pg.edit(source, String::new());
        schedule_review(pg);
    };
    let on_input = move |ev| {
        pg.edit(source, event_target_value(&ev));
        typed.set_value(Some(pg.revisions.with_untracked(|r| r[source])));
        schedule_review(pg);
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        match ev.key().as_str() {
            // Escape releases Tab so keyboard users can leave the editor.
            "Escape" => escaped.set_value(true),
            "Tab" if !escaped.get_value() && !ev.shift_key() && !ev.ctrl_key() && !ev.alt_key() && !pg.embed.readonly => {
                ev.prevent_default();
                crate::dom::insert_text_at_cursor("  ");
            }
            _ => escaped.set_value(false),
        }
    };
    let aria = format!("{label} SQL editor");
    view! {
        <section class="editor" aria-label=label>
            <h2 class="pane-title">{label}</h2>
            <Show when=move || large.get()>
                <p class="large-note" role="note">
                    {move || format!("This text ({} MB) is too large to edit in the browser: it is shown read-only and reviewed in the background. Paste to replace it, or ", engine::megabytes(text.with(String::len)))}
                    <button type="button" class="link" on:click=clear>"clear it"</button>
                    "."
                </p>
            </Show>
            <div class="editor-body" class:synced=move || pg.in_sync() class:large=move || large.get()>
                <div class="gutter" node_ref=gutter aria-hidden="true"><span style=gutter_style>{line_numbers}</span></div>
                <div class="code">
                    <pre class="layer" node_ref=layer data-source=source tabindex=move || if large.get() { "0" } else { "-1" }
                        aria-hidden=move || (!large.get()).to_string() aria-label=format!("{label} (read-only)")
                        on:scroll=move |_| if large.get_untracked() { sync_scroll() } on:paste=on_paste><span style=layer_style>{layer_spans}</span></pre>
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
                            readonly=pg.embed.readonly
                            on:input=on_input
                            on:keydown=on_keydown
                            on:paste=on_paste
                            on:scroll=move |_| sync_scroll()
                        ></textarea>
                    </Show>
                </div>
            </div>
        </section>
    }
}
