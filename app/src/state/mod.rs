//! The playground's state, in three contexts so that a component takes only
//! what it uses: [`Inputs`] (what the author typed), [`Reviews`] (the review
//! of it, computed once typing pauses) and [`Ui`] (the message line, the open
//! rule, the theme, the embed options). Each hands out read halves; every
//! write goes through one of its methods, so what changes the state can be
//! read in one place.

mod draft;
mod inputs;
mod reviews;
mod ui;

pub use draft::{load_draft, save_draft};
pub use inputs::Inputs;
pub use reviews::Reviews;
pub use ui::{Embed, Ui};

use crate::share::SharedState;
use leptos::prelude::*;

/// How long typing must pause before the review runs.
pub const DEBOUNCE_MS: u32 = 150;

/// Build the three contexts from the state the page opens with and provide them.
pub fn provide(initial: SharedState, embed: Embed, dark: bool) -> (Inputs, Reviews, Ui) {
    let ui = Ui::new(embed, dark);
    let inputs = Inputs::new(&initial);
    let reviews = Reviews::new(initial, inputs, ui);
    provide_context(inputs);
    provide_context(reviews);
    provide_context(ui);
    (inputs, reviews, ui)
}

/// Replace everything the author sees with another state (an example, a
/// shared link, the SQL an embedding page sends) and review it at once.
pub fn open(inputs: Inputs, reviews: Reviews, ui: Ui, state: SharedState) {
    inputs.load(state);
    reviews.request();
    ui.select(None);
}
