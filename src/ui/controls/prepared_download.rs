//! A download that the second wasm prepares (the JSON exports, `ui::browser::tools`): started at
//! the click, saved when the text comes back, and a status beside the button while its wasm
//! loads or when it did not.

use crate::ui::browser::{download, tools};
use crate::ui::language::language;
use leptos::prelude::*;
use web_sys::js_sys::Array;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Preparing {
    Idle,
    Running,
    Failed,
}

/// Asks the tools' `task` for the text of `name` (of type `mime`) and saves it.
pub fn save_from_tools(
    task: &'static str,
    args: Array,
    name: String,
    mime: &'static str,
    state: RwSignal<Preparing>,
) {
    state.set(Preparing::Running);
    leptos::task::spawn_local(async move {
        match tools::run(task, args)
            .await
            .and_then(|text| text.as_string())
        {
            Some(text) => {
                download::save(&text, &name, mime);
                state.try_set(Preparing::Idle);
            }
            None => drop(state.try_set(Preparing::Failed)),
        }
    });
}

/// What the reader (and a screen reader) hears of a download being prepared.
#[component]
pub fn PreparingStatus(state: RwSignal<Preparing>) -> impl IntoView {
    let text = move || {
        let (zh, en) = match state.get() {
            Preparing::Idle => ("", ""),
            Preparing::Running => ("正在准备……", "Preparing…"),
            Preparing::Failed => (
                "无法导出：所需的文件没有载入。",
                "The export failed: the files it needs did not load.",
            ),
        };
        language().get().pick(zh, en)
    };
    view! { <output data-testid="prepare-status" aria-live="polite">{text}</output> }
}
