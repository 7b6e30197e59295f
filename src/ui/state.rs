//! What the components of one open document share.

use crate::model::{Document, Section};
use crate::search::{Matches, SearchIndex};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct ReaderState {
    pub doc: StoredValue<Arc<Document>>,
    /// What the reader typed in the filter box.
    pub query: RwSignal<String>,
    pub matches: Memo<Matches>,
    /// Open (unfolded) state of each section, in [`Document::sections_in_order`] order.
    pub open: StoredValue<Vec<RwSignal<bool>>>,
    /// True between `beforeprint` and `afterprint`: everything is shown for paper.
    pub printing: RwSignal<bool>,
}

impl ReaderState {
    pub fn new(doc: Arc<Document>) -> Self {
        let index = Arc::new(SearchIndex::new(&doc.source));
        let query = RwSignal::new(String::new());
        let matches = Memo::new(move |_| query.with(|q| index.find(q)));
        let open = doc.sections_in_order().iter().map(|_| RwSignal::new(true)).collect();
        ReaderState {
            doc: StoredValue::new(doc),
            query,
            matches,
            open: StoredValue::new(open),
            printing: RwSignal::new(false),
        }
    }

    pub fn filtering(&self) -> bool {
        self.query.with(|q| !q.trim().is_empty())
    }

    pub fn set_all_open(&self, open: bool) {
        self.open.with_value(|all| all.iter().for_each(|s| s.set(open)));
    }

    pub fn is_open(&self, index: usize) -> RwSignal<bool> {
        self.open.with_value(|all| all[index])
    }
}

/// Sibling sections with their reading-order indices (the index into [`ReaderState::open`]),
/// the first of them having `first_index`. A section's children start at its index + 1.
pub fn indexed(sections: &[Section], first_index: usize) -> Vec<(usize, &Section)> {
    let mut index = first_index;
    sections
        .iter()
        .map(|section| {
            let this = index;
            index += section_count(section);
            (this, section)
        })
        .collect()
}

/// A section and all its descendants.
fn section_count(section: &Section) -> usize {
    1 + section.children.iter().map(section_count).sum::<usize>()
}
