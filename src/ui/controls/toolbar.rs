use crate::dom_ids::OUTLINE_ID;
use crate::icons;
use crate::ui::controls::icon::Icon;
use crate::ui::controls::main_menu::MainMenu;
use crate::ui::language::tr;
use crate::ui::open::file_opener::FileOpener;
use crate::ui::outline::OutlineDrawer;
use crate::ui::print::whole_document::print_page;
use leptos::prelude::*;

/// The primary actions beside the filter: open, the outline (a drawer on a phone), print, and
/// the menu with the rest.
#[component]
pub fn Toolbar() -> impl IntoView {
    let OutlineDrawer(drawer) = expect_context::<OutlineDrawer>();
    view! {
        <div class="toolbar">
            <FileOpener />
            <button type="button" class="outline-toggle" data-testid="outline-toggle" aria-controls=OUTLINE_ID
                aria-label=tr("提纲", "Outline") aria-expanded=move || drawer.get().to_string() on:click=move |_| drawer.update(|open| *open = !*open)>
                <Icon path=icons::OUTLINE /><span class="control-label">{tr("提纲", "Outline")}</span>
            </button>
            <button type="button" data-testid="print" aria-label=tr("打印", "Print") on:click=move |_| print_page()>
                <Icon path=icons::PRINT /><span class="control-label">{tr("打印", "Print")}</span>
            </button>
            <MainMenu />
        </div>
    }
}
