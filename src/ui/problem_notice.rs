use super::current_document::CurrentDocument;
use leptos::prelude::*;

/// Why the last file could not be opened, until the reader dismisses it or opens another; and
/// which document is being fetched, while it is.
#[component]
pub fn ProblemNotice() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    view! {
        <p class="loading no-print" role="status" data-testid="loading" hidden=move || current.loading.with(Option::is_none)>
            {move || current.loading.get().map(|name| format!("正在载入“{name}”…… Loading {name}…"))}
        </p>
        <Show when=move || current.problem.with(Option::is_some)>
            <p class="problem no-print" role="alert" data-testid="problem">
                {move || current.problem.get()}
                <button type="button" on:click=move |_| current.problem.set(None)>"知道了"</button>
            </p>
        </Show>
    }
}
