//! Which sections are unfolded. The `<details>` elements on the page hold the state the reader
//! sees; this keeps it for every section (built or not yet), so that a section built later, the
//! outline and the fold memory agree with it. Changing it writes the elements directly: folding
//! everything is one pass over them, with no reactive work per section.

use super::nodes::DocumentNodes;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Folds {
    open: StoredValue<Vec<bool>>,
    nodes: StoredValue<DocumentNodes, LocalStorage>,
}

impl Folds {
    /// `count` sections, all unfolded.
    pub fn new(count: usize, nodes: StoredValue<DocumentNodes, LocalStorage>) -> Self {
        Folds { open: StoredValue::new(vec![true; count]), nodes }
    }

    pub fn is_open(&self, index: usize) -> bool {
        self.open.try_with_value(|open| open.get(index).copied().unwrap_or(true)).unwrap_or(true)
    }

    /// The sections folded, by reading-order index; none once the document is closed.
    pub fn folded_if_open(&self) -> Option<Vec<usize>> {
        self.open.try_with_value(|open| (0..open.len()).filter(|&i| !open[i]).collect())
    }

    /// Unfolds (or folds) section `index`, on the page and in the outline.
    pub fn set_open(&self, index: usize, open: bool) {
        let changed = self.open.try_update_value(|all| all.get_mut(index).is_some_and(|o| std::mem::replace(o, open) != open));
        if changed == Some(true) {
            self.nodes.with_value(|nodes| show(nodes, index, open));
        }
    }

    /// Unfolds (or folds) every section.
    pub fn set_all_open(&self, open: bool) {
        let Some(changed) = self.open.try_update_value(|all| {
            let changed: Vec<usize> = (0..all.len()).filter(|&i| all[i] != open).collect();
            all.iter_mut().for_each(|o| *o = open);
            changed
        }) else {
            return;
        };
        self.nodes.with_value(|nodes| changed.into_iter().for_each(|i| show(nodes, i, open)));
    }

    /// Records that the reader opened or closed section `index`'s element on the page (its
    /// `toggle` event); the browser also reports the state it was given, which changes nothing.
    pub fn toggled(&self, index: usize, open: bool) {
        let changed = self.open.try_update_value(|all| all.get_mut(index).is_some_and(|o| std::mem::replace(o, open) != open));
        if changed == Some(true) {
            self.nodes.with_value(|nodes| fold_entry(nodes, index, open));
        }
    }
}

fn show(nodes: &DocumentNodes, index: usize, open: bool) {
    if let Some(details) = nodes.section(index) {
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
