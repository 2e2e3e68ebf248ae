//! The findings, grouped by review section, with counts and severity filters.
//! Clicking a finding selects its span in the editor and opens its rule.

use crate::state::Playground;
use crate::EditorRefs;
use engine::{Finding, LineIndex, Severity, TextSpan};
use leptos::prelude::*;

const SEVERITIES: [Severity; 4] = [Severity::Error, Severity::Warning, Severity::Info, Severity::Praise];
/// Findings listed per section: a huge input can have tens of thousands, and
/// a list that long would take the page seconds to lay out.
const MAX_LISTED: usize = 100;

/// Select a span (a finding's, a plan node's, a query's) in its editor and scroll it into view.
pub fn select_span(pg: Playground, refs: EditorRefs, span: TextSpan) {
    let (node, text) = if span.source == 0 { (refs.schema, pg.schema) } else { (refs.queries, pg.queries) };
    let text = text.get_untracked();
    // A large text has no text area, only its read-only view: scroll that.
    let connected = node.get_untracked().filter(|area| area.is_connected());
    let Some(area) = connected else {
        let selector = format!("pre.layer[data-source=\"{}\"]", span.source);
        if let Some(view) = crate::dom::query(&selector) {
            view.set_scroll_top(((span.line as i32) - 3).max(0) * crate::components::editor::LINE_PX);
        }
        return;
    };
    let start = LineIndex::utf16_offset(&text, span.start.min(text.len())) as u32;
    let end = LineIndex::utf16_offset(&text, span.end.min(text.len())) as u32;
    let _ = area.focus();
    let _ = area.set_selection_range(start, end.max(start));
    let lines = crate::line_count(&text);
    let line_height = area.scroll_height() / lines.max(1) as i32;
    area.set_scroll_top((span.line as i32 - 3).max(0) * line_height);
}

#[component]
pub fn Findings() -> impl IntoView {
    let pg = expect_context::<Playground>();
    let refs = expect_context::<EditorRefs>();
    let shown = RwSignal::new([true; 4]);
    let counts = move || pg.review.with(|r| r.counts);
    let filter_button = move |i: usize| {
        let severity = SEVERITIES[i];
        let count = move || {
            let c = counts();
            [c.error, c.warning, c.info, c.praise][i]
        };
        view! {
            <button type="button" class=format!("chip sev-{}", severity.name()) aria-pressed=move || shown.get()[i].to_string()
                on:click=move |_| shown.update(|s| s[i] = !s[i])>
                {severity.name()} " " <span class="count">{count}</span>
            </button>
        }
    };
    view! {
        <section class="panel findings" aria-label="Findings">
            <h2 class="pane-title">"Findings"
                <Show when=move || pg.busy.get()>
                    <span class="busy">" · reviewing in the background…"</span>
                </Show>
            </h2>
            <div class="filters" role="group" aria-label="Filter by severity">
                {(0..4).map(filter_button).collect_view()}
            </div>
            {move || {
                let visible = shown.get();
                pg.review.with(|review| {
                    review.sections.iter().filter(|s| !s.findings.is_empty()).map(|section| {
                        let matching = section.findings.iter().filter(|f| visible[SEVERITIES.iter().position(|s| *s == f.severity).unwrap_or(0)]);
                        let items: Vec<Finding> = matching.clone().take(MAX_LISTED).cloned().collect();
                        let hidden = matching.count() - items.len();
                        let title = section.title;
                        let total = section.findings.len();
                        view! {
                            <div class="group">
                                <h3>{title} " " <span class="count">{total}</span></h3>
                                <ul>
                                    {items.into_iter().map(|f| {
                                        let where_ = format!("{}:{}", if f.span.source == 0 { "schema" } else { "queries" }, f.span.line);
                                        let severity = f.severity.name();
                                        let message = f.message.clone();
                                        let rule = f.rule;
                                        let line = f.span.line;
                                        let clicked = f.clone();
                                        view! {
                                            <li>
                                                <button type="button" class=format!("finding sev-{severity}") data-rule=rule data-line=line
                                                    on:click=move |_| { select_span(pg, refs, clicked.span); pg.selected.set(Some(clicked.clone())); }>
                                                    <span class="badge">{severity}</span>
                                                    <span class="where">{where_}</span>
                                                    <span class="msg">{crate::rich_text::rich(&message)}</span>
                                                    <span class="rule">{rule}</span>
                                                </button>
                                            </li>
                                        }
                                    }).collect_view()}
                                    {(hidden > 0).then(|| view! {
                                        <li class="more">{format!("… and {hidden} more here. Copy the review as Markdown to read them all.")}</li>
                                    })}
                                </ul>
                            </div>
                        }
                    }).collect_view()
                })
            }}
            <Show when=move || pg.review.with(|r| r.findings().next().is_none())>
                <p class="empty">"No findings. Type or paste SQL, or open an example."</p>
            </Show>
        </section>
    }
}
