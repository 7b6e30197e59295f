//! The reading aids: how long the document and each section are, and how long they take to
//! read.

use crate::model::{Length, Span};
use crate::ui::language::{language, Language};
use crate::ui::open::current_document::{CurrentDocument, LONG_DOCUMENT_BYTES};
use leptos::prelude::*;
use std::time::Duration;

/// The length in the interface's language.
pub fn describe(length: Length, language: Language) -> String {
    length.describe(language == Language::Chinese)
}

/// The length of the whole document, under its title; a long document's a task after it is
/// shown, so that its first screen does not wait for the count.
#[component]
pub fn DocumentLength() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    let count = |doc: &crate::model::Document| doc.length(Span::new(0, doc.source.len()));
    // A short document's length is there from the first frame.
    let length = RwSignal::new(
        current
            .doc
            .with_untracked(|doc| (doc.source.len() <= LONG_DOCUMENT_BYTES).then(|| count(doc))),
    );
    Effect::new(move |_| {
        let doc = current.doc.get();
        if doc.source.len() <= LONG_DOCUMENT_BYTES {
            length.set(Some(count(&doc)));
            return;
        }
        length.set(None);
        set_timeout(
            move || {
                // Still the document shown.
                if current
                    .doc
                    .with_untracked(|shown| std::sync::Arc::ptr_eq(shown, &doc))
                {
                    length.try_set(Some(count(&doc)));
                }
            },
            Duration::ZERO,
        );
    });
    view! {
        <p class="reading-length document-length no-print" data-testid="document-length">
            {move || length.get().map(|l| describe(l, language.get()))}
        </p>
    }
}
