//! A code editor: a text area over a highlighted copy of its text, with line
//! numbers and a wavy underline under every finding (message on hover).

use super::lifecycle::schedule_review;
use crate::state::Playground;
use engine::highlight::{highlight, TokenClass};
use engine::{Review, Severity};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A run of the reviewed text with one style.
#[derive(Clone, PartialEq)]
struct Segment {
    start: usize,
    end: usize,
    class: String,
    title: Option<String>,
}

/// Line height of the editor in CSS pixels (`--line` in main.css).
const LINE_PX: i32 = 20;
/// Lines rendered above and below the visible ones.
const OVERSCAN: usize = 30;

fn token_class(class: TokenClass) -> &'static str {
    match class {
        TokenClass::Keyword => "tk-keyword",
        TokenClass::Identifier => "tk-ident",
        TokenClass::String => "tk-string",
        TokenClass::Number => "tk-number",
        TokenClass::Comment => "tk-comment",
        TokenClass::Operator => "tk-op",
        TokenClass::Placeholder => "tk-param",
    }
}

fn squiggle(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => " sq-error",
        Severity::Warning => " sq-warning",
        Severity::Info => " sq-info",
        Severity::Praise => " sq-praise",
    }
}

/// Split the text at token and finding boundaries into styled segments.
fn segments(text: &str, review: &Review, source: usize, dialect: engine::Dialect, lesson: bool) -> Vec<Segment> {
    // In a lesson only the SQL blocks are SQL: highlight its SQL view.
    let tokens = if lesson {
        let fences = engine::source::markdown::fences(text);
        highlight(&engine::source::markdown::sql_view(text, &fences), dialect)
    } else {
        highlight(text, dialect)
    };
    let findings: Vec<(usize, usize, Severity, &str)> = review
        .findings()
        .filter(|f| f.span.source == source && f.span.start <= text.len())
        .map(|f| {
            let end = f.span.end.clamp(f.span.start, text.len());
            let end = if end == f.span.start { text[f.span.start..].chars().next().map(|c| f.span.start + c.len_utf8()).unwrap_or(end) } else { end };
            (f.span.start, end, f.severity, f.message.as_str())
        })
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(tokens.iter().flat_map(|t| [t.start, t.end]));
    cuts.extend(findings.iter().flat_map(|f| [f.0, f.1]));
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut marks: Vec<Option<(Severity, usize)>> = vec![None; cuts.len()];
    for (i, f) in findings.iter().enumerate() {
        let first = cuts.partition_point(|&c| c < f.0);
        let last = cuts.partition_point(|&c| c < f.1);
        for mark in &mut marks[first..last] {
            if mark.is_none_or(|(s, _)| f.2 > s) {
                *mark = Some((f.2, i));
            }
        }
    }
    let mut token_iter = tokens.iter().peekable();
    let mut out = Vec::with_capacity(cuts.len());
    for (i, window) in cuts.windows(2).enumerate() {
        let (a, b) = (window[0], window[1]);
        while token_iter.peek().is_some_and(|t| t.end <= a) {
            token_iter.next();
        }
        let class = token_iter.peek().filter(|t| t.start <= a).map(|t| token_class(t.class)).unwrap_or("");
        let (class, title) = match marks[i] {
            Some((severity, f)) => (format!("{class}{}", squiggle(severity)), Some(findings[f].3.to_string())),
            None => (class.to_string(), None),
        };
        out.push(Segment { start: a, end: b, class, title });
    }
    out
}

