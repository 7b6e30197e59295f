//! A query's result as the document shows it, worked out apart from the page: what is left out
//! (each passage, section and outline entry), the counts beside the headings and in the outline,
//! the matches and dimmed sentences to paint, and in which order the parts of the document get
//! them. The page (`ui::filter::display`) applies the writes it is given to the DOM.
//!
//! Only what changes is written, and a keystroke writes only the part of the text at the top of
//! the window and the two after it, and the parts of the outline the browser is rendering; the
//! other parts are left pending, for the tasks after the keystroke's frame. An empty query
//! writes nothing but the clearing: the page's class hides what the last query wrote, which
//! stays, unseen, for the next one to change.

use super::{utf16_offsets, Matches};
use crate::markup::Mark;
use crate::model::{Document, Piece, SortedSpans, Span};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

/// What to paint in one unit (block or heading), as UTF-16 offsets into its text, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitPaint {
    pub unit: usize,
    /// The matches, if they changed.
    pub matches: Option<Vec<(u32, u32)>>,
    /// The sentences to dim, when the reader asked for matching sentences only.
    pub dimmed: Option<Vec<(u32, u32)>>,
}

/// One change to the page, on the element [`Mark`]ed so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// A passage (`Mark::Unit`), section or outline entry left out (true) or shown again.
    LeftOut(Mark, bool),
    /// A section's count beside its heading (`Mark::SectionBadge`) or in the outline
    /// (`Mark::EntryBadge`), and the count it showed before.
    Count {
        at: Mark,
        count: usize,
        before: usize,
    },
    /// These units painted, together.
    Paint(Vec<UnitPaint>),
    /// Part `n` of the text skipped (true) until its result is written (false).
    Settling(usize, bool),
    /// Every highlight taken off.
    ClearHighlights,
    /// The dimming of sentences without a match shown or hidden.
    ShowDimmed(bool),
}

/// Where the browser is rendering, as the page last heard: the first part of the text it
/// renders, and which parts of the outline.
pub struct Rendered<'a> {
    pub first_text: usize,
    pub outline: &'a dyn Fn(usize) -> bool,
}

/// The filter's result on one document: its units, sections and parts, what is written on the
/// page and what is left to write.
pub struct FilterView {
    /// The text of each unit (`Document::pieces`), in order, and whether it is a passage
    /// (a heading shows with its section).
    units: Vec<Span>,
    passage: Vec<bool>,
    /// The span of each section, in reading order.
    sections: Vec<Span>,
    /// The units and sections of each part, by index.
    part_units: Vec<Range<usize>>,
    part_sections: Vec<Range<usize>>,
    /// The units outside the parts (front matter, closing), always written at once.
    outside: Vec<usize>,
    /// For the current query: each section's count of matches, and whether it has a selected
    /// unit (else it is left out).
    counts: Vec<usize>,
    selected_in: Vec<bool>,
    /// As written on the page: what is left out, each section's counts, the matches painted,
    /// the units whose sentences without a match are dimmed.
    unit_out: Vec<bool>,
    section_out: Vec<bool>,
    entry_out: Vec<bool>,
    badges: Vec<usize>,
    entry_badges: Vec<usize>,
    painted: HashMap<usize, Vec<Span>>,
    dimmed: HashSet<usize>,
    dimming: bool,
    /// Whether the last query written was active (not empty).
    active: bool,
    /// Parts of the text and of the outline still to write for the current query.
    pending_text: BTreeSet<usize>,
    pending_outline: BTreeSet<usize>,
}

/// What the view reads at each step: the document, the query's result, and whether an element
/// is on the page yet (a part's elements are there once it is built).
pub struct ViewInput<'a> {
    pub doc: &'a Document,
    pub matches: &'a Matches,
    pub exists: &'a dyn Fn(Mark) -> bool,
}

