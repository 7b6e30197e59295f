//! The one rule for "the reader is typing in a field": keys and pastes there are the field's,
//! not the page's shortcuts or a document to open.

use wasm_bindgen::JsCast;

/// Whether `event` happened in a text field, a list box or editable content.
pub fn typing_in_a_field(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.closest("[contenteditable]").ok().flatten().is_some()
        })
}
