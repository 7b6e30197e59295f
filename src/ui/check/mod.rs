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
#[derive(Clone)]
pub enum Checking {
    NotRun,
    /// Its wasm loading, or the check running.
    Running,
    /// Its wasm did not load.
    Failed,
    Done(Arc<Vec<Found>>),
}

/// The check of the open document: run at the first request, then kept.
#[derive(Clone, Copy)]
pub struct CheckResults {
    pub open: RwSignal<bool>,
    pub checking: RwSignal<Checking>,
}

impl CheckResults {
    pub fn new() -> Self {
        CheckResults {
            open: RwSignal::new(false),
            checking: RwSignal::new(Checking::NotRun),
        }
    }

    /// The problems found, once the check has run (tracked).
    pub fn found(&self) -> Option<Arc<Vec<Found>>> {
        self.checking.with(|c| match c {
            Checking::Done(found) => Some(found.clone()),
            _ => None,
        })
    }

    /// Runs the check if it has not run (or could not), and opens or closes the panel.
    pub fn toggle(&self, doc: Arc<Document>) {
        if self
            .checking
            .with_untracked(|c| matches!(c, Checking::NotRun | Checking::Failed))
        {
            self.checking.set(Checking::Running);
            let results = *self;
            leptos::task::spawn_local(async move {
                let args = Array::of1(&doc.source.as_str().into());
                let problems = tools::run("check_text", args)
                    .await
                    .and_then(tools::strings)
                    .and_then(|wire| wire::decode(wire, &doc.source));
                // Gone if another document was opened meanwhile.
                results.checking.try_set(match problems {
                    Some(problems) => Checking::Done(Arc::new(locate(&doc, problems))),
                    None => Checking::Failed,
                });
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
