use super::state::ReaderState;
use crate::model::Span;
use leptos::either::Either;
use leptos::prelude::*;

/// A span of the document as text nodes, with each match of the filter in a `<mark>`.
#[component]
pub fn MarkedText(span: Span) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let marks = Memo::new(move |_| state.matches.with(|m| m.within(span).to_vec()));
    move || marks.with(|m| segments(state, span, m))
}

fn segments(state: ReaderState, span: Span, marks: &[Span]) -> Vec<impl IntoView> {
    state.doc.with_value(|doc| {
        let mut out = Vec::with_capacity(marks.len() * 2 + 1);
        let mut at = span.start;
        for m in marks {
            if m.start > at {
                out.push(Either::Left(doc.text(Span::new(at, m.start)).to_string()));
            }
            out.push(Either::Right(view! { <mark>{doc.text(*m).to_string()}</mark> }));
            at = m.end;
        }
        if at < span.end || out.is_empty() {
            out.push(Either::Left(doc.text(Span::new(at, span.end)).to_string()));
        }
        out
    })
}
