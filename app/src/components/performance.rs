//! The performance section's workload view: the index advice with copy
//! buttons and the queries each index serves, then each query's access
//! paths and plan sketch.

use super::editor::select_span;
use super::editor::EditorRefs;
use crate::state::{Inputs, Reviews, Ui};
use leptos::prelude::*;

/// Queries listed in full; more are counted (a pasted log can hold thousands).
const MAX_QUERIES: usize = 40;

#[component]
pub fn WorkloadAnalysis() -> impl IntoView {
    let (inputs, reviews, ui) = (expect_context::<Inputs>(), expect_context::<Reviews>(), expect_context::<Ui>());
    let refs = expect_context::<EditorRefs>();
    move || {
        reviews.review.with(|review| {
            let perf = &review.performance;
            if perf.queries.is_empty() && perf.advice.is_empty() {
                return ().into_any();
            }
            let advice = perf.advice.iter().map(|a| {
                let sql = a.sql.clone();
                let replaces = a.replaces.clone().map(|r| format!(" It makes {r} redundant: drop that once this is built."));
                let size = a.rows.map(|r| format!(" ({} ≈ {} rows)", a.table, engine::perf::scale::rows_text(r))).unwrap_or_default();
                let serves = a.serves.iter().map(|s| {
                    let span = s.span;
                    view! { <li><button type="button" class="link" on:click=move |_| select_span(inputs, refs, span)><code>{s.label.clone()}</code> " — line " {s.span.line}</button></li> }
                }).collect_view();
                view! {
                    <li class="advice">
                        <div class="advice-head">
                            <strong>{format!("{} ({})", a.table, a.keys.join(", "))}</strong>
                            {format!(" serves {} {}{size}.", a.serves.len(), if a.serves.len() == 1 { "query" } else { "queries" })}
                            {replaces}
                            <button type="button" class="copy" on:click=move |_| ui.copy(sql.clone(), "Index statement copied.")>"Copy"</button>
                        </div>
                        <pre class="sql">{a.sql.clone()}</pre>
                        <ul class="serves">{serves}</ul>
                    </li>
                }
            }).collect_view();
            let hidden = perf.queries.len().saturating_sub(MAX_QUERIES);
            let queries = perf.queries.iter().take(MAX_QUERIES).map(|q| {
                let kinds = q.accesses.iter().map(|a| {
                    let sorts = if a.sort == engine::perf::SortNeed::Sort { " sorts" } else { "" };
                    let class = format!("access a-{}{sorts}", a.kind.slug());
                    view! { <span class=class>{a.describe()}</span> }
                }).collect_view();
                let span = q.span;
                view! {
                    <li class="query-plan">
                        <div><button type="button" class="link" on:click=move |_| select_span(inputs, refs, span)><code>{q.label.clone()}</code></button> " " <span class="growth">{q.growth.notation()}</span> " — line " {q.span.line}</div>
                        <div class="accesses">{kinds}</div>
                        <pre class="sketch">{q.sketch().join("\n")}</pre>
                    </li>
                }
            }).collect_view();
            view! {
                <div class="workload">
                    <p class="assumption">{crate::rich_text::rich(&perf.assumption)}</p>
                    {(!perf.advice.is_empty()).then(|| view! { <h3>"Index advice"</h3> })}
                    <ul class="advice-list">{advice}</ul>
                    <h3>"Access paths"</h3>
                    <ul class="query-plans">{queries}</ul>
                    {(hidden > 0).then(|| view! { <p class="more">{format!("… and {hidden} more queries.")}</p> })}
                </div>
            }
            .into_any()
        })
    }
}
