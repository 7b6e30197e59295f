//! The problems' places marked in the text (`::highlight(check-problem)`, a screen-only style:
//! nothing is marked on paper).

use super::Found;
use crate::model::Document;
use crate::search::utf16_offsets;
use crate::ui::browser::highlights::{ranges_in, registry, Highlight};
use crate::ui::state::ReaderState;
use leptos::prelude::*;

const NAME: &str = "check-problem";

/// Marks every problem whose text is on the page.
pub fn mark(state: ReaderState, doc: &Document, found: &[Found]) {
    let Some(registry) = registry() else { return };
    let Ok(highlight) = Highlight::new() else {
        return;
    };
    let pieces = doc.pieces();
    let mut at = 0;
    while at < found.len() {
        let unit = found[at].unit;
        let end = at + found[at..].iter().take_while(|f| f.unit == unit).count();
        let Some(piece) = pieces.get(unit) else { break };
        let text = piece.text();
        let mut spans: Vec<_> = found[at..end]
            .iter()
            .map(|f| f.problem.span)
            .filter(|s| s.start >= text.start && s.end <= text.end)
            .collect();
        spans.sort_by_key(|s| s.start);
        // Two problems at one number (a gap written in another form) mark it once.
        spans.dedup_by(|later, earlier| later.start < earlier.end);
        if let Some(element) = state.nodes.with_value(|n| n.unit(unit).cloned()) {
            for range in ranges_in(&element, &utf16_offsets(&doc.source, text.start, &spans)) {
                highlight.add(&range);
            }
        }
        at = end;
    }
    registry.set(NAME, &highlight);
}

pub fn clear() {
    if let Some(registry) = registry() {
        registry.delete(NAME);
    }
}
