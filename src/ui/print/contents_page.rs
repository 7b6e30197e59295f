use crate::model::{Document, Section};
use crate::ui::open::current_document::CurrentDocument;
use crate::ui::print::settings::PrintSettings;
use leptos::prelude::*;

/// The outline (目录) as a page of its own before the text, on paper only, when asked for in
/// the print panel; headed in the document's language, not the interface's. Built only while
/// asked for: a long law has thousands of entries, which opening it need not wait for.
#[component]
pub fn PrintOutline() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let settings = expect_context::<RwSignal<PrintSettings>>();
    move || {
        if !settings.with(|s| s.outline) {
            return None;
        }
        let doc = current.doc.get();
        Some(view! {
            <nav class="print-outline-page" aria-hidden="true">
                <h2>{if doc.is_chinese() { "目录" } else { "Contents" }}</h2>
                {entries(&doc, &doc.sections)}
            </nav>
        })
    }
}

fn entries(doc: &Document, sections: &[Section]) -> AnyView {
    let items = sections
        .iter()
        .map(|s| {
            let children = (!s.children.is_empty()).then(|| entries(doc, &s.children));
            view! { <li>{doc.text(s.heading.text).to_string()}{children}</li> }
        })
        .collect_view();
    view! { <ol>{items}</ol> }.into_any()
}
