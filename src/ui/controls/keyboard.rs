//! Keyboard shortcuts, anywhere but in a text field: `/` filter, `[` / `]` fold / unfold all,
//! `j` / `k` next / previous section, `o` the outline drawer, `p` print, `?` this list.

use crate::dom_ids::FILTER_INPUT_ID;
use crate::ui::browser::listener::listen_on_window_for;
use crate::ui::browser::shown::{focused_among, shown_elements};
use crate::ui::browser::typing::typing_in_a_field;
use crate::ui::print::whole_document::print_page;
use crate::ui::state::{FilterSettings, ReaderState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The shortcuts as shown in the help: keys and what they do, in Chinese and English.
pub const SHORTCUTS: &[(&str, &str, &str)] = &[
    ("/", "筛选：光标移到筛选框", "Filter: to the filter box"),
    (
        "Esc",
        "清除筛选 · 关闭本说明",
        "Clear the filter · close this list",
    ),
    (
        "Enter / Shift+Enter",
        "下一处 / 上一处匹配（在筛选框中）",
        "Next / previous match (in the filter box)",
    ),
    ("j / k", "下一节 / 上一节", "Next / previous section"),
    (
        "[ / ]",
        "全部折叠 / 全部展开",
        "Collapse / expand everything",
    ),
    (
        "o",
        "打开或关闭提纲（窄屏）",
        "Open or close the outline (narrow screens)",
    ),
    ("p", "打印", "Print"),
    (
        "s",
        "讲稿模式：空格 / ↓ 下一段，↑ 上一段，+ − 字号，A 自动滚动，[ ] 速度，T 重新计时，M 镜像，Esc 退出",
        "Speaker view: Space / ↓ next paragraph, ↑ back, + − type size, A auto-scroll, [ ] speed, T restart the clock, M mirror, Esc leave",
    ),
    ("?", "显示或关闭本说明", "Show or close this list"),
];

/// Listens for the shortcuts while the reader is on the page; `help` is whether the list of
/// shortcuts is shown, `drawer` whether the outline is open over the text.
pub fn keyboard_shortcuts(state: ReaderState, help: RwSignal<bool>, drawer: RwSignal<bool>) {
    listen_on_window_for("keydown", move |ev: &web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(ev) {
            return;
        }
        match ev.key().as_str() {
            "/" => focus_filter(state.filter),
            "[" => state.folds.set_all_open(false),
            "]" => state.folds.set_all_open(true),
            "j" => go_to_section(1),
            "k" => go_to_section(-1),
            "p" => print_page(),
            "?" => help.update(|shown| *shown = !*shown),
            "o" => drawer.update(|open| *open = !*open),
            "Escape" if help.get_untracked() => help.set(false),
            "Escape" if drawer.get_untracked() => drawer.set(false),
            _ => return,
        }
        ev.prevent_default();
    });
}

/// Puts the cursor in the filter's box, bringing it into view (on a narrow screen, the bar).
pub fn focus_filter(filter: FilterSettings) {
    filter.bar_open.set(true);
    let Some(input) = document()
        .get_element_by_id(FILTER_INPUT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The bar shown now, not at the next turn of the reactive system: a phone opens its
    // keyboard only for a focus given within the tap.
    if let Some(bar) = input.closest(".filter").ok().flatten() {
        let _ = bar.class_list().add_1("open");
    }
    let _ = input.focus();
}

/// Scrolls to the next (`1`) or previous (`-1`) section and puts the focus on its heading.
fn go_to_section(direction: i32) {
    let headings = shown_elements("[data-testid=document] details.section > summary");
    // From the heading with the focus if there is one, else from the top of the view, below
    // the sticky controls.
    let current = focused_among(&headings);
    let target = match current {
        Some(at) => headings.get(at.wrapping_add_signed(direction as isize)),
        None => {
            let line = document()
                .query_selector(".controls")
                .ok()
                .flatten()
                .map_or(0.0, |c| c.get_bounding_client_rect().bottom());
            let top = |h: &&web_sys::HtmlElement| h.get_bounding_client_rect().top();
            if direction > 0 {
                headings.iter().find(|h| top(h) > line + 4.0)
            } else {
                headings.iter().rev().find(|h| top(h) < line - 4.0)
            }
        }
    };
    if let Some(heading) = target {
        // The section, not the summary, carries the margin that keeps it clear of the controls.
        if let Some(section) = heading.parent_element() {
            section.scroll_into_view();
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}
