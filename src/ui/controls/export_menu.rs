//! Export: the outline copied to the clipboard (users paste outlines into their own reports),
//! the outline and the text downloaded as Markdown, the model as JSON (written by the second
//! wasm, which carries serde).

use crate::export::{outline_markdown, text_markdown};
use crate::model::Document;
use crate::ui::browser::{clipboard, download};
use crate::ui::controls::prepared_download::{save_from_tools, Preparing, PreparingStatus};
use crate::ui::language::{language, tr};
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;
use web_sys::js_sys::Array;

#[component]
pub fn ExportMenu() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    // What the last copy did, for the reader and for screen readers.
    let copied = RwSignal::new(None::<bool>);
    let copy_outline = move |_| {
        let title = current.title.get_untracked();
        let outline = current
            .doc
            .with_untracked(|doc| outline_markdown(doc, &title));
        leptos::task::spawn_local(async move {
            copied.set(Some(clipboard::copy(&outline).await));
        });
    };
    // `suffix` (Chinese, English) follows the title in the file's name.
    let download = move |what: fn(&Document, &str) -> String,
                         suffix: (&'static str, &'static str),
                         extension: &'static str,
                         mime: &'static str| {
        move |_| {
            let title = current.title.get_untracked();
            let text = current.doc.with_untracked(|doc| what(doc, &title));
            let suffix = language.get_untracked().pick(suffix.0, suffix.1);
            let name = format!("{}{suffix}.{extension}", file_name(&title));
            download::save(&text, &name, mime);
        }
    };
    let json = RwSignal::new(Preparing::Idle);
    let download_json = move |_| {
        let title = current.title.get_untracked();
        let text = current.doc.with_untracked(|doc| doc.source.clone());
        let name = format!("{}.json", file_name(&title));
        save_from_tools(
            "model_json",
            Array::of1(&text.as_str().into()),
            name,
            "application/json",
            json,
        );
    };
    let copy_status = move || match (copied.get(), language.get()) {
        (None, _) => "",
        (Some(true), l) => l.pick("已复制。", "Copied."),
        (Some(false), l) => l.pick("浏览器不允许复制。", "The browser did not allow copying."),
    };

    view! {
        <details class="menu export-menu no-print" data-testid="export-menu">
            <summary>{tr("导出", "Export")}</summary>
            <div class="menu-items">
                <button type="button" data-testid="copy-outline" on:click=copy_outline>{tr("复制提纲", "Copy the outline")}</button>
                <output data-testid="copy-status" aria-live="polite">{copy_status}</output>
                <button type="button" data-testid="download-outline" on:click=download(outline_markdown, ("-提纲", "-outline"), "md", "text/markdown")>
                    {tr("下载提纲（Markdown）", "Download the outline (Markdown)")}
                </button>
                <button type="button" data-testid="download-text" on:click=download(text_markdown, ("", ""), "md", "text/markdown")>
                    {tr("下载全文（Markdown）", "Download the text (Markdown)")}
                </button>
                <button type="button" data-testid="download-json" on:click=download_json>
                    {tr("下载文档结构（JSON）", "Download the model (JSON)")}
                </button>
                <PreparingStatus state=json />
            </div>
        </details>
    }
}

/// The title as a file name: without the characters file systems refuse.
pub fn file_name(title: &str) -> String {
    let name: String = title
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let name = name.trim().trim_matches('.');
    if name.is_empty() {
        "document".to_string()
    } else {
        name.chars().take(80).collect()
    }
}
