//! Selecting a span (a finding's, a plan node's, a query's) in its editor.

use super::{EditorRefs, LINE_PX};
use crate::state::Inputs;
use engine::{LineIndex, TextSpan};
use leptos::prelude::*;

/// Select `span` in its editor and scroll it into view.
pub fn select_span(inputs: Inputs, refs: EditorRefs, span: TextSpan) {
    let node = if span.source == 0 { refs.schema } else { refs.queries };
    // A large text has no text area, only its read-only view: scroll that.
    let connected = node.get_untracked().filter(|area| area.is_connected());
    let Some(area) = connected else {
        let selector = format!("pre.layer[data-source=\"{}\"]", span.source);
        if let Some(view) = crate::dom::query(&selector) {
            view.set_scroll_top(((span.line as i32) - 3).max(0) * LINE_PX);
        }
        return;
    };
    let (start, end, lines) = inputs.text(span.source).with_untracked(|text| {
        let start = LineIndex::utf16_offset(text, span.start.min(text.len())) as u32;
        let end = LineIndex::utf16_offset(text, span.end.min(text.len())) as u32;
        (start, end, crate::line_count(text))
    });
    let _ = area.focus();
    let _ = area.set_selection_range(start, end.max(start));
    let line_height = area.scroll_height() / lines.max(1) as i32;
    area.set_scroll_top((span.line as i32 - 3).max(0) * line_height);
}
