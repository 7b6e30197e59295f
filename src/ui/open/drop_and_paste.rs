use crate::ui::language::language;
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;
use crate::ui::browser::listener::listen_on_window_for;
use crate::ui::browser::typing::typing_in_a_field;

/// A file dropped anywhere on the page is opened; text pasted into the page (not into a box) is
/// opened as a document. While a file is dragged over the page, the root element carries
/// `dropping` so the style sheet can show where it will go.
pub fn open_dropped_and_pasted(current: CurrentDocument) {
    let language = language();
    let root = || document().document_element();
    let set_dropping = move |on: bool| {
        if let Some(root) = root() {
            let _ = root.class_list().toggle_with_force("dropping", on);
        }
    };
    listen_on_window_for("dragover", move |ev: &web_sys::DragEvent| {
        if carries_files(ev) {
            // Without this the browser opens the file itself, leaving the app.
            ev.prevent_default();
            set_dropping(true);
        }
    });
    listen_on_window_for("dragleave", move |ev: &web_sys::DragEvent| {
        // Leaving the window, not moving between elements.
        if ev.related_target().is_none() {
            set_dropping(false);
        }
    });
    listen_on_window_for("drop", move |ev: &web_sys::DragEvent| {
        set_dropping(false);
        let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        ev.prevent_default();
        current.open_file(file);
    });
    listen_on_window_for("paste", move |ev: &web_sys::ClipboardEvent| {
        if typing_in_a_field(ev) {
            return;
        }
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
        if text.trim().is_empty() {
            return;
        }
        ev.prevent_default();
        let name = language.get_untracked().pick("粘贴的文本.txt", "Pasted text.txt");
        current.open(name, text.as_bytes());
    });
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}
