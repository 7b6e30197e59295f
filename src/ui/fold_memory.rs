//! The sections the reader folded, remembered per document in this browser: a reload or a
//! return visit finds the document folded as it was left.

use super::recent_documents::fingerprint;
use super::state::ReaderState;
use crate::model::Document;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Folds the sections folded last time this document was open, then keeps the record current.
pub fn remember_folds(state: ReaderState, doc: &Document) {
    let key = format!("docview.folds.{:016x}", fingerprint(doc.source.as_bytes()));
    let storage = window().local_storage().ok().flatten();
    let saved = storage.as_ref().and_then(|s| s.get_item(&key).ok().flatten()).unwrap_or_default();
    state.open.with_value(|open| {
        for index in saved.split(',').filter_map(|i| i.parse::<usize>().ok()) {
            if let Some(section) = open.get(index) {
                section.set(false);
            }
        }
    });
    // Saved a moment after the last fold changes (`toggle` fires for each), reading the signals
    // untracked: an effect subscribed to every section's signal would re-run for each of
    // thousands of toggles while a long document opens.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let save = move || {
        // Gone if the document was closed meanwhile.
        let Some(folded) = state.open.try_with_value(|open| {
            open.iter().enumerate().filter(|(_, s)| !s.get_untracked()).map(|(i, _)| i.to_string()).collect::<Vec<_>>()
        }) else {
            return;
        };
        let Some(storage) = window().local_storage().ok().flatten() else { return };
        // A full storage keeps the old record; the page is unaffected.
        let _ = if folded.is_empty() { storage.remove_item(&key) } else { storage.set_item(&key, &folded.join(",")) };
    };
    let on_toggle = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let on_section = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.matches("details.section").unwrap_or(false));
        if !on_section || state.printing.get_value() {
            return;
        }
        // One save for a burst of toggles (folding everything fires one per section): it reads
        // the state when it runs.
        if pending.try_with_value(Option::is_some).unwrap_or(true) {
            return;
        }
        let save = save.clone();
        if let Ok(handle) = set_timeout_with_handle(move || {
            pending.try_set_value(None);
            save();
        }, SAVE_AFTER) {
            pending.set_value(Some(handle));
        }
    });
    // `toggle` does not bubble: listen in the capture phase.
    let function: web_sys::js_sys::Function = on_toggle.as_ref().unchecked_ref::<web_sys::js_sys::Function>().clone();
    let _ = window().add_event_listener_with_callback_and_bool("toggle", &function, true);
    let attached = StoredValue::new_local(Some((on_toggle, function)));
    on_cleanup(move || {
        if let Some((_listener, function)) = attached.try_update_value(Option::take).flatten() {
            let _ = window().remove_event_listener_with_callback_and_bool("toggle", &function, true);
        }
    });
}

const SAVE_AFTER: Duration = Duration::from_millis(200);
