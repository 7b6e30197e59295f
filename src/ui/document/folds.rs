//! Which sections are unfolded. The `<details>` elements on the page hold the state the reader
//! sees; this keeps it for every section (built or not yet), so that a section built later, the
//! outline and the fold memory agree with it. Changing it writes the elements directly, with no
//! reactive work per section; folding everything writes the parts on screen at once and the
//! others in the tasks after the next frame, where laying them out costs the reader nothing.

use super::nodes::DocumentNodes;
use crate::dom_ids::PART_ID;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::ops::Range;
use std::time::Duration;

/// How long one task writes sections left for later.
const SLICE_MS: f64 = 8.0;

#[derive(Clone, Copy)]
pub struct Folds {
    open: StoredValue<Vec<bool>>,
    nodes: StoredValue<DocumentNodes, LocalStorage>,
    /// The sections of each part of the text, as reading-order indices.
    parts: StoredValue<Vec<Range<usize>>>,
    /// Sections whose elements are yet to be written, and whether a task will write them.
    pending: StoredValue<(BTreeSet<usize>, bool)>,
}

impl Folds {
    /// `count` sections, all unfolded, in parts of `parts` (reading-order indices).
    pub fn new(
        count: usize,
        parts: Vec<Range<usize>>,
        nodes: StoredValue<DocumentNodes, LocalStorage>,
    ) -> Self {
        Folds {
            open: StoredValue::new(vec![true; count]),
            nodes,
            parts: StoredValue::new(parts),
            pending: StoredValue::new((BTreeSet::new(), false)),
        }
    }

    pub fn is_open(&self, index: usize) -> bool {
        self.open
            .try_with_value(|open| open.get(index).copied().unwrap_or(true))
            .unwrap_or(true)
    }

    /// The sections folded, by reading-order index; none once the document is closed.
    pub fn folded_if_open(&self) -> Option<Vec<usize>> {
        self.open
            .try_with_value(|open| (0..open.len()).filter(|&i| !open[i]).collect())
    }

    /// Unfolds (or folds) section `index`, on the page and in the outline.
    pub fn set_open(&self, index: usize, open: bool) {
        if self.record(index, open) {
            self.nodes.with_value(|nodes| show(nodes, index, open));
        }
    }

    /// Unfolds (or folds) every section: those in the parts on screen now, the others after.
    pub fn set_all_open(&self, open: bool) {
        let Some(changed) = self.open.try_update_value(|all| {
            let changed: Vec<usize> = (0..all.len()).filter(|&i| all[i] != open).collect();
            all.iter_mut().for_each(|o| *o = open);
            changed
        }) else {
            return;
        };
        let on_screen = self.parts.with_value(|parts| parts_on_screen(parts));
        let (now, later): (Vec<usize>, Vec<usize>) = changed
            .into_iter()
            .partition(|i| on_screen.iter().any(|r| r.contains(i)));
        self.nodes
            .with_value(|nodes| now.into_iter().for_each(|i| show(nodes, i, open)));
        if later.is_empty() {
            return;
        }
        let schedule = self.pending.try_update_value(|(pending, scheduled)| {
            pending.extend(later);
            !std::mem::replace(scheduled, true)
        });
        if schedule == Some(true) {
            let folds = *self;
            request_animation_frame(move || {
                set_timeout(move || folds.write_pending(), Duration::ZERO)
            });
        }
    }

    /// Writes the sections left for later, for a slice of time, and comes back for the rest.
    fn write_pending(self) {
        let Some(clock) = window().performance() else {
            return;
        };
        let deadline = clock.now() + SLICE_MS;
        let more = self.pending.try_update_value(|(pending, scheduled)| {
            while clock.now() < deadline && !pending.is_empty() {
                // Fifty sections are a few hundred microseconds of DOM writes.
                let batch: Vec<usize> = pending.iter().take(50).copied().collect();
                for i in batch {
                    pending.remove(&i);
                    let open = self.is_open(i);
                    self.nodes.with_value(|nodes| show(nodes, i, open));
                }
            }
            *scheduled = !pending.is_empty();
            *scheduled
        });
        if more == Some(true) {
            set_timeout(move || self.write_pending(), Duration::ZERO);
        }
    }

    /// Writes every section's state to its elements (built before the state was known).
    pub fn write_all(&self) {
        let Some(open) = self.open.try_get_value() else {
            return;
        };
        self.nodes
            .with_value(|nodes| (0..open.len()).for_each(|i| show(nodes, i, open[i])));
    }

    /// Records that the reader opened or closed section `index`'s element on the page (its
    /// `toggle` event); the browser also reports the state it was given, which changes nothing.
    pub fn toggled(&self, index: usize, open: bool) {
        if self.record(index, open) {
            self.nodes
                .with_value(|nodes| fold_entry(nodes, index, open));
        }
    }

    /// Keeps section `index`'s state; true if it changed.
    fn record(&self, index: usize, open: bool) -> bool {
        self.open.try_update_value(|all| {
            all.get_mut(index)
                .is_some_and(|o| std::mem::replace(o, open) != open)
        }) == Some(true)
    }
}

/// The sections of the parts that cross the window.
fn parts_on_screen(parts: &[Range<usize>]) -> Vec<Range<usize>> {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    (0..parts.len())
        .filter(|n| {
            document()
                .get_element_by_id(&format!("{PART_ID}{n}"))
                .is_some_and(|part| {
                    let rect = part.get_bounding_client_rect();
                    rect.bottom() > 0.0 && rect.top() < height
                })
        })
        .map(|n| parts[n].clone())
        .collect()
}

fn show(nodes: &DocumentNodes, index: usize, open: bool) {
    if let Some(details) = nodes.section(index).filter(|d| d.open() != open) {
        details.set_open(open);
    }
    fold_entry(nodes, index, open);
}

/// A folded section's entries fold with it in the outline.
fn fold_entry(nodes: &DocumentNodes, index: usize, open: bool) {
    if let Some(entry) = nodes.entry(index) {
        let _ = entry.class_list().toggle_with_force("folded", !open);
    }
}
