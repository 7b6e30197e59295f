use super::current_document::{CurrentDocument, MAX_FILE_BYTES};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that opens a .txt or .md file from the reader's computer.
#[component]
pub fn FileOpener() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        let file = gloo_file::File::from(file);
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            let limit = MAX_FILE_BYTES / 1024 / 1024;
            current.refuse(&name, &format!("文件超过 {limit} MB。The file is larger than {limit} MB."));
            return;
        }
        spawn_local(async move {
            match gloo_file::futures::read_as_bytes(&file).await {
                Ok(bytes) => current.open(&name, &bytes),
                Err(err) => current.refuse(&name, &err.to_string()),
            }
        });
    };
    view! {
        <label class="file-opener no-print">
            "打开文件"
            <input type="file" data-testid="open-file" accept=".txt,.md,.markdown,text/plain,text/markdown" on:change=on_change />
        </label>
    }
}
