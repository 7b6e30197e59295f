use crate::ui::language::{choose, language, Language};
use leptos::prelude::*;

/// Switches the interface between Chinese and English; the button names the other language in
/// that language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let language = language();
    let other = move || language.get().pick(Language::English, Language::Chinese);
    view! {
        <button
            type="button"
            class="language-switch no-print"
            data-testid="language"
            lang=move || other().pick("zh-CN", "en")
            title=move || language.get().pick("Interface in English", "界面用中文")
            on:click=move |_| choose(other())
        >
            {move || other().pick("中文", "English")}
        </button>
    }
}
