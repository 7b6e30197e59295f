//! The reading aids: how long the document and each section are, and how long they take to
//! read.

use crate::model::{Length, Span};
use crate::ui::language::{language, Language};
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;

/// The length in the interface's language.
pub fn describe(length: Length, language: Language) -> String {
    length.describe(language == Language::Chinese)
}

/// The length of the whole document, under its title.
#[component]
pub fn DocumentLength() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    let length = Memo::new(move |_| {
        current
            .doc
            .with(|doc| doc.length(Span::new(0, doc.source.len())))
    });
    view! {
        <p class="reading-length document-length no-print" data-testid="document-length">
            {move || describe(length.get(), language.get())}
        </p>
    }
}
