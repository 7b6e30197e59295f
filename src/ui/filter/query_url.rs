//! The filter's query in the page's URL (`?q=…`): a filtered view can be shared as a link,
//! survives a reload, and back / forward step through the queries typed.

use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::state::FilterSettings;
use leptos::prelude::*;
use std::time::Duration;

const PARAM: &str = "q";

/// The query in the URL the page was opened with.
pub fn query_in_url() -> String {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get(PARAM))
        .unwrap_or_default()
}

/// Keeps the query and the URL in step. The first change after the reader finished typing
/// (see [`FilterSettings::typing_done`]) starts a new history entry; the keystrokes after it
/// update that entry, so back returns to the query before. The URL is written once typing
/// pauses (a reload within the pause shows the query before): Chromium takes milliseconds for
/// each history change, a keystroke's budget.
pub fn sync_query_with_url(filter: FilterSettings) {
    let from_history = StoredValue::new(false);
    // The write waiting for typing to pause: its timer and whether it starts a new entry.
    let pending = StoredValue::new_local(None::<(TimeoutHandle, bool)>);
    let take_pending = move || {
        let (handle, new_entry) = pending.try_update_value(Option::take).flatten()?;
        handle.clear();
        Some(new_entry)
    };
    Effect::new(move |previous: Option<()>| {
        let q = filter.query.get();
        if previous.is_none() || from_history.get_value() {
            from_history.set_value(false);
            return;
        }
        let new_entry = filter.typing_done.get_value() | take_pending().unwrap_or(false);
        filter.typing_done.set_value(false);
        let write = move || {
            pending.set_value(None);
            write_url(&q, new_entry);
        };
        if let Ok(handle) = set_timeout_with_handle(write, TYPING_PAUSE) {
            pending.set_value(Some((handle, new_entry)));
        }
    });
    listen_on_window("popstate", Phase::Bubble, move |_| {
        take_pending();
        from_history.set_value(true);
        filter.typing_done.set_value(true);
        // Back to no query closes the bar (on a narrow screen).
        let query = query_in_url();
        if query.is_empty() {
            filter.bar_open.set(false);
        }
        filter.query.set(query);
    });
}

const TYPING_PAUSE: Duration = Duration::from_millis(300);

fn write_url(q: &str, new_entry: bool) {
    let Ok(url) = web_sys::Url::new(&window().location().href().unwrap_or_default()) else {
        return;
    };
    if q.is_empty() {
        url.search_params().delete(PARAM);
    } else {
        url.search_params().set(PARAM, q);
    }
    let Ok(history) = window().history() else {
        return;
    };
    let href = url.href();
    let _ = if new_entry {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
    };
}
