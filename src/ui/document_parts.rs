//! A long document is put on the page a part at a time, one task each: the first screen shows
//! at once, the page stays responsive, and all of the text is on the page (for find-in-page and
//! print) within moments. The text and the outline show the same parts.

use crate::model::{Document, Section, Span};
use leptos::prelude::*;
use std::ops::Range;

/// What the first part may cost (see [`cost`]): about a screen and a half.
const FIRST_PART: usize = 120;
/// What each later part may cost: a task well under the 200 ms that makes a page feel stuck.
const LATER_PART: usize = 1_500;

#[derive(Clone, Copy)]
pub struct DocumentParts {
    /// The top-level sections of each part, as ranges of `Document::sections`.
    ranges: StoredValue<Vec<Range<usize>>>,
    /// How many parts are on the page.
    pub shown: RwSignal<usize>,
}

impl DocumentParts {
    pub fn new(doc: &Document) -> Self {
        DocumentParts { ranges: StoredValue::new(ranges(&doc.sections)), shown: RwSignal::new(1) }
    }

    pub fn count(&self) -> usize {
        self.ranges.with_value(Vec::len)
    }

    /// The top-level sections of part `part`.
    pub fn range(&self, part: usize) -> Range<usize> {
        self.ranges.with_value(|r| r[part].clone())
    }

    /// The span of the text of each part, in order.
    pub fn spans(&self, doc: &Document) -> Vec<Span> {
        self.ranges.with_value(|ranges| {
            ranges
                .iter()
                .map(|r| Span::new(doc.sections[r.start].span().start, doc.sections[r.end - 1].span().end))
                .collect()
        })
    }

    /// Whether part `part` is on the page: changes once.
    pub fn is_shown(&self, part: usize) -> Memo<bool> {
        let shown = self.shown;
        Memo::new(move |_| shown.get() > part)
    }
}

/// Parts of about [`FIRST_PART`], then [`LATER_PART`], cost each; a section is never split.
fn ranges(sections: &[Section]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut room = 0;
    for (i, section) in sections.iter().enumerate() {
        let cost = cost(section);
        match ranges.last_mut() {
            Some(last) if cost <= room => last.end = i + 1,
            _ => {
                room = if ranges.is_empty() { FIRST_PART } else { LATER_PART };
                ranges.push(i..i + 1);
            }
        }
        room = room.saturating_sub(cost);
    }
    ranges
}

/// Roughly what a section costs to put on the page, in paragraphs: a section (with its
/// heading, disclosure, controls and outline entry) costs about as much as ten.
fn cost(section: &Section) -> usize {
    10 + section.blocks.len() + section.children.iter().map(cost).sum::<usize>()
}
