//! The reading aids: how long the document and each section are, and how long they take to
//! read.

use super::current_document::CurrentDocument;
use super::language::{language, Language};
use crate::model::{Length, Span};
use leptos::prelude::*;

/// `12,345 字 · 约 31 分钟`, or `12,345 characters · 31 min read` in English.
pub fn describe(length: Length, language: Language) -> String {
    let (count, minutes) = (grouped(length.count()), length.minutes());
    match language {
        Language::Chinese => format!("{count} 字 · 约 {minutes} 分钟"),
        Language::English => {
            let unit = if length.han >= length.words { "characters" } else { "words" };
            format!("{count} {unit} · {minutes} min read")
        }
    }
}

/// The length of the whole document, under its title.
#[component]
pub fn DocumentLength() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    let length = Memo::new(move |_| current.doc.with(|doc| doc.length(Span::new(0, doc.source.len()))));
    view! {
        <p class="reading-length document-length no-print" data-testid="document-length">
            {move || describe(length.get(), language.get())}
        </p>
    }
}

/// 1234567 → `1,234,567` (without the float formatting a locale-aware formatter links in).
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}
