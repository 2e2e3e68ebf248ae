//! The findings, grouped by review section, with counts and severity filters.
//! Clicking a finding selects its span in the editor and opens its rule.
//!
//! Both lists are keyed: a new review keeps the rows of findings it still
//! has (and the focus on them) and only adds and removes the others.

use super::editor::{select_span, EditorRefs};
use crate::state::{Inputs, Reviews, Ui};
use engine::{Finding, Section, Severity};
use leptos::prelude::*;

const SEVERITIES: [Severity; 4] = [Severity::Error, Severity::Warning, Severity::Info, Severity::Praise];
/// Findings listed per section: a huge input can have tens of thousands, and
/// a list that long would take the page seconds to lay out.
const MAX_LISTED: usize = 100;

/// What identifies a finding's row from one review to the next: all of the
/// finding (its bytes as the worker sends them), and which repeat it is.
type RowKey = Vec<u8>;

#[component]
pub fn Findings() -> impl IntoView {
    let reviews = expect_context::<Reviews>();
    let shown = RwSignal::new([true; 4]);
    let counts = move || reviews.review.with(|r| r.counts);
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
                <Show when=move || reviews.busy.get()>
                    <span class="busy">" · reviewing in the background…"</span>
                </Show>
            </h2>
            <div class="filters" role="group" aria-label="Filter by severity">
                {(0..4).map(filter_button).collect_view()}
            </div>
            {Section::ALL.iter().map(|section| finding_group(*section, shown)).collect_view()}
            <Show when=move || reviews.review.with(|r| r.findings().next().is_none())>
                <p class="empty">"No findings. Type or paste SQL, or open an example."</p>
            </Show>
        </section>
    }
}

/// The findings of one review section that the filters let through (the
/// group is hidden while the section has none).
fn finding_group(section: Section, shown: RwSignal<[bool; 4]>) -> impl IntoView {
    let reviews = expect_context::<Reviews>();
    let with_section =
        move |f: &dyn Fn(&[Finding]) -> usize| reviews.review.with(|r| r.sections.iter().find(|s| s.section == section).map_or(0, |s| f(&s.findings)));
    let visible = move |f: &Finding| shown.with(|shown| shown[SEVERITIES.iter().position(|s| *s == f.severity).unwrap_or(0)]);
    let total = move || with_section(&|findings| findings.len());
    let hidden = move || with_section(&|findings| findings.iter().filter(|f| visible(f)).count().saturating_sub(MAX_LISTED));
    let rows = move || {
        reviews.review.with(|r| {
            let Some(section) = r.sections.iter().find(|s| s.section == section) else { return Vec::new() };
            let mut rows: Vec<(RowKey, Finding)> = Vec::new();
            for f in section.findings.iter().filter(|f| visible(f)).take(MAX_LISTED) {
                let mut key = postcard::to_allocvec(f).unwrap_or_default();
                let repeat = rows.iter().filter(|(k, _)| k.starts_with(&key) && k.len() == key.len() + 4).count() as u32;
                key.extend(repeat.to_le_bytes());
                rows.push((key, f.clone()));
            }
            rows
        })
    };
    view! {
        <div class="group" hidden=move || total() == 0>
            <h3>{section.title()} " " <span class="count">{total}</span></h3>
            <ul>
                <For each=rows key=|(key, _)| key.clone() children=|(_, finding)| finding_row(finding)/>
                {move || {
                    let hidden = hidden();
                    (hidden > 0).then(|| view! { <li class="more">{format!("… and {hidden} more here. Copy the review as Markdown to read them all.")}</li> })
                }}
            </ul>
        </div>
    }
}

fn finding_row(finding: Finding) -> impl IntoView {
    let (inputs, ui, refs) = (expect_context::<Inputs>(), expect_context::<Ui>(), expect_context::<EditorRefs>());
    let where_ = format!("{}:{}", if finding.span.source == 0 { "schema" } else { "queries" }, finding.span.line);
    let severity = finding.severity.name();
    let (rule, line, message) = (finding.rule, finding.span.line, finding.message.clone());
    view! {
        <li>
            <button type="button" class=format!("finding sev-{severity}") data-rule=rule data-line=line
                on:click=move |_| { select_span(inputs, refs, finding.span); ui.select(Some(finding.clone())); }>
                <span class="badge">{severity}</span>
                <span class="where">{where_}</span>
                <span class="msg">{crate::rich_text::rich(&message)}</span>
                <span class="rule">{rule}</span>
            </button>
        </li>
    }
}
