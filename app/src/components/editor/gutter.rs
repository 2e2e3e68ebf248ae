//! The line numbers beside an editor, virtualized like its text.

use super::viewport::{spacer_style, Viewport};
use leptos::prelude::*;

#[component]
pub fn Gutter(text: ReadSignal<String>, viewport: Viewport, node: NodeRef<leptos::html::Div>) -> impl IntoView {
    let total_lines = Memo::new(move |_| text.with(|t| crate::line_count(t)));
    let style = move || spacer_style(viewport.padding(total_lines.get()));
    let numbers = move || {
        let (first, last) = viewport.lines.get();
        let last = last.min(total_lines.get());
        let mut numbers = String::with_capacity((last - first.min(last)) * 7);
        for n in first + 1..=last {
            numbers.push_str(&n.to_string());
            numbers.push('\n');
        }
        numbers
    };
    view! { <div class="gutter" node_ref=node aria-hidden="true"><span style=style>{numbers}</span></div> }
}
