//! Writing text to the clipboard, for the export menu and the copy-link buttons.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; false if the browser refused.
pub async fn copy(text: &str) -> bool {
    JsFuture::from(window().navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
