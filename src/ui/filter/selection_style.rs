//! What the filter selects, as one style sheet: the passages and sections shown, and the
//! outline entries not muted.
//!
//! Showing and hiding passages one by one costs a DOM change and a reactive update for each:
//! thousands for the first character of a query on a long document. A style sheet naming the
//! shown ones is one change per keystroke. The names are the elements' own ids (`u12` for a
//! passage, the section's id and `o-` before it for its outline entry), never document text.

use crate::dom_ids::{OutlineEntryId, UnitId};
use crate::ui::browser::generated_style;
use crate::ui::document::section_ids::SectionIds;
use std::fmt::Write;
use std::sync::Arc;

const SHEET: &str = "filter-selection";

pub struct SelectionStyle {
    section_ids: Arc<SectionIds>,
}

impl SelectionStyle {
    /// Empties the selection style sheet, which the document before may have filled.
    pub fn install(section_ids: Arc<SectionIds>) -> Self {
        generated_style::set(SHEET, "");
        SelectionStyle { section_ids }
    }

    /// Shows, while filtering, the passages of the units `passages` (by index) and the
    /// sections `sections` (reading order); hides the others and mutes their outline entries.
    pub fn show(&mut self, passages: &[usize], sections: &[usize]) {
        let ids = &self.section_ids;
        // For the screen, and for paper when the reader prints what is on screen.
        // Plain id selectors: the browser files each rule under its id and checks an element
        // against its own id's rules only. A `:is(#a, #b, …)` list is checked in full against
        // every passage: a long document's keystroke spent most of its time there. The page's
        // own rules hide passages and sections only while filtering, so these need no scope.
        let mut text = String::new();
        // (Headings share the `u…` ids: `.passage` keeps them as they are.)
        rule(&mut text, passages.iter().map(|&i| UnitId(i)), ".passage", "{display:block}");
        rule(&mut text, sections.iter().map(|&i| ids.id(i)), ".section", "{display:block}");
        rule(&mut text, sections.iter().map(|&i| OutlineEntryId(ids.id(i))), "", "{--entry:var(--accent)}");
        generated_style::set(SHEET, &text);
    }
}

/// The ids as selectors (each followed by `class`), then `declarations`; nothing when there are
/// no ids.
fn rule<T: std::fmt::Display>(text: &mut String, ids: impl Iterator<Item = T>, class: &str, declarations: &str) {
    let mut any = false;
    for id in ids {
        let _ = write!(text, "{}#{id}{class}", if any { "," } else { "" });
        any = true;
    }
    if any {
        text.push_str(declarations);
    }
}
