//! The last documents opened, kept in this browser (localStorage) with their titles: a reload or
//! a return visit reopens the last one, and the reader can go back to any of them or remove them.
//! Nothing leaves the browser.

pub use crate::browser_storage::Recent;
use crate::browser_storage::{
    document_key as text_key, read_index, write_index, RECENT as INDEX, SAMPLE_CHOSEN,
};
use crate::ui::browser::storage;
use crate::ui::language::Message;

const KEEP: usize = 5;

/// The documents kept, the last opened first.
pub fn list() -> Vec<Recent> {
    read_index(&storage::get(INDEX).unwrap_or_default())
}

/// Keeps `text` as the last document opened; its id, or why the browser would not keep it.
pub fn remember(text: &str, title: &str, source: Option<&str>) -> Result<String, Message> {
    let id = format!("{:016x}", fingerprint(text.as_bytes()));
    let mut kept: Vec<Recent> = list().into_iter().filter(|r| r.id != id).collect();
    kept.insert(
        0,
        Recent {
            id: id.clone(),
            title: clean(title),
            source: source.map(clean),
        },
    );
    for dropped in kept.split_off(KEEP.min(kept.len())) {
        storage::remove(&text_key(&dropped.id));
    }
    if !storage::set(&text_key(&id), text) {
        // Quota full (or no storage at all): the document stays on screen, only not kept.
        return Err(Message::new(
            "浏览器存储已满（或不允许保存），这份文档没有保存，关闭后需重新打开。",
            "Browser storage is full (or not allowed): the document is not kept, and must be opened again after closing.",
        ));
    }
    write(&kept);
    Ok(id)
}

/// Makes a kept document the last opened, without writing its text again.
pub fn touch(id: &str) {
    let (this, mut others): (Vec<Recent>, Vec<Recent>) =
        list().into_iter().partition(|r| r.id == id);
    others.splice(0..0, this);
    write(&others);
}

pub fn retitle(id: &str, title: &str) {
    let kept: Vec<Recent> = list()
        .into_iter()
        .map(|r| {
            if r.id == id {
                Recent {
                    title: clean(title),
                    ..r
                }
            } else {
                r
            }
        })
        .collect();
    write(&kept);
}

pub fn load(id: &str) -> Option<String> {
    storage::get(&text_key(id))
}

pub fn forget(id: &str) {
    storage::remove(&text_key(id));
    write(
        &list()
            .into_iter()
            .filter(|r| r.id != id)
            .collect::<Vec<_>>(),
    );
}

/// Whether the reader went back to the sample, so that a reload shows it rather than the last
/// document (which stays in the list).
pub fn sample_chosen() -> bool {
    storage::get(SAMPLE_CHOSEN).is_some()
}

pub fn choose_sample(chosen: bool) {
    if chosen {
        storage::set(SAMPLE_CHOSEN, "1");
    } else {
        storage::remove(SAMPLE_CHOSEN);
    }
}

/// FNV-1a: a document's identity in this browser's records, cheap on megabytes.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

fn write(kept: &[Recent]) {
    storage::set(INDEX, &write_index(kept));
}

fn clean(title: &str) -> String {
    title.replace(['\t', '\n', '\r'], " ")
}
