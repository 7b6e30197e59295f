//! The last documents opened, kept in this browser (localStorage) with their titles: a reload or
//! a return visit reopens the last one, and the reader can go back to any of them or remove them.
//! Nothing leaves the browser.

use crate::ui::browser::storage;
use crate::ui::language::Message;

const INDEX: &str = "docview.recent";
const KEEP: usize = 5;
const SAMPLE_CHOSEN: &str = "docview.sample";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recent {
    pub id: String,
    pub title: String,
    /// The address of a document that came from another host through a link (`?doc=`); none
    /// for the reader's own files and the site's own documents.
    pub source: Option<String>,
}

/// The documents kept, the last opened first.
pub fn list() -> Vec<Recent> {
    let index = storage::get(INDEX).unwrap_or_default();
    index
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (id, title) = (fields.next()?, fields.next()?);
            let source = fields.next().filter(|s| !s.is_empty()).map(str::to_string);
            Some(Recent {
                id: id.to_string(),
                title: title.to_string(),
                source,
            })
        })
        .collect()
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
    let index: String = kept
        .iter()
        .map(|r| {
            format!(
                "{}\t{}\t{}\n",
                r.id,
                r.title,
                r.source.as_deref().unwrap_or_default()
            )
        })
        .collect();
    storage::set(INDEX, &index);
}

fn clean(title: &str) -> String {
    title.replace(['\t', '\n', '\r'], " ")
}

fn text_key(id: &str) -> String {
    format!("docview.doc.{id}")
}
