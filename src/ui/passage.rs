use super::state::ReaderState;
use crate::model::{Block, BlockKind, Span};
use leptos::either::Either;
use leptos::prelude::*;

/// One block of text, with the filter's matches marked. Hidden while filtering if it has none.
#[component]
pub fn Passage(block: Block) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let marks = Memo::new(move |_| state.matches.with(|m| m.within(block.text).to_vec()));
    let class = match block.kind {
        BlockKind::Salutation => "salutation",
        BlockKind::Title => "title-line",
        BlockKind::Paragraph | BlockKind::Blank => "paragraph",
    };
    view! {
        <p class=class class:filtered-out=move || state.filtering() && marks.with(Vec::is_empty)>
            {move || marks.with(|m| segments(state, block.text, m))}
        </p>
    }
}

/// The text of `span` as text nodes, with each match in a `<mark>`.
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
