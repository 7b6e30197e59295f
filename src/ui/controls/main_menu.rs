//! Everything that is not open, filter, outline or print: one menu, a drop-down on a wide screen
//! and a sheet from the bottom on a phone. The browser's popover closes it with Esc, a tap
//! outside and the back gesture.

use crate::dom_ids::MAIN_MENU_ID;
use crate::icons;
use crate::ui::browser::{popover, tools};
use crate::ui::controls::export_menu::ExportMenu;
use crate::ui::controls::icon::Icon;
use crate::ui::controls::language_switch::LanguageSwitch;
use crate::ui::controls::shortcuts_help::ShortcutsShown;
use crate::ui::controls::theme_switch::ThemeSwitch;
use crate::ui::language::tr;
use crate::ui::open::current_document::CurrentDocument;
use crate::ui::open::recent_menu::RecentDocuments;
use crate::ui::print::panel::PrintPanel;
use crate::ui::speaker::Speaker;
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The drop-down starts under its button, wherever the bar is at the time (a phone's sheet
/// ignores it).
fn place_under_button(ev: leptos::ev::MouseEvent) {
    let Some(button) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(menu) = document()
        .get_element_by_id(MAIN_MENU_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = menu.style().set_property(
        "--menu-top",
        &format!(
            "{}px",
            button.get_bounding_client_rect().bottom().round() as i32 + 4
        ),
    );
}

#[component]
pub fn MainMenu() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let current = expect_context::<CurrentDocument>();
    let ShortcutsShown(help) = expect_context::<ShortcutsShown>();
    view! {
        <button type="button" class="menu-toggle" data-testid="menu" popovertarget=MAIN_MENU_ID
            aria-label=tr("更多", "More") title=tr("更多", "More") on:click=place_under_button>
            <Icon path=icons::MORE /><span class="control-label">{tr("更多", "More")}</span>
        </button>
        <div id=MAIN_MENU_ID class="main-menu no-print" popover="auto" data-testid="main-menu">
            <RecentDocuments />
            <label class="file-opener base-opener" title=tr("选一个较早的版本，与屏幕上的文档逐条对照", "Choose an earlier version to compare the document with, article by article")>
                {tr("对照旧版本…", "Compare with an earlier version…")}
                <input type="file" data-testid="open-base" accept=".txt,.md,.markdown,.docx,.ofd,.pdf,.html,.htm,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/ofd,application/pdf"
                    on:click=|_| tools::warm_up()
                    on:change=move |ev| {
                        let input = event_target::<web_sys::HtmlInputElement>(&ev);
                        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
                        input.set_value("");
                        popover::close(MAIN_MENU_ID);
                        current.open_base_file(file);
                    } />
            </label>
            <div class="menu-pair">
                <button type="button" data-testid="expand-all" on:click=move |_| state.folds.set_all_open(true)>
                    {tr("全部展开", "Expand all")}
                </button>
                <button type="button" data-testid="collapse-all" on:click=move |_| state.folds.set_all_open(false)>
                    {tr("全部折叠", "Collapse all")}
                </button>
            </div>
            <button type="button" data-testid="speaker-view" title=tr("讲稿模式 (S)：大字、阅读线、计时，供讲话人使用", "Speaker view (S): large type, a reading line and a clock, for the person giving the speech")
                on:click=move |_| {
                    popover::close(MAIN_MENU_ID);
                    expect_context::<Speaker>().enter(state, true);
                }>{tr("讲稿模式", "Speaker view")}</button>
            <PrintPanel />
            <ExportMenu />
            <div class="menu-pair">
                <ThemeSwitch />
                <LanguageSwitch />
            </div>
            <button type="button" data-testid="shortcuts" title=tr("键盘快捷键 (?)", "Keyboard shortcuts (?)")
                on:click=move |_| {
                    popover::close(MAIN_MENU_ID);
                    help.update(|shown| *shown = !*shown);
                }>{tr("键盘快捷键", "Keyboard shortcuts")}" "<kbd>"?"</kbd></button>
        </div>
    }
}
