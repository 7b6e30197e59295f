//! The sections the reader folded, remembered per document in this browser: a reload or a
//! return visit finds the document folded as it was left.

use super::browser_storage;
use super::recent_documents::fingerprint;
use super::state::ReaderState;
use crate::model::Document;
use leptos::prelude::*;
use std::time::Duration;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Folds the sections folded last time this document was open, then keeps the record current.
pub fn remember_folds(state: ReaderState, doc: &Document) {
    let key = format!("docview.folds.{:016x}", fingerprint(doc.source.as_bytes()));
    let saved = browser_storage::get(&key).unwrap_or_default();
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
    let pending = StoredValue::new(false);
    let save = move || {
        // Gone if the document was closed meanwhile.
        let Some(folded) = state.open.try_with_value(|open| {
            open.iter().enumerate().filter(|(_, s)| !s.get_untracked()).map(|(i, _)| i.to_string()).collect::<Vec<_>>()
        }) else {
            return;
        };
        // A full storage keeps the old record; the page is unaffected.
        if folded.is_empty() {
            browser_storage::remove(&key);
        } else {
            browser_storage::set(&key, &folded.join(","));
        }
    };
    // `toggle` does not bubble: listen in the capture phase.
    let on_toggle = EventListener::new_with_options(&window(), "toggle", EventListenerOptions::run_in_capture_phase(), move |ev| {
        let on_section = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.matches("details.section").unwrap_or(false));
        if !on_section || state.printing.get_value() {
            return;
        }
        // One save for a burst of toggles (folding everything fires one per section): it reads
        // the state when it runs.
        if pending.try_get_value().unwrap_or(true) {
            return;
        }
        pending.set_value(true);
        let save = save.clone();
        set_timeout(
            move || {
                pending.try_set_value(false);
                save();
            },
            SAVE_AFTER,
        );
    });
    // Removed when dropped, with the reader.
    let attached = StoredValue::new_local(Some(on_toggle));
    on_cleanup(move || drop(attached.try_update_value(Option::take)));
}

const SAVE_AFTER: Duration = Duration::from_millis(200);
