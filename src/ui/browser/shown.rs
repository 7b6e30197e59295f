//! The elements a selector matches that are on screen (laid out: not folded away, filtered out
//! or hidden), and which of them has the focus: for the keys that move from one to the next.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// The elements `selector` matches that have a box on the page, in document order.
pub fn shown_elements(selector: &str) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.get_client_rects().length() > 0)
        .collect()
}

/// Which of `elements` has the focus.
pub fn focused_among(elements: &[web_sys::HtmlElement]) -> Option<usize> {
    let focused = document().active_element()?;
    elements
        .iter()
        .position(|e| &focused == e.unchecked_ref::<web_sys::Element>())
}
