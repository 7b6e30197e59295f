//! The drafters' check in the page: the button that runs it (only when asked: never on the path
//! of opening a document) and the panel that lists the problems, each a link to its place,
//! marked in the text while the panel is open.

mod list;
mod marks;
mod panel;

pub use panel::{CheckButton, CheckPanel};

use crate::check::{check, Problem};
use crate::model::{Document, SortedSpans};
use leptos::prelude::*;
use std::sync::Arc;

/// A problem and the unit (`Document::pieces`) it is in.
pub struct Found {
    pub problem: Problem,
    pub unit: usize,
}

/// The check of the open document: run at the first request, then kept.
#[derive(Clone, Copy)]
pub struct CheckResults {
    pub open: RwSignal<bool>,
    pub found: RwSignal<Option<Arc<Vec<Found>>>>,
}

impl CheckResults {
    pub fn new() -> Self {
        CheckResults {
            open: RwSignal::new(false),
            found: RwSignal::new(None),
        }
    }

    /// Runs the check if it has not run, and opens or closes the panel.
    pub fn toggle(&self, doc: &Document) {
        if self.found.with_untracked(Option::is_none) {
            self.found.set(Some(Arc::new(locate(doc, check(doc)))));
        }
        self.open.update(|open| *open = !*open);
    }
}

fn locate(doc: &Document, problems: Vec<Problem>) -> Vec<Found> {
    let pieces = doc.pieces();
    problems
        .into_iter()
        .map(|problem| {
            let unit = pieces
                .first_ending_after(problem.span.start)
                .min(pieces.len().saturating_sub(1));
            Found { problem, unit }
        })
        .collect()
}
