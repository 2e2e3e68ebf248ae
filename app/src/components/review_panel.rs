//! The five-section review with each section's verdict.

use crate::state::Playground;
use leptos::prelude::*;

#[component]
pub fn ReviewPanel() -> impl IntoView {
    let pg = expect_context::<Playground>();
    view! {
        <section class="panel review" aria-label="Review">
            <h2 class="pane-title">"Review"</h2>
            <p class="summary">{move || pg.review.with(|r| crate::rich_text::rich(&r.summary).into_any())}</p>
            {move || pg.review.with(|review| review.sections.iter().map(|section| {
                let verdict = format!("{:?}", section.verdict).to_ascii_lowercase();
                let insights: Vec<(String, String, &'static str)> = section.insights.iter().map(|i| (i.subject.clone(), i.text.clone(), i.rule)).collect();
                view! {
                    <details class="section" open=true>
                        <summary>
                            <span class="section-title">{section.title}</span>
                            <span class=format!("verdict v-{verdict}")>{section.verdict.label()}</span>
                        </summary>
                        <p class="headline">{section.section.question()} " " {section.headline.clone()}</p>
                        <ul class="insights">
                            {insights.into_iter().map(|(subject, text, rule)| view! { <li><strong>{crate::rich_text::rich(&subject)}</strong> " (" {rule} "): " {crate::rich_text::rich(&text)}</li> }).collect_view()}
                        </ul>
                    </details>
                }
            }).collect_view())}
        </section>
    }
}
