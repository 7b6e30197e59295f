//! The sections the reader folded, remembered per document in this browser: a reload or a
//! return visit finds the document folded as it was left.

use crate::model::Document;
use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::browser::storage;
use crate::ui::open::recent_store::fingerprint;
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Folds the sections folded last time this document was open, then keeps the record current.
pub fn remember_folds(state: ReaderState, doc: &Document) {
    let key = crate::browser_storage::folds_key(fingerprint(doc.source.as_bytes()));
    let saved = storage::get(&key).unwrap_or_default();
    for index in saved.split(',').filter_map(|i| i.parse::<usize>().ok()) {
        state.folds.set_open(index, false);
    }
    let pending = StoredValue::new(false);
    let save = move || {
        // Gone if the document was closed meanwhile.
        let Some(folded) = state.folds.folded_if_open() else {
            return;
        };
        let folded: Vec<String> = folded.iter().map(usize::to_string).collect();
        // A full storage keeps the old record; the page is unaffected.
        if folded.is_empty() {
            storage::remove(&key);
        } else {
            storage::set(&key, &folded.join(","));
        }
    };
    listen_on_window("toggle", Phase::Capture, move |ev| {
        let on_section = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.matches("details.section").unwrap_or(false));
        if !on_section || state.printing.try_get_value().unwrap_or(true) {
            return;
        }
        // One save for a burst of toggles (folding everything fires one per section), a moment
        // after the last: it reads the state when it runs.
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
}

const SAVE_AFTER: Duration = Duration::from_millis(200);
