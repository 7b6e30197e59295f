use super::reader::Reader;
use super::title_editor::TitleEditor;
use crate::model::Document;
use crate::parse::parse;
use crate::sample;
use leptos::prelude::*;
use std::sync::Arc;

/// The page shell: the open document and its title.
#[component]
pub fn App() -> impl IntoView {
    let doc = RwSignal::new(Arc::new(parse(sample::TEXT.to_string())));
    let title = RwSignal::new(initial_title(&doc.get_untracked(), sample::TITLE));

    Effect::new(move |_| document().set_title(&format!("{} · docview", title.get())));

    view! {
        <header class="masthead">
            <TitleEditor title=title />
        </header>
        {move || view! { <Reader doc=doc.get() /> }}
    }
}

/// The document's own title line, else the given fallback (the sample's title or a file name).
fn initial_title(doc: &Document, fallback: &str) -> String {
    doc.title().unwrap_or_else(|| fallback.to_string())
}