impl FilterView {
    /// `parts`: the span of each part of the text (`markup::Part::span`).
    pub fn new(doc: &Document, parts: &[Span]) -> Self {
        let pieces = doc.pieces();
        let units: Vec<Span> = pieces.iter().map(|p| p.text()).collect();
        let sections: Vec<Span> = doc.sections_in_order().iter().map(|s| s.span()).collect();
        let part_units: Vec<Range<usize>> =
            parts.iter().map(|&p| units.starting_within(p)).collect();
        let in_parts = part_units.first().map_or(0..0, |first| {
            first.start..part_units.last().map_or(first.end, |l| l.end)
        });
        FilterView {
            passage: pieces
                .iter()
                .map(|p| matches!(p, Piece::Block(_)))
                .collect(),
            outside: (0..units.len()).filter(|u| !in_parts.contains(u)).collect(),
            part_sections: parts.iter().map(|&p| sections.starting_within(p)).collect(),
            part_units,
            counts: vec![0; sections.len()],
            selected_in: vec![false; sections.len()],
            unit_out: vec![false; units.len()],
            section_out: vec![false; sections.len()],
            entry_out: vec![false; sections.len()],
            badges: vec![0; sections.len()],
            entry_badges: vec![0; sections.len()],
            painted: HashMap::new(),
            dimmed: HashSet::new(),
            dimming: false,
            active: false,
            pending_text: BTreeSet::new(),
            pending_outline: BTreeSet::new(),
            units,
            sections,
        }
    }

    /// A new result (or the same, a part built since, or `dim` changed): the writes for the
    /// parts on screen now, given to `out`; the others are left for [`Self::next_pending`].
    /// False when neither this query nor the last was active: nothing to show. `dim`: the
    /// sentences without a match are dimmed.
    pub fn update(
        &mut self,
        to: &ViewInput,
        dim: bool,
        rendered: &Rendered,
        out: &mut dyn FnMut(Write),
    ) -> bool {
        let active = to.matches.is_active();
        let was_active = std::mem::replace(&mut self.active, active);
        self.pending_text.clear();
        self.pending_outline.clear();
        if !active && !was_active {
            return false;
        }
        if !active {
            // The page's class hides what the last query wrote; its highlights go at once.
            out(Write::ClearHighlights);
            self.painted.clear();
            self.dimmed.clear();
        } else if dim != self.dimming {
            self.dimming = dim;
            out(Write::ShowDimmed(dim));
            self.dimmed.clear();
        }
        if active {
            // Once per query, for the text and the outline, now and in the slices after.
            for (s, span) in self.sections.iter().enumerate() {
                self.counts[s] = to.matches.count_in(*span);
                self.selected_in[s] = to.matches.units_in(*span) > 0;
            }
            let outside = std::mem::take(&mut self.outside);
            for &u in &outside {
                self.unit_left_out(to, u, out);
            }
            self.paint(to, &mut outside.iter().copied(), out);
            self.outside = outside;
        }
        // The part at the top of the window (the first the browser renders: it renders a margin
        // above the window too) and the two after it now; the others wait, skipped, for the
        // tasks after this frame. Showing or hiding thousands of paragraphs moves every part,
        // and the browser would otherwise lay out all those it had been rendering (all of them,
        // after a query that hid nearly everything) before finding which are still in view.
        let first = rendered.first_text;
        for part in 0..self.part_units.len() {
            if (first..first + 3).contains(&part) {
                if active {
                    self.text(to, part, out);
                }
            } else if (to.exists)(Mark::Part(part)) {
                out(Write::Settling(part, true));
                self.pending_text.insert(part);
            }
            if !active {
                continue;
            }
            if (rendered.outline)(part) {
                self.outline(to, part, out);
            } else {
                self.pending_outline.insert(part);
            }
        }
        true
    }

    /// The writes for the pending parts of the outline the browser now renders.
    pub fn rendered_outline(
        &mut self,
        to: &ViewInput,
        rendered: &dyn Fn(usize) -> bool,
        out: &mut dyn FnMut(Write),
    ) {
        let shown: Vec<usize> = self
            .pending_outline
            .iter()
            .copied()
            .filter(|&p| rendered(p))
            .collect();
        for part in shown {
            self.pending_outline.remove(&part);
            self.outline(to, part, out);
        }
    }

    /// The writes for the next part left for later, the text's before the outline's, in order;
    /// false once none is left.
    pub fn next_pending(&mut self, to: &ViewInput, out: &mut dyn FnMut(Write)) -> bool {
        if let Some(part) = self.pending_text.pop_first() {
            if to.matches.is_active() {
                self.text(to, part, out);
            }
            if (to.exists)(Mark::Part(part)) {
                out(Write::Settling(part, false));
            }
        } else if let Some(part) = self.pending_outline.pop_first() {
            self.outline(to, part, out);
        } else {
            return false;
        }
        true
    }

    pub fn is_pending(&self) -> bool {
        !self.pending_text.is_empty() || !self.pending_outline.is_empty()
    }

