use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Hands `text` to the browser as a download named `name`.
pub fn save(text: &str, name: &str, mime: &str) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(
        text,
        Some(&format!("{mime};charset=utf-8")),
    ));
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The URL is revoked when dropped: not before the browser has started the download.
    set_timeout(move || drop(url), Duration::from_secs(30));
}
