//! The last documents opened, kept in this browser (localStorage) with their titles: a reload or
//! a return visit reopens the last one, and the reader can go back to any of them or remove them.
//! Nothing leaves the browser.

use super::language::Message;
use leptos::prelude::*;

const INDEX: &str = "docview.recent";
const KEEP: usize = 5;
const SAMPLE_CHOSEN: &str = "docview.sample";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recent {
    pub id: String,
    pub title: String,
}

/// The documents kept, the last opened first.
pub fn list() -> Vec<Recent> {
    let index = storage().and_then(|s| s.get_item(INDEX).ok().flatten()).unwrap_or_default();
    index
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(id, title)| Recent { id: id.to_string(), title: title.to_string() })
        .collect()
}

/// Keeps `text` as the last document opened; its id, or why the browser would not keep it.
pub fn remember(text: &str, title: &str) -> Result<String, Message> {
    let storage = storage().ok_or_else(|| Message::new("浏览器不允许保存。", "The browser does not allow saving."))?;
    let id = format!("{:016x}", fingerprint(text.as_bytes()));
    let mut kept: Vec<Recent> = list().into_iter().filter(|r| r.id != id).collect();
    kept.insert(0, Recent { id: id.clone(), title: clean(title) });
    for dropped in kept.split_off(KEEP.min(kept.len())) {
        let _ = storage.remove_item(&text_key(&dropped.id));
    }
    if storage.set_item(&text_key(&id), text).is_err() {
        // Quota full: the document stays on screen, only not kept.
        return Err(Message::new(
            "浏览器存储已满，这份文档没有保存，关闭后需重新打开。",
            "Browser storage is full: the document is not kept, and must be opened again after closing.",
        ));
    }
    write(&storage, &kept);
    Ok(id)
}

/// Makes a kept document the last opened, without writing its text again.
pub fn touch(id: &str) {
    let Some(storage) = storage() else { return };
    let (this, mut others): (Vec<Recent>, Vec<Recent>) = list().into_iter().partition(|r| r.id == id);
    others.splice(0..0, this);
    write(&storage, &others);
}

pub fn retitle(id: &str, title: &str) {
    let Some(storage) = storage() else { return };
    let kept: Vec<Recent> =
        list().into_iter().map(|r| if r.id == id { Recent { title: clean(title), ..r } } else { r }).collect();
    write(&storage, &kept);
}

pub fn load(id: &str) -> Option<String> {
    storage()?.get_item(&text_key(id)).ok().flatten()
}

pub fn forget(id: &str) {
    let Some(storage) = storage() else { return };
    let _ = storage.remove_item(&text_key(id));
    write(&storage, &list().into_iter().filter(|r| r.id != id).collect::<Vec<_>>());
}

/// Whether the reader went back to the sample, so that a reload shows it rather than the last
/// document (which stays in the list).
pub fn sample_chosen() -> bool {
    storage().and_then(|s| s.get_item(SAMPLE_CHOSEN).ok().flatten()).is_some()
}

pub fn choose_sample(chosen: bool) {
    let Some(storage) = storage() else { return };
    let _ = if chosen { storage.set_item(SAMPLE_CHOSEN, "1") } else { storage.remove_item(SAMPLE_CHOSEN) };
}

/// FNV-1a: a document's identity in this browser's records, cheap on megabytes.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

fn write(storage: &web_sys::Storage, kept: &[Recent]) {
    let index: String = kept.iter().map(|r| format!("{}\t{}\n", r.id, r.title)).collect();
    let _ = storage.set_item(INDEX, &index);
}

fn clean(title: &str) -> String {
    title.replace(['\t', '\n', '\r'], " ")
}

fn text_key(id: &str) -> String {
    format!("docview.doc.{id}")
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
