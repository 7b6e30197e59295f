//! This browser's localStorage, where docview keeps the reader's choices and recent documents.
//! A browser that refuses storage (private modes, policies) leaves every choice unremembered.

use leptos::prelude::*;

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; false if the browser would not (no storage, or it is full).
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
