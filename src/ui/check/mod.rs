//! The drafters' check in the page: the button that runs it (only when asked: never on the path
//! of opening a document) and the panel that lists the problems, each a link to its place,
//! marked in the text while the panel is open. The check itself runs in the second wasm
//! (`ui::browser::tools`), loaded at the first check.

mod list;
mod marks;
mod panel;

pub use panel::{CheckButton, CheckPanel};

use crate::check::{wire, Problem};
use crate::model::{Document, SortedSpans};
use crate::ui::browser::tools;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::js_sys::Array;

/// A problem and the unit (`Document::pieces`) it is in.
pub struct Found {
    pub problem: Problem,
    pub unit: usize,
}

/// Where the check of the open document is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Checking {
    NotRun,
    /// Its wasm loading, or the check running.
    Running,
    /// Its wasm did not load.
    Failed,
    Done,
}

/// The check of the open document: run at the first request, then kept.
#[derive(Clone, Copy)]
pub struct CheckResults {
    pub open: RwSignal<bool>,
    pub checking: RwSignal<Checking>,
    pub found: RwSignal<Option<Arc<Vec<Found>>>>,
}

impl CheckResults {
    pub fn new() -> Self {
        CheckResults {
            open: RwSignal::new(false),
            checking: RwSignal::new(Checking::NotRun),
            found: RwSignal::new(None),
        }
    }

    /// Runs the check if it has not run (or could not), and opens or closes the panel.
    pub fn toggle(&self, doc: Arc<Document>) {
        if matches!(
            self.checking.get_untracked(),
            Checking::NotRun | Checking::Failed
        ) {
            self.checking.set(Checking::Running);
            let results = *self;
            leptos::task::spawn_local(async move {
                let args = Array::of1(&doc.source.as_str().into());
                let problems = tools::run("check_text", args)
                    .await
                    .and_then(tools::strings)
                    .and_then(|wire| wire::decode(wire, &doc.source));
                // Gone if another document was opened meanwhile.
                match problems {
                    Some(problems) => {
                        results
                            .found
                            .try_set(Some(Arc::new(locate(&doc, problems))));
                        results.checking.try_set(Checking::Done);
                    }
                    None => drop(results.checking.try_set(Checking::Failed)),
                }
            });
            self.open.set(true);
            return;
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
