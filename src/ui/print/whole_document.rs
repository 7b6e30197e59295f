use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::print::settings::PrintSettings;
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Marks the sections opened only for paper, to fold them again afterwards.
const OPENED_FOR_PRINT: &str = "data-opened-for-print";

/// Paper gets the whole document whatever is folded on screen (unless the reader chose to print
/// what is on screen). The print stylesheet already
/// shows folded content where the browser supports `::details-content`; opening every folded
/// section for the duration of printing covers the browsers that do not. Done on the DOM, with
/// the fold signals untouched: a signal read by every section would cost as much as the
/// sections are many each time one of them changes.
pub fn expand_everything_while_printing(state: ReaderState, settings: RwSignal<PrintSettings>) {
    listen_on_window("beforeprint", Phase::Bubble, move |_| {
        state.printing.set_value(true);
        if settings.with_untracked(|s| s.on_screen) {
            return;
        }
        for details in sections("details.section:not([open])") {
            let _ = details.set_attribute(OPENED_FOR_PRINT, "");
            details.set_open(true);
        }
    });
    listen_on_window("afterprint", Phase::Bubble, move |_| {
        for details in sections(&format!("details[{OPENED_FOR_PRINT}]")) {
            let _ = details.remove_attribute(OPENED_FOR_PRINT);
            details.set_open(false);
        }
        state.printing.set_value(false);
    });
}

fn sections(selector: &str) -> Vec<web_sys::HtmlDetailsElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

pub fn print_page() {
    if let Err(err) = window().print() {
        leptos::logging::error!("print failed: {err:?}");
    }
}
