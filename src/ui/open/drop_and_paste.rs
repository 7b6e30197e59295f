use crate::ui::language::language;
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if carries_files(&ev) {
            // Without this the browser opens the file itself, leaving the app.
            ev.prevent_default();
            set_dropping(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window, not moving between elements.
        if ev.related_target().is_none() {
            set_dropping(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        set_dropping(false);
        let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        ev.prevent_default();
        current.open_file(file);
    });
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if typing_in_a_box(&ev) {
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
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
        paste.remove();
    });
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

fn typing_in_a_box(ev: &web_sys::Event) -> bool {
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| {
        matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA") || e.closest("[contenteditable]").ok().flatten().is_some()
    })
}
