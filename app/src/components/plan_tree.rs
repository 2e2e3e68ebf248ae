//! An EXPLAIN plan pasted in the queries pane, drawn as a tree: each node
//! with its rows (estimated and actual), its time and its own share of the
//! time as a bar, and the codes of the findings that point at it.

use super::editor::select_span;
use super::editor::EditorRefs;
use crate::state::{Inputs, Reviews};
use engine::read::explain::{ms_text, thousands, Plan};
use leptos::prelude::*;

#[component]
pub fn PlanTree() -> impl IntoView {
    let (inputs, reviews) = (expect_context::<Inputs>(), expect_context::<Reviews>());
    let refs = expect_context::<EditorRefs>();
    move || {
        reviews.review.with(|review| {
            if review.plans.is_empty() {
                return ().into_any();
            }
            let findings: Vec<(engine::TextSpan, &'static str)> =
                review.findings().filter(|f| f.code.starts_with('E') && !f.is_reading_problem()).map(|f| (f.span, f.code)).collect();
            let plans = review.plans.iter().map(|plan| plan_view(plan, &findings, inputs, refs)).collect_view();
            view! {
                <section class="panel plan" aria-label="Query plan">
                    <h2 class="pane-title">"Query plan (EXPLAIN)"</h2>
                    {plans}
                </section>
            }
            .into_any()
        })
    }
}

fn plan_view(plan: &Plan, findings: &[(engine::TextSpan, &'static str)], inputs: Inputs, refs: EditorRefs) -> impl IntoView {
    let total = plan.execution_us.map(|us| format!("Execution {} · ", ms_text(us))).unwrap_or_default();
    let rows = plan.nodes.iter().map(|node| {
        let codes: Vec<&str> = findings.iter().filter(|(span, _)| *span == node.span).map(|(_, c)| *c).collect();
        let share = node.share_permille;
        let rows = match (node.estimated_rows, node.actual_rows) {
            (Some(e), Some(a)) => format!("rows {} est. {}", thousands(a), thousands(e)),
            (Some(e), None) => format!("rows est. {}", thousands(e)),
            (None, Some(a)) => format!("rows {}", thousands(a)),
            _ => String::new(),
        };
        let loops = node.loops.filter(|l| *l > 1).map(|l| format!(" × {} loops", thousands(l))).unwrap_or_default();
        let time = node.total_us.map(|us| format!("{} per loop", ms_text(us))).unwrap_or_default();
        let span = node.span;
        view! {
            <li class="plan-node" style=format!("--depth: {}", node.depth)>
                <span class="bar" style=format!("--share: {}%", share / 10) aria-hidden="true"></span>
                <button type="button" class="link node-title" title="Select this node in the editor" on:click=move |_| select_span(inputs, refs, span)>{node.title.clone()}</button>
                <span class="node-figures">{format!("{rows}{loops} · {time}")}</span>
                <span class="node-share">{format!("{}.{}%", share / 10, share % 10)}</span>
                {codes.into_iter().map(|c| view! { <span class="node-code">{c}</span> }).collect_view()}
                <span class="node-line">{format!("line {}", node.span.line)}</span>
            </li>
        }
    }).collect_view();
    view! {
        <div class="plan-tree">
            <p class="plan-meta">{format!("{total}{} format, {} nodes; bars show each node's own share of the time", plan.format, plan.nodes.len())}</p>
            <ol class="plan-nodes">{rows}</ol>
        </div>
    }
}
