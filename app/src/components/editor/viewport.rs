//! Which lines of a text are in view. Only those (plus a margin) are
//! rendered: a 5,000-line script would otherwise mean tens of thousands of
//! spans per review, and a 300,000-line paste as many line numbers.

use super::LINE_PX;
use leptos::prelude::*;

/// Lines rendered above and below the visible ones.
const OVERSCAN: usize = 30;

#[derive(Clone, Copy)]
pub struct Viewport {
    scroll_top: RwSignal<i32>,
    height: RwSignal<i32>,
    /// The lines in view plus the margin: (first, end), 0-based.
    pub lines: Memo<(usize, usize)>,
}

impl Viewport {
    pub fn new() -> Viewport {
        let scroll_top = RwSignal::new(0i32);
        let height = RwSignal::new(600i32);
        let lines = Memo::new(move |_| {
            let first_line = (scroll_top.get() / LINE_PX).max(0) as usize;
            (first_line.saturating_sub(OVERSCAN), first_line + (height.get() / LINE_PX).max(1) as usize + OVERSCAN)
        });
        Viewport { scroll_top, height, lines }
    }

    /// The scrolling element moved or was resized.
    pub fn follow(&self, scroller: &web_sys::Element) {
        self.scroll_top.set(scroller.scroll_top());
        self.height.set(scroller.client_height());
    }

    /// (first byte, end byte, padding above, padding below) of the lines in
    /// view of `text`.
    pub fn window(&self, text: &str) -> (usize, usize, i32, i32) {
        let (first, last) = self.lines.get();
        let mut line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        let from = line_starts.by_ref().nth(first).unwrap_or(text.len());
        let to = line_starts.nth(last - first).unwrap_or(text.len());
        let (above, below) = self.padding(crate::line_count(text));
        (from, to, above, below)
    }

    /// Pixels standing in for the lines above and below those rendered.
    pub fn padding(&self, total_lines: usize) -> (i32, i32) {
        let (first, last) = self.lines.get();
        (first.min(total_lines) as i32 * LINE_PX, total_lines.saturating_sub(last) as i32 * LINE_PX)
    }
}

/// Padding standing in for the lines above and below those rendered. It sits
/// on an inner block: on the scrolling element itself it would stretch that
/// element to the whole text's height instead of making it scroll.
pub fn spacer_style((above, below): (i32, i32)) -> String {
    format!("display: block; padding-top: {above}px; padding-bottom: {}px", below + LINE_PX)
}
