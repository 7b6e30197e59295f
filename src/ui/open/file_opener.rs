use crate::icons;
use crate::ui::browser::tools;
use crate::ui::controls::icon::Icon;
use crate::ui::language::tr;
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;

/// A button that opens a file from the reader's computer: text, Markdown, Word (.docx) or a saved web page.
#[component]
pub fn FileOpener() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        current.open_file(file);
    };
    view! {
        <label class="file-opener no-print" title=tr("打开文件", "Open a file")>
            <Icon path=icons::OPEN /><span class="control-label">{tr("打开文件", "Open a file")}</span>
            <input type="file" data-testid="open-file" aria-label=tr("打开文件", "Open a file") accept=".txt,.md,.markdown,.docx,.ofd,.pdf,.html,.htm,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/ofd,application/pdf"
                on:click=|_| tools::warm_up() on:change=on_change />
        </label>
    }
}
