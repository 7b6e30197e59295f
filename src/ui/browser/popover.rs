use wasm_bindgen::JsCast;

/// Closes the popover `id` (the page's menu) before something opens over the page, which would
/// otherwise be under it: a popover is drawn above everything else.
pub fn close(id: &str) {
    if let Some(popover) = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = popover.hide_popover();
    }
}
