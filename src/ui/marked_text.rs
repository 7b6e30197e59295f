use super::filter_views::UnitFilter;
use super::state::ReaderState;
use crate::model::Span;
use leptos::either::Either;
use leptos::prelude::*;

/// A span of the document as text nodes, with each match of the filter in a `<mark>`.
/// `unit` is the filter's view of the enclosing block or heading.
#[component]
pub fn MarkedText(span: Span, unit: RwSignal<UnitFilter>) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    // A block is cut into several texts (sentences, key points): each re-renders only when its
    // own marks change, not whenever its block's do.
    let inside = Memo::new(move |_| unit.with(|u| u.marks.iter().filter(|m| span.contains(**m)).copied().collect::<Vec<_>>()));
    move || inside.with(|marks| segments(state, span, marks))
}

fn segments(state: ReaderState, span: Span, marks: &[Span]) -> Vec<impl IntoView> {
    state.doc.with_value(|doc| {
        let mut out = Vec::with_capacity(marks.len() * 2 + 1);
        let mut at = span.start;
        for &m in marks {
            if m.start > at {
                out.push(Either::Left(doc.text(Span::new(at, m.start)).to_string()));
            }
            out.push(Either::Right(view! { <mark>{doc.text(m).to_string()}</mark> }));
            at = m.end;
        }
        if at < span.end || out.is_empty() {
            out.push(Either::Left(doc.text(Span::new(at, span.end)).to_string()));
        }
        out
    })
}
