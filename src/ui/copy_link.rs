use super::clipboard;
use super::language::{language, tr};
use leptos::prelude::*;
use std::time::Duration;

/// A button beside a section's heading that copies a link to the section: the page's address
/// with `#id`, which opens the document there (see `deep_links.rs`). Always shown on touch
/// screens, on hover or focus elsewhere.
#[component]
pub fn CopyLink(id: String) -> impl IntoView {
    let language = language();
    let done = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let href = window().location().href().unwrap_or_default();
        let page = href.split('#').next().unwrap_or_default().to_string();
        let link = format!("{page}#{id}");
        leptos::task::spawn_local(async move {
            done.set(Some(clipboard::copy(&link).await));
            set_timeout(move || done.set(None), Duration::from_secs(2));
        });
    };
    let label = move || match (done.get(), language.get()) {
        (Some(true), l) => l.pick("已复制", "Copied"),
        (Some(false), l) => l.pick("无法复制", "Not copied"),
        (None, _) => "#",
    };
    view! {
        <button
            type="button"
            class="copy-link no-print"
            data-testid="copy-link"
            aria-label=tr("复制本节的链接", "Copy a link to this section")
            title=tr("复制本节的链接", "Copy a link to this section")
            on:click=copy
        >
            <span aria-live="polite">{label}</span>
        </button>
    }
}
