use crate::ui::browser::storage;
use crate::ui::language::{language, tr};
use leptos::prelude::*;

use crate::browser_storage::THEME as KEY;
/// The choices in turn, as saved and as the class on the root element ("" follows the system).
const THEMES: &[(&str, &str, &str)] = &[
    ("", "跟随系统", "system"),
    ("theme-light", "浅色", "light"),
    ("theme-dark", "深色", "dark"),
];

/// Light, dark, or as the system says; remembered in this browser. Paper is always light.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let language = language();
    let saved = storage::get(KEY).unwrap_or_default();
    let theme = RwSignal::new(
        THEMES
            .iter()
            .position(|(class, _, _)| *class == saved)
            .unwrap_or(0),
    );
    Effect::new(move |_| {
        let (class, _, _) = THEMES[theme.get()];
        if let Some(root) = document().document_element() {
            for (other, _, _) in &THEMES[1..] {
                let _ = root.class_list().toggle_with_force(other, *other == class);
            }
        }
        storage::set(KEY, class);
    });
    view! {
        <button
            type="button"
            class="theme-switch"
            data-testid="theme"
            title=tr("配色：跟随系统 / 浅色 / 深色", "Colours: as the system / light / dark")
            on:click=move |_| theme.update(|t| *t = (*t + 1) % THEMES.len())
        >
            {move || {
                let (_, zh, en) = THEMES[theme.get()];
                language.get().pick(format!("配色：{zh}"), format!("Colours: {en}"))
            }}
        </button>
    }
}
