use leptos::prelude::*;

/// One of [`crate::icons`], drawn in the text's colour; the control around it carries the name.
#[component]
pub fn Icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=path /></svg>
    }
}
