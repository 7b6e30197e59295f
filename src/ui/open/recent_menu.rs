use crate::ui::language::{language, tr};
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;

/// The documents opened before in this browser: reopen one, remove one, or go back to the sample.
#[component]
pub fn RecentDocuments() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    view! {
        <details class="recent no-print" data-testid="recent">
            <summary>{tr("最近的文档", "Recent documents")}</summary>
            <ul>
                // Five entries at most: rebuilt whole when they change.
                {move || current.recent.get().into_iter().map(|recent| {
                    let remove_label = language.get().pick(format!("删除“{}”", recent.title), format!("Remove “{}”", recent.title));
                    let id = recent.id.clone();
                    let title = recent.title.clone();
                    let host = recent.source.as_deref().and_then(|s| web_sys::Url::new(s).ok()).map(|u| u.host());
                    let from = host.map(|host| view! {
                        <span class="recent-host" title=recent.source.clone()>
                            {language.get().pick(format!("来自 {host}（非本站）"), format!("from {host} (not this site)"))}
                        </span>
                    });
                    view! {
                        <li>
                            <button type="button" class="recent-open" on:click=move |_| {
                                if !current.open_recent(&recent) { current.forget(&recent.id); }
                            }>{title}</button>
                            {from}
                            <button type="button" class="recent-remove" aria-label=remove_label
                                on:click=move |_| current.forget(&id)>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <button type="button" data-testid="open-sample" on:click=move |_| current.open_sample()>{tr("示例讲话", "Sample speech")}</button>
            <small>{tr("只保存在这个浏览器里。", "Kept in this browser only.")}</small>
        </details>
    }
}
