//! The text area's behaviour: typing, pasting, Tab, and keeping the text
//! area and the inputs the same text.

use super::EDITABLE_LIMIT_BYTES;
use crate::components::lifecycle::ReviewScheduler;
use crate::state::{Inputs, Ui};
use leptos::prelude::*;

/// The text area of one editor.
#[derive(Clone, Copy)]
pub struct TextArea {
    pub source: usize,
    pub node: NodeRef<leptos::html::Textarea>,
    /// The text is too large for a text area and is shown read-only.
    pub large: Memo<bool>,
    inputs: Inputs,
    ui: Ui,
    scheduler: ReviewScheduler,
    /// Escape was the last key: the next Tab leaves the editor.
    escaped: StoredValue<bool>,
    /// The revision this text area produced itself by being typed in.
    typed: StoredValue<Option<u64>>,
}

impl TextArea {
    pub fn new(source: usize, node: NodeRef<leptos::html::Textarea>, large: Memo<bool>) -> TextArea {
        let (inputs, ui, scheduler) = (expect_context::<Inputs>(), expect_context::<Ui>(), expect_context::<ReviewScheduler>());
        let area = TextArea { source, node, large, inputs, ui, scheduler, escaped: StoredValue::new(false), typed: StoredValue::new(None) };
        area.keep_in_sync();
        area
    }

    /// Write the text into the text area when it changed elsewhere (an
    /// example, a link). Never after typing: the text area holds it already,
    /// reading its value back copies the whole text, and re-setting megabytes
    /// costs the browser a second.
    fn keep_in_sync(self) {
        Effect::new(move |_| {
            let revision = self.inputs.revisions.with(|r| r[self.source]);
            // A large text has no text area (the ref may still hold the old one).
            if self.large.get() || self.typed.get_value() == Some(revision) {
                return;
            }
            self.inputs.text(self.source).with_untracked(|text| {
                if let Some(area) = self.node.get() {
                    if area.value() != *text {
                        area.set_value(text);
                    }
                }
            })
        });
    }

    fn edit(self, text: String) {
        self.inputs.edit(self.source, text);
        self.scheduler.schedule();
    }

    pub fn input(self, ev: web_sys::Event) {
        self.edit(event_target_value(&ev));
        self.typed.set_value(Some(self.inputs.revisions.with_untracked(|r| r[self.source])));
    }

    pub fn clear(self) {
        self.edit(String::new());
    }

    /// A paste that would make the text too large for a text area goes
    /// straight into the text, replacing the selection (or, on the read-only
    /// view, everything): the browser never lays the megabytes out.
    pub fn paste(self, ev: web_sys::ClipboardEvent) {
        if self.ui.embed.readonly {
            return;
        }
        let Some(pasted) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
        let text = self.inputs.text(self.source);
        let current_len = text.with_untracked(String::len);
        if current_len + pasted.len() <= EDITABLE_LIMIT_BYTES && !self.large.get_untracked() {
            return;
        }
        ev.prevent_default();
        // The text area of a large text is gone (its node may linger in the ref).
        let area = self.node.get_untracked().filter(|_| !self.large.get_untracked());
        let replaced = match area {
            Some(area) => text.with_untracked(|current| {
                let start = byte_offset(current, area.selection_start().ok().flatten().unwrap_or(0));
                let end = byte_offset(current, area.selection_end().ok().flatten().unwrap_or(0)).max(start);
                format!("{}{pasted}{}", &current[..start], &current[end..])
            }),
            None => pasted,
        };
        self.edit(replaced);
    }

    pub fn keydown(self, ev: web_sys::KeyboardEvent) {
        match ev.key().as_str() {
            // Escape releases Tab so keyboard users can leave the editor.
            "Escape" => self.escaped.set_value(true),
            "Tab" if !self.escaped.get_value() && !ev.shift_key() && !ev.ctrl_key() && !ev.alt_key() && !self.ui.embed.readonly => {
                ev.prevent_default();
                crate::dom::insert_text_at_cursor("  ");
            }
            _ => self.escaped.set_value(false),
        }
    }
}

/// The byte offset of a UTF-16 offset (what text areas count in).
fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}
