//! The highlighted copy of an editor's text under its text area: syntax
//! colours and a wavy underline under every finding (message on hover).

use super::segments::segments;
use super::viewport::{spacer_style, Viewport};
use crate::state::{Inputs, Reviews};
use leptos::prelude::*;

/// Texts larger than this are highlighted a window at a time: tokenizing
/// megabytes on every scroll or review would stall the page. (A window that
/// opens inside a long string or comment may then be coloured wrongly.)
const WHOLE_HIGHLIGHT_BYTES: usize = 256 * 1024;

/// What the layer of one editor draws from.
#[derive(Clone, Copy)]
pub struct Layer {
    pub source: usize,
    pub text: ReadSignal<String>,
    /// The text is too large to edit and is shown read-only.
    pub large: Memo<bool>,
    pub viewport: Viewport,
}

impl Layer {
    /// Run `f` on the text the layer shows: the reviewed one (so the
    /// squiggles line up with the findings), or a large read-only text itself.
    fn with_shown<R>(self, reviews: Reviews, f: impl FnOnce(&str) -> R) -> R {
        if self.large.get() {
            self.text.with(|t| f(t))
        } else {
            reviews.reviewed.with(|(schema, queries)| f(if self.source == 0 { schema } else { queries }))
        }
    }

    /// The spans of the lines in view, inside the padding that stands for the rest.
    pub fn view(self) -> impl IntoView {
        let (inputs, reviews) = (expect_context::<Inputs>(), expect_context::<Reviews>());
        let Layer { source, large, viewport, .. } = self;
        let window = Memo::new(move |_| self.with_shown(reviews, |text| viewport.window(text)));
        let pieces = Memo::new(move |_| {
            // A large text's review may lag the text: then it is coloured without squiggles.
            let reviewed = !large.get() || reviews.source_in_sync(source);
            self.with_shown(reviews, |text| {
                let range = if text.len() > WHOLE_HIGHLIGHT_BYTES {
                    let (from, to, _, _) = window.get();
                    from.min(text.len())..to.min(text.len())
                } else {
                    0..text.len()
                };
                let lesson = source == 1 && inputs.lesson.get();
                reviews.review.with(|review| segments(text, range, reviewed.then_some(review), source, inputs.dialect.get(), lesson))
            })
        });
        let style = move || {
            let (_, _, above, below) = window.get();
            spacer_style((above, below))
        };
        let spans = move || {
            let (from, to, _, _) = window.get();
            self.with_shown(reviews, |text| {
                pieces.with(|pieces| {
                    let begin = pieces.partition_point(|p| p.end <= from);
                    pieces[begin..]
                        .iter()
                        .take_while(|p| p.start < to)
                        .map(|p| {
                            let piece = text[p.start.max(from)..p.end.min(to)].to_string();
                            view! { <span class=p.class.clone() title=p.title.clone()>{piece}</span> }
                        })
                        .collect_view()
                })
            })
        };
        view! { <span style=style>{spans}</span> }
    }
}