#[component]
pub fn Editor(label: &'static str, source: usize, text: RwSignal<String>, node: NodeRef<leptos::html::Textarea>) -> impl IntoView {
    let pg = expect_context::<Playground>();
    let gutter = NodeRef::<leptos::html::Div>::new();
    let layer = NodeRef::<leptos::html::Pre>::new();
    let escaped = StoredValue::new(false);
    let pieces = Memo::new(move |_| {
        let (schema, queries) = pg.reviewed.get();
        let reviewed = if source == 0 { schema } else { queries };
        pg.review.with(|review| segments(&reviewed, review, source, pg.dialect.get(), source == 1 && pg.lesson.get()))
    });
    // Only the lines in view (plus a margin) are rendered: a 5,000-line
    // script would otherwise mean tens of thousands of spans per review.
    let scroll_top = RwSignal::new(0i32);
    let view_height = RwSignal::new(600i32);
    // (first byte, end byte, padding above, padding below) of the lines in view.
    let window = Memo::new(move |_| {
        let first_line = (scroll_top.get() / LINE_PX).max(0) as usize;
        let first = first_line.saturating_sub(OVERSCAN);
        let last = first_line + (view_height.get() / LINE_PX).max(1) as usize + OVERSCAN;
        pg.reviewed.with(|(schema, queries)| {
            let text = if source == 0 { schema } else { queries };
            let mut line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
            let from = line_starts.by_ref().nth(first).unwrap_or(text.len());
            let to = line_starts.nth(last - first).unwrap_or(text.len());
            let total_lines = crate::line_count(text);
            let above = first.min(total_lines) as i32 * LINE_PX;
            let below = total_lines.saturating_sub(last) as i32 * LINE_PX;
            (from, to, above, below)
        })
    });
    let layer_style = move || {
        let (_, _, above, below) = window.get();
        format!("padding-top: calc(8px + {above}px); padding-bottom: calc(8px + {below}px + {LINE_PX}px)")
    };
    let layer_spans = move || {
        let (from, to, _, _) = window.get();
        pg.reviewed.with(|(schema, queries)| {
            let text = if source == 0 { schema } else { queries };
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
    let line_numbers = move || {
        let lines = text.with(|t| crate::line_count(t));
        let mut numbers = String::with_capacity(lines * 5);
        for n in 1..=lines {
            numbers.push_str(&n.to_string());
            numbers.push('\n');
        }
        numbers
    };
    let sync_scroll = move || {
        if let Some(area) = node.get() {
            scroll_top.set(area.scroll_top());
            view_height.set(area.client_height());
            if let Some(g) = gutter.get() {
                g.set_scroll_top(area.scroll_top());
            }
            if let Some(l) = layer.get() {
                l.set_scroll_top(area.scroll_top());
                l.set_scroll_left(area.scroll_left());
            }
        }
    };
    let on_input = move |ev| {
        text.set(event_target_value(&ev));
        schedule_review(pg);
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        match ev.key().as_str() {
            // Escape releases Tab so keyboard users can leave the editor.
            "Escape" => escaped.set_value(true),
            "Tab" if !escaped.get_value() && !ev.shift_key() && !ev.ctrl_key() && !ev.alt_key() && !pg.embed.readonly => {
                ev.prevent_default();
                // insertText keeps the browser's own undo history intact.
                let document = web_sys::window().and_then(|w| w.document()).and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
                if let Some(document) = document {
                    let _ = document.exec_command_with_show_ui_and_value("insertText", false, "  ");
                }
            }
            _ => escaped.set_value(false),
        }
    };
    let aria = format!("{label} SQL editor");
    view! {
        <section class="editor" aria-label=label>
            <h2 class="pane-title">{label}</h2>
            <div class="editor-body" class:synced=move || pg.in_sync()>
                <div class="gutter" node_ref=gutter aria-hidden="true">{line_numbers}</div>
                <div class="code">
                    <pre class="layer" node_ref=layer aria-hidden="true" style=layer_style>{layer_spans}</pre>
                    <textarea
                        node_ref=node
                        class="input"
                        data-source=source
                        spellcheck="false"
                        autocomplete="off"
                        autocapitalize="off"
                        wrap="off"
                        aria-label=aria
                        readonly=pg.embed.readonly
                        prop:value=move || text.get()
                        on:input=on_input
                        on:keydown=on_keydown
                        on:scroll=move |_| sync_scroll()
                    ></textarea>
                </div>
            </div>
        </section>
    }
}
