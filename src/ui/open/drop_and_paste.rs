use crate::ui::browser::listener::listen_on_window_for;
use crate::ui::browser::tools;
use crate::ui::browser::typing::typing_in_a_field;
use crate::ui::language::{language, tr};
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A file dropped anywhere on the page is opened, or, dropped on the target that says so
/// ([`DropTargets`]), compared with the document as its earlier version; text pasted into the
/// page (not into a box) is opened as a document. While a file is dragged over the page, the
/// root element carries `dropping` so the style sheet can show the targets.
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
            tools::warm_up();
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
        let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        ev.prevent_default();
        let on_base = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(BASE_TARGET).ok().flatten())
            .is_some();
        if on_base {
            current.open_base_file(file);
        } else {
            current.open_file(file);
        }
    });
    listen_on_window_for("paste", move |ev: &web_sys::ClipboardEvent| {
        if typing_in_a_field(ev) {
            return;
        }
        let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        else {
            return;
        };
        if text.trim().is_empty() {
            return;
        }
        ev.prevent_default();
        let name = language
            .get_untracked()
            .pick("粘贴的文本.txt", "Pasted text.txt");
        current.open(name, text.into_bytes());
    });
}

const BASE_TARGET: &str = "[data-drop=base]";

/// Where a dragged file can go, shown while one is over the page: anywhere to open it, or the
/// smaller target to compare the document on screen with it as the earlier version.
#[component]
pub fn DropTargets() -> impl IntoView {
    view! {
        <div class="drop-targets no-print" aria-hidden="true">
            <div data-drop="open">{tr("松开以打开文件", "Drop to open")}</div>
            <div data-drop="base" data-testid="drop-base">{tr("拖到这里：作为旧版本与当前文档对照", "Drop here to compare the document with it as the earlier version")}</div>
        </div>
    }
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| {
        d.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}
