//! The five-section review with each section's verdict.
//!
//! Each section is built once and only its content follows the review, so a
//! section the reader folded stays folded while they type.

use crate::docs_loader::DocsLoader;
use crate::state::Reviews;
use engine::Section;
use leptos::prelude::*;

/// Insights shown per section: a huge input can bring one per table, and
/// hundreds of paragraphs would take the page long to lay out.
const MAX_INSIGHTS: usize = 30;

#[component]
pub fn ReviewPanel() -> impl IntoView {
    let reviews = expect_context::<Reviews>();
    view! {
        <section class="panel review" aria-label="Review">
            <h2 class="pane-title">"Review"</h2>
            <p class="summary">{move || reviews.review.with(|r| crate::rich_text::rich(&r.summary).into_any())}</p>
            {Section::ALL.iter().map(|section| view! { <SectionReview section=*section/> }).collect_view()}
        </section>
    }
}

#[component]
fn SectionReview(section: Section) -> impl IntoView {
    let reviews = expect_context::<Reviews>();
    let docs = expect_context::<DocsLoader>();
    let with_section = move |f: &dyn Fn(&engine::review::SectionReview) -> AnyView| {
        reviews.review.with(|review| review.sections.iter().find(|s| s.section == section).map(f).unwrap_or_else(|| ().into_any()))
    };
    let verdict = move || with_section(&|s| view! { <span class=format!("verdict v-{}", s.verdict.slug())>{s.verdict.label()}</span> }.into_any());
    let headline = move || with_section(&|s| crate::rich_text::rich(&s.headline).into_any());
    let insights = move || {
        // Insight texts come from the rule documentation, loaded after the first review.
        docs.0.track();
        with_section(&|s| {
            let insights: Vec<(String, String, &'static str)> =
                s.insights.iter().take(MAX_INSIGHTS).map(|i| (i.subject.clone(), i.paragraph(section), i.rule)).collect();
            let hidden = s.insights.len() - insights.len();
            view! {
                {insights.into_iter().map(|(subject, text, rule)| view! { <li><strong>{crate::rich_text::rich(&subject)}</strong> " (" {rule} "): " {crate::rich_text::rich(&text)}</li> }).collect_view()}
                {(hidden > 0).then(|| view! { <li class="more">{format!("… and {hidden} more. Copy the review as Markdown to read them all.")}</li> })}
            }
            .into_any()
        })
    };
    view! {
        <details class="section" open=true>
            <summary>
                <span class="section-title">{section.title()}</span>
                {verdict}
            </summary>
            <p class="headline">{section.question()} " " {headline}</p>
            <ul class="insights">{insights}</ul>
            {(section == Section::PerformanceAnalysis).then(|| view! { <super::performance::WorkloadAnalysis/> })}
        </details>
    }
}
