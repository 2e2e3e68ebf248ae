//! Renders a rule's documentation (a small, known Markdown subset) as
//! elements: headings, paragraphs, fenced code. Text is always text nodes.

use leptos::prelude::*;

pub fn render(markdown: &str) -> impl IntoView {
    let mut blocks: Vec<AnyView> = Vec::new();
    let mut paragraph = String::new();
    let mut code: Option<String> = None;
    let flush = |paragraph: &mut String, blocks: &mut Vec<AnyView>| {
        if !paragraph.trim().is_empty() {
            let text = std::mem::take(paragraph);
            blocks.push(view! { <p>{crate::rich_text::rich(text.trim())}</p> }.into_any());
        }
        paragraph.clear();
    };
    for line in markdown.lines() {
        if let Some(body) = code.as_mut() {
            if line.trim_start().starts_with("```") {
                let text = code.take().unwrap_or_default();
                blocks.push(view! { <pre class="doc-code"><code>{text}</code></pre> }.into_any());
            } else {
                body.push_str(line);
                body.push('\n');
            }
            continue;
        }
        if line.trim_start().starts_with("```") {
            flush(&mut paragraph, &mut blocks);
            code = Some(String::new());
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut blocks);
            let heading = heading.to_string();
            blocks.push(view! { <h4>{heading}</h4> }.into_any());
        } else if line.starts_with("# ") || line.trim().is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else {
            paragraph.push_str(line);
            paragraph.push(' ');
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}
