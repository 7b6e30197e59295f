use super::keyboard::SHORTCUTS;
use leptos::prelude::*;

/// Whether the list of keyboard shortcuts is shown.
#[derive(Clone, Copy)]
pub struct ShortcutsShown(pub RwSignal<bool>);

/// The list of keyboard shortcuts, shown with `?` or the toolbar's button.
#[component]
pub fn ShortcutsHelp(shown: RwSignal<bool>) -> impl IntoView {
    view! {
        <section class="shortcuts-help no-print" role="dialog" aria-label="键盘快捷键" data-testid="shortcuts-help" hidden=move || !shown.get()>
            <h2>"键盘快捷键"</h2>
            <dl>
                {SHORTCUTS.iter().map(|&(keys, what)| view! { <dt><kbd>{keys}</kbd></dt><dd>{what}</dd> }).collect_view()}
            </dl>
            <button type="button" on:click=move |_| shown.set(false)>"关闭"</button>
        </section>
    }
}
