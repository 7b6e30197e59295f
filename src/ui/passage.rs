use super::state::ReaderState;
use crate::model::{Block, BlockKind, Document, Span};
use leptos::either::Either;
use leptos::prelude::*;

/// One block of text, its key points emphasised. While filtering it is hidden unless the
/// filter's style sheet names its id (see `selection_style.rs`). The text never changes: matches
/// and dimmed sentences are painted over it as highlights (see `match_highlights.rs`), found
/// through the element's id.
#[component]
pub fn Passage(block: Block) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let unit = state.views.unit(block.text);
    let text = state.doc.with_value(|doc| pieces(doc, block.text));
    view! {
        <p
            id=unit.element_id()
            class=format!("passage {}", block.kind.class_name())
            // Right-to-left paragraphs (Arabic, Hebrew) run and align as their script does.
            dir="auto"
            hidden=block.kind == BlockKind::Comment
        >
            {text}
        </p>
    }
}

/// The text of a block, with its key points emphasised.
fn pieces(doc: &Document, block: Span) -> Vec<impl IntoView> {
    let mut out = Vec::new();
    let mut at = block.start;
    let text = |start, end| doc.text(Span::new(start, end)).to_string();
    for point in doc.key_points_overlapping(block) {
        let (start, end) = (point.span.start.max(block.start), point.span.end.min(block.end));
        if start > at {
            out.push(Either::Left(text(at, start)));
        }
        // The anchor goes where the point starts.
        let id = (start == point.span.start).then(|| point.id.clone());
        out.push(Either::Right(view! { <strong class="key-point" id=id>{text(start, end)}</strong> }));
        at = end;
    }
    if at < block.end || out.is_empty() {
        out.push(Either::Left(text(at, block.end)));
    }
    out
}
