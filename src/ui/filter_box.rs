use super::state::ReaderState;
use leptos::prelude::*;

/// The keyword filter: hides every passage without the text typed here.
#[component]
pub fn FilterBox() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let count = move || state.matches.with(|m| m.len());
    let status = move || {
        if !state.filtering() {
            String::new()
        } else if count() == 0 {
            "没有找到".to_string()
        } else {
            format!("{} 处", count())
        }
    };
    view! {
        <div class="filter">
            <label for="filter-input">"筛选"</label>
            <input
                id="filter-input"
                data-testid="filter"
                type="search"
                placeholder="输入关键词，如 监督"
                autocomplete="off"
                prop:value=move || state.query.get()
                on:input=move |ev| state.query.set(event_target_value(&ev))
            />
            <output data-testid="match-count" aria-live="polite">{status}</output>
            <Show when=move || state.filtering() && count() == 0>
                <button type="button" data-testid="clear-filter" on:click=move |_| state.query.set(String::new())>
                    "清除筛选"
                </button>
            </Show>
        </div>
    }
}
