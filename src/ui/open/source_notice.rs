use crate::ui::language::language;
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;

/// Where the document on screen came from, when that is another host than this site: at the top
/// of the page, where it stays in sight while the reader scrolls, and on paper. A tap (or a
/// hover) shows the whole address.
#[component]
pub fn SourceNotice() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    move || {
        let url = current.source.get()?;
        let host = web_sys::Url::new(&url)
            .map(|u| u.host())
            .unwrap_or_else(|_| url.clone());
        let said = language.get().pick(
            format!("此文件来自 {host}（非本站）"),
            format!("This document comes from {host} (not this site)"),
        );
        let address = language.get().pick("完整地址：", "Full address: ");
        let title = url.clone();
        Some(view! {
            <details class="source-notice" data-testid="source-notice" title=title>
                <summary>{said}</summary>
                <p>{address}<span class="source-address">{url}</span></p>
            </details>
        })
    }
}
