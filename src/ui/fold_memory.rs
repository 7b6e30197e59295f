//! The sections the reader folded, remembered per document in this browser: a reload or a
//! return visit finds the document folded as it was left.

use super::recent_documents::fingerprint;
use super::state::ReaderState;
use crate::model::Document;
use leptos::prelude::*;

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
    Effect::new(move |previous: Option<()>| {
        let folded: Vec<String> = state.open.with_value(|open| {
            open.iter().enumerate().filter(|(_, s)| !s.get()).map(|(i, _)| i.to_string()).collect()
        });
        if previous.is_none() {
            return;
        }
        let Some(storage) = window().local_storage().ok().flatten() else { return };
        // A full storage keeps the old record; the page is unaffected.
        let _ = if folded.is_empty() { storage.remove_item(&key) } else { storage.set_item(&key, &folded.join(",")) };
    });
}
