//! A button beside each section's heading that copies a link to the section: the page's
//! address with `#id`, which opens the document there (see `deep_links.rs`). Shown always on
//! touch screens, on hover or focus elsewhere.
//!
//! The buttons are built with the text (`markup`): one click listener for all of them, one label
//! they all point to.

use crate::dom_ids::COPY_LINK_LABEL_ID;
use crate::ui::browser::clipboard;
use crate::ui::browser::listener::listen_on_window_for;
use crate::ui::language::{language, tr};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The buttons' shared label, and their click listener, while the reader is on the page.
#[component]
pub fn CopyLinks() -> impl IntoView {
    let language = language();
    listen_on_window_for("click", move |ev: &web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(".copy-link").ok().flatten())
        else {
            return;
        };
        let Some(id) = button.get_attribute("data-section") else {
            return;
        };
        let href = window().location().href().unwrap_or_default();
        let link = format!("{}#{id}", href.split('#').next().unwrap_or_default());
        let language = language.get_untracked();
        leptos::task::spawn_local(async move {
            let said = if clipboard::copy(&link).await {
                language.pick("已复制", "Copied")
            } else {
                language.pick("无法复制", "Not copied")
            };
            button.set_text_content(Some(said));
            set_timeout(
                move || button.set_text_content(Some("#")),
                Duration::from_secs(2),
            );
        });
    });
    view! { <span id=COPY_LINK_LABEL_ID hidden>{tr("复制本节的链接", "Copy a link to this section")}</span> }
}
