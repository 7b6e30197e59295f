use super::filter_views::UnitFilter;
use super::marked_text::MarkedText;
use super::state::ReaderState;
use crate::model::{Block, BlockKind, Document, Span};
use crate::parse::sentences;
use leptos::either::Either;
use leptos::prelude::*;

/// One block of text, sentence by sentence, its key points emphasised. Hidden while filtering
/// if the query does not select it; its sentences with a match are marked `.has-match`, which
/// the "matching sentences only" style uses to dim the others.
#[component]
pub fn Passage(block: Block) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let unit = state.views.unit(block.text);
    let sentences = state.doc.with_value(|doc| {
        sentence_spans(doc, block.text)
            .into_iter()
            .map(|sentence| {
                view! {
                    <span class:has-match=move || unit.with(|u| u.touches(sentence))>{pieces(doc, sentence, unit)}</span>
                }
            })
            .collect_view()
    });
    view! {
        <p
            class=class_of(block.kind)
            hidden=block.kind == BlockKind::Comment
            class:filtered-out=move || unit.with(|u| u.hidden)
        >
            {sentences}
        </p>
    }
}

fn sentence_spans(doc: &Document, text: Span) -> Vec<Span> {
    sentences(doc.text(text)).into_iter().map(|r| Span::new(text.start + r.start, text.start + r.end)).collect()
}

/// The text of a sentence, with the parts of key points in it emphasised.
fn pieces(doc: &Document, sentence: Span, unit: RwSignal<UnitFilter>) -> Vec<impl IntoView> {
    let mut out = Vec::new();
    let mut at = sentence.start;
    for point in doc.key_points_overlapping(sentence) {
        let (start, end) = (point.span.start.max(sentence.start), point.span.end.min(sentence.end));
        if start > at {
            out.push(Either::Left(view! { <MarkedText span=Span::new(at, start) unit=unit /> }));
        }
        // The anchor goes where the point starts.
        let id = (start == point.span.start).then(|| point.id.clone());
        out.push(Either::Right(view! {
            <strong class="key-point" id=id><MarkedText span=Span::new(start, end) unit=unit /></strong>
        }));
        at = end;
    }
    if at < sentence.end || out.is_empty() {
        out.push(Either::Left(view! { <MarkedText span=Span::new(at, sentence.end) unit=unit /> }));
    }
    out
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
