//! The author's draft in local storage, kept between visits.

use crate::share::SharedState;

const DRAFT_KEY: &str = "sqlreview.draft.v1";

pub fn load_draft() -> Option<SharedState> {
    let text = crate::dom::local_storage()?.get_item(DRAFT_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Keep the draft for the next visit. Fails when the browser's storage
/// is full (most give a page 5 MB) or refused (sandboxed embeds).
pub fn save_draft(state: &SharedState) -> Result<(), ()> {
    // Without storage (a sandboxed embed) the draft is simply not kept.
    let storage = crate::dom::local_storage().ok_or(())?;
    let text = serde_json::to_string(state).map_err(|_| ())?;
    storage.set_item(DRAFT_KEY, &text).map_err(|_| ())
}
