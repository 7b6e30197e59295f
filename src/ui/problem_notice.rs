use super::current_document::CurrentDocument;
use super::language::{language, tr};
use leptos::prelude::*;

/// Why the last file could not be opened, until the reader dismisses it or opens another; and
/// which document is being fetched, while it is.
#[component]
pub fn ProblemNotice() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    let loading = move || {
        current.loading.get().map(|name| language.get().pick(format!("正在载入“{name}”……"), format!("Loading “{name}”…")))
    };
    view! {
        <p class="loading no-print" role="status" data-testid="loading" hidden=move || current.loading.with(Option::is_none)>
            {loading}
        </p>
        <Show when=move || current.problem.with(Option::is_some)>
            <p class="problem no-print" role="alert" data-testid="problem">
                {move || current.problem.with(|p| p.as_ref().map(|p| p.get(language.get()).to_string()))}
                <button type="button" on:click=move |_| current.problem.set(None)>{tr("知道了", "Dismiss")}</button>
            </p>
        </Show>
    }
}
