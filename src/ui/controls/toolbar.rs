use crate::dom_ids::{FILTER_INPUT_ID, OUTLINE_ID};
use crate::icons;
use crate::ui::check::CheckButton;
use crate::ui::controls::icon::Icon;
use crate::ui::controls::keyboard::focus_filter;
use crate::ui::controls::main_menu::MainMenu;
use crate::ui::language::tr;
use crate::ui::open::file_opener::FileOpener;
use crate::ui::outline::OutlineDrawer;
use crate::ui::print::whole_document::print_page;
use crate::ui::state::FilterSettings;
use leptos::prelude::*;

/// The primary actions beside the filter: open, the outline (a drawer on a phone), print, the
/// drafters' check, and the menu with the rest; on a phone, the filter too.
#[component]
pub fn Toolbar() -> impl IntoView {
    let OutlineDrawer(drawer) = expect_context::<OutlineDrawer>();
    let filter = expect_context::<FilterSettings>();
    view! {
        <div class="toolbar">
            <FileOpener />
            // On a phone, where the filter is a bar shown when wanted: one tap away.
            <button type="button" class="filter-toggle" data-testid="filter-toggle" aria-label=tr("筛选", "Filter") aria-controls=FILTER_INPUT_ID on:click=move |_| focus_filter(filter)>
                <Icon path=icons::SEARCH /><span class="control-label">{tr("筛选", "Filter")}</span>
            </button>
            <button type="button" class="outline-toggle" data-testid="outline-toggle" aria-controls=OUTLINE_ID
                aria-label=tr("提纲", "Outline") aria-expanded=move || drawer.get().to_string() on:click=move |_| drawer.update(|open| *open = !*open)>
                <Icon path=icons::OUTLINE /><span class="control-label">{tr("提纲", "Outline")}</span>
            </button>
            <button type="button" data-testid="print" aria-label=tr("打印", "Print") on:click=move |_| print_page()>
                <Icon path=icons::PRINT /><span class="control-label">{tr("打印", "Print")}</span>
            </button>
            <CheckButton />
            <MainMenu />
        </div>
    }
}
