use super::marked_text::MarkedText;
use super::state::ReaderState;
use crate::model::{Block, BlockKind};
use leptos::prelude::*;

/// One block of text. Hidden while filtering if it has no match.
#[component]
pub fn Passage(block: Block) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let has_match = move || state.matches.with(|m| m.count_in(block.text) > 0);
    let class = match block.kind {
        BlockKind::Salutation => "salutation",
        BlockKind::Title => "title-line",
        BlockKind::Paragraph | BlockKind::Blank => "paragraph",
    };
    view! {
        <p class=class class:filtered-out=move || state.filtering() && !has_match()>
            <MarkedText span=block.text />
        </p>
    }
}
