//! The browser calls the components share: finding elements, storage, the
//! clipboard, the address bar, the parent page. Each returns `None` or
//! fails quietly where the browser refuses (sandboxed embeds, private
//! windows), so callers decide what the user is told.

use wasm_bindgen::JsCast;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The first element matching a CSS selector.
pub fn query(selector: &str) -> Option<web_sys::Element> {
    document()?.query_selector(selector).ok().flatten()
}

pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

pub fn local_storage() -> Option<web_sys::Storage> {
    // Sandboxed iframes throw on access.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Write `text` to the clipboard; resolves to whether the browser allowed it.
/// The request goes out at the call, while the click that asked for it
/// still counts as the user's gesture.
pub fn copy_to_clipboard(text: &str) -> impl std::future::Future<Output = bool> {
    let promise = web_sys::window().map(|w| w.navigator().clipboard().write_text(text));
    async move {
        match promise {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        }
    }
}

/// Type `text` at the cursor of the focused field. insertText keeps the
/// browser's own undo history intact, which setting the value would not.
pub fn insert_text_at_cursor(text: &str) {
    if let Some(document) = document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok()) {
        let _ = document.exec_command_with_show_ui_and_value("insertText", false, text);
    }
}

/// The address bar's fragment, with its `#` (empty when there is none).
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

pub fn location_pathname() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// Put `#fragment` in the address bar without a new history entry.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

pub fn prefers_dark() -> bool {
    web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()).is_some_and(|m| m.matches())
}

/// Send a JSON message to the page that embeds this one (if any).
pub fn post_to_parent(json: &str) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
    if let Ok(value) = js_sys::JSON::parse(json) {
        let _ = parent.post_message(&value, "*");
    }
}
