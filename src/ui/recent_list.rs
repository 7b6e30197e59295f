use super::current_document::CurrentDocument;
use leptos::prelude::*;

/// The documents opened before in this browser: reopen one, remove one, or go back to the sample.
#[component]
pub fn RecentDocuments() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    view! {
        <details class="recent no-print" data-testid="recent">
            <summary>"最近的文档"</summary>
            <ul>
                // Five entries at most: rebuilt whole when they change.
                {move || current.recent.get().into_iter().map(|recent| {
                    let remove_label = format!("删除“{}”", recent.title);
                    let id = recent.id.clone();
                    let title = recent.title.clone();
                    view! {
                        <li>
                            <button type="button" class="recent-open" on:click=move |_| {
                                if !current.open_recent(&recent) { current.forget(&recent.id); }
                            }>{title}</button>
                            <button type="button" class="recent-remove" aria-label=remove_label
                                on:click=move |_| current.forget(&id)>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <button type="button" data-testid="open-sample" on:click=move |_| current.open_sample()>"示例讲话"</button>
            <small>"只保存在这个浏览器里。Kept in this browser only."</small>
        </details>
    }
}
