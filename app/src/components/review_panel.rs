//! The five-section review with each section's verdict.

use crate::docs_loader::DocsLoader;
use crate::state::Playground;
use leptos::prelude::*;

/// Insights shown per section: a huge input can bring one per table, and
/// hundreds of paragraphs would take the page long to lay out.
const MAX_INSIGHTS: usize = 30;

#[component]
pub fn ReviewPanel() -> impl IntoView {
    let pg = expect_context::<Playground>();
    let docs = expect_context::<DocsLoader>();
    view! {
        <section class="panel review" aria-label="Review">
            <h2 class="pane-title">"Review"</h2>
            <p class="summary">{move || pg.review.with(|r| crate::rich_text::rich(&r.summary).into_any())}</p>
            {move || {
            // Insight texts come from the rule documentation, loaded after the first review.
            docs.0.track();
            pg.review.with(|review| review.sections.iter().map(|section| {
                let verdict = section.verdict.slug();
                let insights: Vec<(String, String, &'static str)> =
                    section.insights.iter().take(MAX_INSIGHTS).map(|i| (i.subject.clone(), i.paragraph(section.section), i.rule)).collect();
                let hidden = section.insights.len() - insights.len();
                view! {
                    <details class="section" open=true>
                        <summary>
                            <span class="section-title">{section.title}</span>
                            <span class=format!("verdict v-{verdict}")>{section.verdict.label()}</span>
                        </summary>
                        <p class="headline">{section.section.question()} " " {section.headline.clone()}</p>
                        <ul class="insights">
                            {insights.into_iter().map(|(subject, text, rule)| view! { <li><strong>{crate::rich_text::rich(&subject)}</strong> " (" {rule} "): " {crate::rich_text::rich(&text)}</li> }).collect_view()}
                            {(hidden > 0).then(|| view! { <li class="more">{format!("… and {hidden} more. Copy the review as Markdown to read them all.")}</li> })}
                        </ul>
                        {(section.section == engine::Section::PerformanceAnalysis).then(|| view! { <super::performance::WorkloadAnalysis/> })}
                    </details>
                }
            }).collect_view())
            }}
        </section>
    }
}
