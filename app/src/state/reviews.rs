//! The review of the inputs: computed on the page for small inputs and by
//! the background worker for large ones, once typing pauses.

use super::inputs::{Inputs, FIRST_REVISIONS};
use super::ui::Ui;
use crate::review_input::{ReviewInput, Revisions};
use crate::share::SharedState;
use crate::worker::{Outcome, ReviewWorker, INLINE_LIMIT_BYTES};
use engine::Review;
use leptos::prelude::*;
use std::rc::Rc;

/// The revisions of a review not yet computed (no edit count is zero).
const NOT_REVIEWED: Revisions = [0, 0];

#[derive(Clone, Copy)]
pub struct Reviews {
    pub review: ReadSignal<Review>,
    /// A review is running in the background.
    pub busy: ReadSignal<bool>,
    /// The texts the review shown was computed from (they lag the inputs
    /// while typing); the highlight layer draws them so squiggles line up.
    pub reviewed: ReadSignal<(String, String)>,
    /// Their revisions.
    reviewed_revisions: ReadSignal<Revisions>,
    write: Writers,
    /// The texts to review next and their revisions (set once typing pauses).
    to_review: RwSignal<(String, String, Revisions)>,
    worker: StoredValue<ReviewWorker, LocalStorage>,
    /// The input of the review shown or being computed, to skip repeats.
    last_input: StoredValue<Option<ReviewInput>, LocalStorage>,
    inputs: Inputs,
    ui: Ui,
}

#[derive(Clone, Copy)]
struct Writers {
    review: WriteSignal<Review>,
    busy: WriteSignal<bool>,
    reviewed: WriteSignal<(String, String)>,
    reviewed_revisions: WriteSignal<Revisions>,
}

impl Reviews {
    pub fn new(initial: SharedState, inputs: Inputs, ui: Ui) -> Reviews {
        let to_review = RwSignal::new((initial.schema.clone(), initial.queries.clone(), FIRST_REVISIONS));
        // Start with the review of a small input right away; a large one
        // starts empty and arrives from the worker.
        let first = untrack(|| inputs.to_review((initial.schema, initial.queries, FIRST_REVISIONS)));
        let inline = first.len() <= INLINE_LIMIT_BYTES;
        let review = if inline { first.review() } else { ReviewInput { schema: String::new(), queries: String::new(), ..first.clone() }.review() };
        let (review, set_review) = signal(review);
        let (busy, set_busy) = signal(false);
        let (reviewed, set_reviewed) = signal(if inline { (first.schema.clone(), first.queries.clone()) } else { Default::default() });
        let (reviewed_revisions, set_reviewed_revisions) = signal(if inline { FIRST_REVISIONS } else { NOT_REVIEWED });
        let reviews = Reviews {
            review,
            busy,
            reviewed,
            reviewed_revisions,
            write: Writers { review: set_review, busy: set_busy, reviewed: set_reviewed, reviewed_revisions: set_reviewed_revisions },
            to_review,
            worker: StoredValue::new_local(ReviewWorker::default()),
            last_input: StoredValue::new_local(inline.then_some(first)),
            inputs,
            ui,
        };
        // Review again whenever the texts to review, the system, the mode or the sizes change.
        Effect::new(move |_| reviews.start(inputs.to_review(to_review.get())));
        reviews
    }

    /// Review the texts as they are now (typing paused, or new texts opened).
    pub fn request(&self) {
        self.to_review.set(self.inputs.texts_untracked());
    }

    /// Whether the editors show exactly what was reviewed (so highlights line up).
    pub fn in_sync(&self) -> bool {
        self.reviewed_revisions.get() == self.inputs.revisions.get()
    }

    /// Whether the review was computed from one editor's text as it is now.
    pub fn source_in_sync(&self, source: usize) -> bool {
        self.reviewed_revisions.with(|r| r[source]) == self.inputs.revisions.with(|r| r[source])
    }

    fn start(self, input: ReviewInput) {
        let last_revisions = self.last_input.with_value(|last| last.as_ref().filter(|last| last.same_content(&input)).map(|last| last.revisions));
        if let Some(last_revisions) = last_revisions {
            if last_revisions != input.revisions {
                // An edit undone before typing paused: the review shown, or
                // the one on its way, still fits the text.
                self.last_input.update_value(|last| {
                    if let Some(last) = last {
                        last.revisions = input.revisions;
                    }
                });
                if !self.worker.get_value().retag(input.revisions) {
                    self.write.reviewed_revisions.set(input.revisions);
                }
            }
            return;
        }
        self.last_input.set_value(Some(input.clone()));
        if input.len() > engine::MAX_INPUT_BYTES {
            self.ui.say(format!(
                "The input is {} MB; the reviewer reads up to {} MB. Your text is kept: split it and review the parts.",
                engine::megabytes(input.len()),
                engine::MAX_INPUT_BYTES / 1_048_576
            ));
        }
        let deliver = Rc::new(move |outcome: Outcome| {
            self.write.busy.set(false);
            match outcome {
                Outcome::Reviewed(input, review) => self.show(input, *review),
                Outcome::Failed(reason) => {
                    // Let the same input be tried again.
                    self.last_input.set_value(None);
                    self.ui.say(format!("The review did not finish: {reason}. Your text is kept; edit it to try again."));
                }
            }
        });
        let worker = self.worker.get_value();
        if input.len() > INLINE_LIMIT_BYTES && worker.request(input.clone(), deliver) {
            self.write.busy.set(true);
        } else {
            worker.cancel();
            self.write.busy.set(false);
            let review = input.review();
            self.show(input, review);
        }
    }

    /// Show a finished review, with the texts it was computed from.
    fn show(self, input: ReviewInput, review: Review) {
        self.write.reviewed.set((input.schema, input.queries));
        self.write.reviewed_revisions.set(input.revisions);
        self.write.review.set(review);
    }
}
