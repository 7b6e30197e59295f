use super::state::ReaderState;
use crate::model::Span;
use leptos::either::Either;
use leptos::prelude::*;

/// The matches inside one block or heading, and the number of the first of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalMarks {
    first: usize,
    spans: Vec<Span>,
}

impl LocalMarks {
    /// Whether any of the matches lies inside `span`.
    pub fn touches(&self, span: Span) -> bool {
        self.spans.iter().any(|s| span.contains(*s))
    }
}

/// The matches inside `span`, recomputed per query but changing (and so re-rendering what
/// shows them) only when the matches there change.
pub fn local_marks(state: ReaderState, span: Span) -> Memo<LocalMarks> {
    Memo::new(move |_| {
        state.matches.with(|m| LocalMarks { first: m.spans.partition_point(|s| s.start < span.start), spans: m.within(span).to_vec() })
    })
}

/// A span of the document as text nodes, with each match of the filter in a `<mark>`; the
/// match the reader moved to is `.current`. `marks` are those of the enclosing block.
#[component]
pub fn MarkedText(span: Span, marks: Memo<LocalMarks>) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    move || {
        marks.with(|local| {
            let skipped = local.spans.partition_point(|s| s.start < span.start);
            let inside: Vec<Span> = local.spans[skipped..].iter().take_while(|s| s.end <= span.end).copied().collect();
            segments(state, span, local.first + skipped, &inside)
        })
    }
}

fn segments(state: ReaderState, span: Span, first: usize, marks: &[Span]) -> Vec<impl IntoView> {
    state.doc.with_value(|doc| {
        let mut out = Vec::with_capacity(marks.len() * 2 + 1);
        let mut at = span.start;
        for (i, m) in marks.iter().enumerate() {
            if m.start > at {
                out.push(Either::Left(doc.text(Span::new(at, m.start)).to_string()));
            }
            let index = first + i;
            out.push(Either::Right(view! {
                <mark class:current=move || state.current.get() == Some(index)>{doc.text(*m).to_string()}</mark>
            }));
            at = m.end;
        }
        if at < span.end || out.is_empty() {
            out.push(Either::Left(doc.text(Span::new(at, span.end)).to_string()));
        }
        out
    })
}
