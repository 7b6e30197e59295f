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
                <For each=move || current.recent.get() key=|r| (r.id.clone(), r.title.clone()) let:recent>
                    <li>
                        <button type="button" class="recent-open" on:click={
                            let recent = recent.clone();
                            move |_| { if !current.open_recent(&recent) { current.forget(&recent.id); } }
                        }>{recent.title.clone()}</button>
                        <button type="button" class="recent-remove" aria-label=format!("删除“{}”", recent.title)
                            on:click={ let id = recent.id.clone(); move |_| current.forget(&id) }>"×"</button>
                    </li>
                </For>
            </ul>
            <button type="button" data-testid="open-sample" on:click=move |_| current.open_sample()>"示例讲话"</button>
            <small>"只保存在这个浏览器里。Kept in this browser only."</small>
        </details>
    }
}
