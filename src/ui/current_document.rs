//! The document on screen, its title, and the message about the last attempt to open one.

use super::text_decoder::decode_gb18030;
use crate::decode::decode_with;
use crate::model::Document;
use crate::parse::parse;
use leptos::prelude::*;
use std::sync::Arc;

/// Files above this size are refused before they are read: the tab would freeze on them.
const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

#[derive(Clone, Copy)]
pub struct CurrentDocument {
    pub doc: RwSignal<Arc<Document>>,
    pub title: RwSignal<String>,
    /// Why the last file could not be opened; the document on screen stays.
    pub problem: RwSignal<Option<String>>,
    /// The name of a document being fetched (`?doc=`).
    pub loading: RwSignal<Option<String>>,
}

impl CurrentDocument {
    pub fn new(text: &str, fallback_title: &str) -> Self {
        let doc = parse(text.to_string());
        let title = doc.title().unwrap_or_else(|| fallback_title.to_string());
        CurrentDocument {
            doc: RwSignal::new(Arc::new(doc)),
            title: RwSignal::new(title),
            problem: RwSignal::new(None),
            loading: RwSignal::new(None),
        }
    }

    /// Opens the bytes of a file, or says why not and keeps what is on screen.
    pub fn open(&self, file_name: &str, bytes: &[u8]) {
        match decode_with(bytes, decode_gb18030) {
            Ok(text) => {
                let doc = parse(text);
                self.title.set(doc.title().unwrap_or_else(|| file_stem(file_name).to_string()));
                self.doc.set(Arc::new(doc));
                self.problem.set(None);
            }
            Err(err) => self.refuse(file_name, &err.to_string()),
        }
    }

    /// Reads a file the reader chose (file picker, drop) and opens it.
    pub fn open_file(&self, file: web_sys::File) {
        let file = gloo_file::File::from(file);
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            let limit = MAX_FILE_BYTES / 1024 / 1024;
            self.refuse(&name, &format!("文件超过 {limit} MB。The file is larger than {limit} MB."));
            return;
        }
        let current = *self;
        leptos::task::spawn_local(async move {
            match gloo_file::futures::read_as_bytes(&file).await {
                Ok(bytes) => current.open(&name, &bytes),
                Err(err) => current.refuse(&name, &err.to_string()),
            }
        });
    }

    pub fn refuse(&self, file_name: &str, why: &str) {
        self.problem.set(Some(format!("无法打开“{file_name}”：{why}")));
    }
}

fn file_stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
