use super::language::tr;
use super::export_menu::ExportMenu;
use super::outline::OutlineDrawer;
use super::print::print_page;
use super::print_panel::PrintPanel;
use super::shortcuts_help::ShortcutsShown;
use super::state::ReaderState;
use leptos::prelude::*;

/// Folding everything at once, and printing.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let ShortcutsShown(help) = expect_context::<ShortcutsShown>();
    let OutlineDrawer(drawer) = expect_context::<OutlineDrawer>();
    view! {
        <div class="toolbar">
            <button type="button" class="outline-toggle" data-testid="outline-toggle" aria-controls="outline"
                aria-expanded=move || drawer.get().to_string() on:click=move |_| drawer.update(|open| *open = !*open)>
                {tr("提纲", "Outline")}
            </button>
            <button type="button" data-testid="expand-all" on:click=move |_| state.set_all_open(true)>
                {tr("全部展开", "Expand all")}
            </button>
            <button type="button" data-testid="collapse-all" on:click=move |_| state.set_all_open(false)>
                {tr("全部折叠", "Collapse all")}
            </button>
            <button type="button" data-testid="print" on:click=move |_| print_page()>
                {tr("打印", "Print")}
            </button>
            <PrintPanel />
            <ExportMenu />
            <button type="button" data-testid="shortcuts" aria-label=tr("键盘快捷键", "Keyboard shortcuts") title=tr("键盘快捷键 (?)", "Keyboard shortcuts (?)")
                on:click=move |_| help.update(|shown| *shown = !*shown)>"?"</button>
        </div>
    }
}
