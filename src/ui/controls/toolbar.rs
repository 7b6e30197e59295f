use crate::ui::language::tr;
use crate::ui::controls::export_menu::ExportMenu;
use crate::ui::outline::OutlineDrawer;
use crate::ui::print::whole_document::print_page;
use crate::ui::print::panel::PrintPanel;
use crate::ui::controls::shortcuts_help::ShortcutsShown;
use crate::ui::state::ReaderState;
use crate::dom_ids::OUTLINE_ID;
use leptos::prelude::*;

/// Folding everything at once, and printing.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let ShortcutsShown(help) = expect_context::<ShortcutsShown>();
    let OutlineDrawer(drawer) = expect_context::<OutlineDrawer>();
    view! {
        <div class="toolbar">
            <button type="button" class="outline-toggle" data-testid="outline-toggle" aria-controls=OUTLINE_ID
                aria-expanded=move || drawer.get().to_string() on:click=move |_| drawer.update(|open| *open = !*open)>
                {tr("提纲", "Outline")}
            </button>
            <button type="button" data-testid="expand-all" on:click=move |_| state.folds.set_all_open(true)>
                {tr("全部展开", "Expand all")}
            </button>
            <button type="button" data-testid="collapse-all" on:click=move |_| state.folds.set_all_open(false)>
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
