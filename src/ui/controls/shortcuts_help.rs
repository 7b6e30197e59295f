use crate::ui::controls::keyboard::SHORTCUTS;
use crate::ui::language::tr;
use leptos::prelude::*;

/// Whether the list of keyboard shortcuts is shown.
#[derive(Clone, Copy)]
pub struct ShortcutsShown(pub RwSignal<bool>);

/// The list of keyboard shortcuts, shown with `?` or the toolbar's button.
#[component]
pub fn ShortcutsHelp(shown: RwSignal<bool>) -> impl IntoView {
    view! {
        <section class="shortcuts-help no-print" role="dialog" aria-label=tr("键盘快捷键", "Keyboard shortcuts") data-testid="shortcuts-help" hidden=move || !shown.get()>
            <h2>{tr("键盘快捷键", "Keyboard shortcuts")}</h2>
            <dl>
                {SHORTCUTS.iter().map(|&(keys, zh, en)| view! { <dt><kbd>{keys}</kbd></dt><dd>{tr(zh, en)}</dd> }).collect_view()}
            </dl>
            <button type="button" on:click=move |_| shown.set(false)>{tr("关闭", "Close")}</button>
        </section>
    }
}
