use super::marked_text::MarkedText;
use super::state::ReaderState;
use crate::model::{Block, BlockKind, Span};
use leptos::either::Either;
use leptos::prelude::*;

/// One block of text, its key points emphasised. Hidden while filtering if it has no match.
#[component]
pub fn Passage(block: Block) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let has_match = move || state.matches.with(|m| m.count_in(block.text) > 0);
    let pieces = state.doc.with_value(|doc| {
        let mut pieces = Vec::new();
        let mut at = block.text.start;
        for point in doc.key_points_in(block.text) {
            if point.span.start > at {
                pieces.push(Either::Left(view! { <MarkedText span=Span::new(at, point.span.start) /> }));
            }
            pieces.push(Either::Right(view! {
                <strong class="key-point" id=point.id.clone()><MarkedText span=point.span /></strong>
            }));
            at = point.span.end;
        }
        if at < block.text.end || pieces.is_empty() {
            pieces.push(Either::Left(view! { <MarkedText span=Span::new(at, block.text.end) /> }));
        }
        pieces
    });
    view! {
        <p
            class=class_of(block.kind)
            hidden=block.kind == BlockKind::Comment
            class:filtered-out=move || state.filtering() && !has_match()
        >
            {pieces}
        </p>
    }
}

fn class_of(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Title => "title-line",
        BlockKind::DocumentNumber => "document-number",
        BlockKind::Metadata => "metadata",
        BlockKind::Comment => "comment",
        BlockKind::Addressee => "addressee",
        BlockKind::Salutation => "salutation",
        BlockKind::Paragraph | BlockKind::Blank => "paragraph",
        BlockKind::Item => "item",
        BlockKind::Attachment => "attachment",
        BlockKind::Signature => "signature",
        BlockKind::Date => "date",
    }
}