    /// The `index`-th match: its unit and its place among the unit's matches, and the writes
    /// for its part if that was left for later (its highlights are needed now).
    pub fn current(
        &mut self,
        to: &ViewInput,
        index: Option<usize>,
        out: &mut dyn FnMut(Write),
    ) -> Option<(usize, usize)> {
        let spans = &to.matches.spans;
        let at = index.and_then(|i| {
            let unit = self.units.holding(spans.get(i)?.start)?;
            Some((unit, i - spans.starting_within(self.units[unit]).start))
        });
        if let Some((unit, _)) = at {
            if let Some(part) = self.part_units.iter().position(|r| r.contains(&unit)) {
                if self.pending_text.remove(&part) {
                    self.text(to, part, out);
                }
            }
        }
        at
    }

    /// Part `part` of the text: what is shown and left out, its counts, its highlights.
    fn text(&mut self, to: &ViewInput, part: usize, out: &mut dyn FnMut(Write)) {
        for u in self.part_units[part].clone() {
            self.unit_left_out(to, u, out);
        }
        for s in self.part_sections[part].clone() {
            if (to.exists)(Mark::Section(s)) {
                left_out(
                    &mut self.section_out[s],
                    Mark::Section(s),
                    !self.selected_in[s],
                    out,
                );
            }
        }
        self.paint(to, &mut self.part_units[part].clone(), out);
        for s in self.part_sections[part].clone() {
            if (to.exists)(Mark::Section(s)) {
                counted(
                    &mut self.badges[s],
                    Mark::SectionBadge(s),
                    self.counts[s],
                    out,
                );
            }
        }
    }

    /// Part `part` of the outline: its entries muted or not, their counts.
    fn outline(&mut self, to: &ViewInput, part: usize, out: &mut dyn FnMut(Write)) {
        for s in self.part_sections[part].clone() {
            if !(to.exists)(Mark::Entry(s)) {
                continue;
            }
            left_out(
                &mut self.entry_out[s],
                Mark::Entry(s),
                !self.selected_in[s],
                out,
            );
            counted(
                &mut self.entry_badges[s],
                Mark::EntryBadge(s),
                self.counts[s],
                out,
            );
        }
    }

    fn unit_left_out(&mut self, to: &ViewInput, u: usize, out: &mut dyn FnMut(Write)) {
        if self.passage[u] && (to.exists)(Mark::Unit(u)) {
            let left = !to.matches.selects(self.units[u]);
            left_out(&mut self.unit_out[u], Mark::Unit(u), left, out);
        }
    }

    /// The units given: matches and dimmed sentences painted where they change.
    fn paint(
        &mut self,
        to: &ViewInput,
        units: &mut dyn Iterator<Item = usize>,
        out: &mut dyn FnMut(Write),
    ) {
        let source = &to.doc.source;
        let mut paint = Vec::new();
        for u in units {
            if !(to.exists)(Mark::Unit(u)) {
                continue;
            }
            let span = self.units[u];
            let marks = to.matches.within(span);
            let before = self.painted.get(&u).map_or(&[][..], Vec::as_slice);
            let changed = before != marks;
            if changed {
                if marks.is_empty() {
                    self.painted.remove(&u);
                } else {
                    self.painted.insert(u, marks.to_vec());
                }
                self.dimmed.remove(&u);
            }
            let dim = self.dimming && !marks.is_empty() && !self.dimmed.contains(&u);
            if changed || dim {
                let dimmed = dim.then(|| {
                    let without = to.matches.sentences_without_match(source, span);
                    utf16_offsets(source, span.start, &without)
                });
                if dim {
                    self.dimmed.insert(u);
                }
                paint.push(UnitPaint {
                    unit: u,
                    matches: changed.then(|| utf16_offsets(source, span.start, marks)),
                    dimmed,
                });
            }
        }
        if !paint.is_empty() {
            out(Write::Paint(paint));
        }
    }
}

/// Writes that `at` is left out or not, where it changes; `was` is what the element carries.
/// A badge whose count changes from `was` to `count`.
fn counted(was: &mut usize, at: Mark, count: usize, out: &mut dyn FnMut(Write)) {
    if *was != count {
        out(Write::Count {
            at,
            count,
            before: *was,
        });
        *was = count;
    }
}

fn left_out(was: &mut bool, at: Mark, left: bool, out: &mut dyn FnMut(Write)) {
    if *was != left {
        *was = left;
        out(Write::LeftOut(at, left));
    }
}
