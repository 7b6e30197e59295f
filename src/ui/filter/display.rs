//! The filter's result shown on the document: what is hidden (a class on each passage, section
//! and outline entry the query leaves out), the counts beside headings and in the outline, and
//! the matches painted as highlights over the unchanged text (`match_highlights.rs`).
//!
//! A keystroke writes only what changes, and only in the part of the text at the top of the
//! window and the two after it, and in the parts of the outline the browser is rendering
//! (`rendered_parts.rs`); the other parts are skipped by the browser until they are written, in
//! the tasks after the keystroke's frame, a slice at a time. Clearing the box is one class on the page: what the
//! last query wrote stays, unseen, for the next one to change.

use crate::model::{Document, Span};
use crate::search::{utf16_offsets, Matches};
use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::browser::timing;
use crate::ui::document::nodes::DocumentNodes;
use crate::ui::filter::match_highlights::{MatchHighlights, UnitPaint};
use crate::ui::filter::rendered_parts::{self, RenderedParts};
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

/// How long one task writes what was left for later.
const SLICE_MS: f64 = 8.0;
/// The class of what the query leaves out (style/screen.css hides it while filtering).
const LEFT_OUT: &str = "filtered-out";

/// The filter's result on the open document.
#[derive(Clone, Copy)]
pub struct FilterShown {
    display: StoredValue<FilterDisplay, LocalStorage>,
    nodes: StoredValue<DocumentNodes, LocalStorage>,
    matches: Memo<Matches>,
    doc: StoredValue<Arc<Document>>,
}

/// Shows the filter's result on the document as it is built and at every query.
pub fn show_filter_on_document(state: ReaderState) -> FilterShown {
    let doc = state.doc.get_value();
    let shown = FilterShown {
        display: StoredValue::new_local(FilterDisplay::new(&doc, &state.part_spans())),
        nodes: state.nodes,
        matches: state.matches,
        doc: state.doc,
    };
    listen_on_window(rendered_parts::EVENT, Phase::Capture, move |event| {
        if shown.display.try_update_value(|d| d.rendered.record(event)) == Some(true) {
            shown.write_pending(0.0);
        }
    });
    // Again when a part is built: it shows the result as it arrives.
    Effect::new(move |_| {
        let dim = state.filter.sentences_only.get();
        let _ = state.built.get();
        state.matches.with(|m| {
            shown.display.update_value(|d| {
                shown
                    .nodes
                    .with_value(|nodes| d.update(&doc, m, dim, nodes))
            })
        });
        // After the frame that shows the keystroke's result.
        request_animation_frame(move || {
            set_timeout(move || shown.write_pending(SLICE_MS), Duration::ZERO)
        });
    });
    shown
}

impl FilterShown {
    /// Writes what was left for later, the parts on screen first, for `slice_ms` at most, and
    /// comes back for the rest in another task.
    fn write_pending(self, slice_ms: f64) {
        let Some(now) = window().performance().map(|p| p.now()) else {
            return;
        };
        let Some(doc) = self.doc.try_get_value() else {
            return;
        };
        let more = self.matches.try_with_untracked(|m| {
            self.display.try_update_value(|d| {
                self.nodes
                    .with_value(|nodes| d.write_pending(&doc, m, nodes, now + slice_ms))
            })
        });
        match more.flatten() {
            Some(true) => set_timeout(move || self.write_pending(SLICE_MS), Duration::ZERO),
            Some(false) => timing::highlights_painted(),
            None => {}
        }
    }

    /// Marks the `index`-th match of `m` as the current one (or none); its range, to scroll to.
    pub fn set_current(self, m: &Matches, index: Option<usize>) -> Option<web_sys::Range> {
        let doc = self.doc.try_get_value()?;
        self.display
            .try_update_value(|d| {
                self.nodes
                    .with_value(|nodes| d.set_current(&doc, m, index, nodes))
            })
            .flatten()
    }
}

/// Adds or removes the class of what the query leaves out, where it changes; `was` is what the
/// element carries.
fn left_out(was: &mut bool, element: &web_sys::Element, out: bool) {
    if *was != out {
        *was = out;
        let _ = element.class_list().toggle_with_force(LEFT_OUT, out);
    }
}

/// The class of a part skipped until the filter's result is written there (style/screen.css).
const SETTLING: &str = "settling";

struct FilterDisplay {
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
    /// As written on the page: what is left out, each section's counts, the matches painted,
    /// the units whose sentences without a match are dimmed.
    unit_out: Vec<bool>,
    /// For the current query: each section's count of matches, and whether it has a selected
    /// unit (else it is left out).
    counts: Vec<usize>,
    selected_in: Vec<bool>,
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
    highlights: Option<MatchHighlights>,
    rendered: RenderedParts,
}

impl FilterDisplay {
    /// `parts`: the span of each part of the text.
    fn new(doc: &Document, parts: &[Span]) -> Self {
        let pieces = doc.pieces();
        let units: Vec<Span> = pieces.iter().map(|p| p.text()).collect();
        let sections: Vec<Span> = doc.sections_in_order().iter().map(|s| s.span()).collect();
        let within = |part: Span, spans: &[Span]| {
            spans.partition_point(|s| s.start < part.start)
                ..spans.partition_point(|s| s.start < part.end)
        };
        let part_units: Vec<Range<usize>> = parts.iter().map(|&p| within(p, &units)).collect();
        let in_parts = part_units.first().map_or(0..0, |first| {
            first.start..part_units.last().map_or(first.end, |l| l.end)
        });
        FilterDisplay {
            passage: pieces
                .iter()
                .map(|p| matches!(p, crate::model::Piece::Block(_)))
                .collect(),
            outside: (0..units.len()).filter(|u| !in_parts.contains(u)).collect(),
            part_sections: parts.iter().map(|&p| within(p, &sections)).collect(),
            part_units,
            unit_out: vec![false; units.len()],
            counts: vec![0; sections.len()],
            selected_in: vec![false; sections.len()],
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
            highlights: MatchHighlights::register(),
            rendered: RenderedParts::new(parts.len()),
            units,
            sections,
        }
    }

    /// Shows `m` on the parts on screen, and leaves the others for [`Self::write_pending`];
    /// `dim`: the sentences without a match are dimmed.
    fn update(&mut self, doc: &Document, m: &Matches, dim: bool, nodes: &DocumentNodes) {
        let active = m.is_active();
        let was_active = std::mem::replace(&mut self.active, active);
        self.pending_text.clear();
        self.pending_outline.clear();
        if !active && !was_active {
            return;
        }
        if !active {
            // The page's class hides what the last query wrote; its highlights go at once.
            if let Some(h) = &mut self.highlights {
                h.clear();
            }
            self.painted.clear();
            self.dimmed.clear();
        } else if dim != self.dimming {
            self.dimming = dim;
            if let Some(h) = &mut self.highlights {
                h.show_dimmed(dim);
            }
            self.dimmed.clear();
        }
        if active {
            // Once per query, for the text and the outline, now and in the slices after.
            for (s, span) in self.sections.iter().enumerate() {
                self.counts[s] = m.count_in(*span);
                self.selected_in[s] = m.units_in(*span) > 0;
            }
            let outside = std::mem::take(&mut self.outside);
            for &u in &outside {
                self.write_unit_left_out(m, nodes, u);
            }
            self.write_units(doc, m, nodes, outside.iter().copied());
            self.outside = outside;
        }
        // The part at the top of the window (the first the browser renders: it renders a margin
        // above the window too) and the two after it now; the others wait, skipped, for the
        // tasks after this frame. Showing or hiding thousands of paragraphs moves every part,
        // and the browser would otherwise lay out all those it had been rendering (all of them,
        // after a query that hid nearly everything) before finding which are still in view.
        let first = (0..self.part_units.len())
            .find(|&p| self.rendered.text(p))
            .unwrap_or(0);
        for part in 0..self.part_units.len() {
            if (first..first + 3).contains(&part) {
                if active {
                    self.write_text(doc, m, nodes, part);
                }
            } else if let Some(element) = nodes.part(part) {
                let _ = element.class_list().add_1(SETTLING);
                self.pending_text.insert(part);
            }
            if !active {
                continue;
            }
            if self.rendered.outline(part) {
                self.write_outline(nodes, part);
            } else {
                self.pending_outline.insert(part);
            }
        }
        timing::filter_updated();
    }

    /// Writes the parts left for later, in order, until `deadline` (a `performance.now()`
    /// time); true while some are left.
    fn write_pending(
        &mut self,
        doc: &Document,
        m: &Matches,
        nodes: &DocumentNodes,
        deadline: f64,
    ) -> bool {
        let shown: Vec<usize> = self
            .pending_outline
            .iter()
            .copied()
            .filter(|&p| self.rendered.outline(p))
            .collect();
        for part in shown {
            self.pending_outline.remove(&part);
            self.write_outline(nodes, part);
        }
        let clock = web_sys::window().and_then(|w| w.performance());
        while clock.as_ref().is_some_and(|c| c.now() < deadline) {
            if let Some(part) = self.pending_text.pop_first() {
                if m.is_active() {
                    self.write_text(doc, m, nodes, part);
                }
                if let Some(element) = nodes.part(part) {
                    let _ = element.class_list().remove_1(SETTLING);
                }
            } else if let Some(part) = self.pending_outline.pop_first() {
                self.write_outline(nodes, part);
            } else {
                break;
            }
        }
        !self.pending_text.is_empty() || !self.pending_outline.is_empty()
    }

    /// Part `part` of the text: its passages and sections shown or left out.
    fn write_left_out(&mut self, m: &Matches, nodes: &DocumentNodes, part: usize) {
        for u in self.part_units[part].clone() {
            self.write_unit_left_out(m, nodes, u);
        }
        for s in self.part_sections[part].clone() {
            if let Some(section) = nodes.section(s) {
                left_out(&mut self.section_out[s], section, !self.selected_in[s]);
            }
        }
    }

    fn write_unit_left_out(&mut self, m: &Matches, nodes: &DocumentNodes, u: usize) {
        if let Some(element) = nodes.unit(u).filter(|_| self.passage[u]) {
            left_out(&mut self.unit_out[u], element, !m.selects(self.units[u]));
        }
    }

    /// Part `part` of the text: what is shown and hidden, its counts, its highlights.
    fn write_text(&mut self, doc: &Document, m: &Matches, nodes: &DocumentNodes, part: usize) {
        self.write_left_out(m, nodes, part);
        self.write_units(doc, m, nodes, self.part_units[part].clone());
        for s in self.part_sections[part].clone() {
            let count = self.counts[s];
            if nodes.section(s).is_some() && self.badges[s] != count {
                nodes.show_badge(s, count, self.badges[s]);
                self.badges[s] = count;
            }
        }
    }

    /// Part `part` of the outline: its entries muted or not, their counts.
    fn write_outline(&mut self, nodes: &DocumentNodes, part: usize) {
        for s in self.part_sections[part].clone() {
            let Some(entry) = nodes.entry(s) else {
                continue;
            };
            left_out(&mut self.entry_out[s], entry, !self.selected_in[s]);
            let count = self.counts[s];
            if self.entry_badges[s] != count {
                nodes.show_entry_badge(s, count);
                self.entry_badges[s] = count;
            }
        }
    }

    /// The units given: matches and dimmed sentences painted.
    fn write_units(
        &mut self,
        doc: &Document,
        m: &Matches,
        nodes: &DocumentNodes,
        units: impl Iterator<Item = usize>,
    ) {
        let mut paint = Vec::new();
        for u in units {
            if nodes.unit(u).is_none() {
                continue;
            }
            let span = self.units[u];
            let marks = m.within(span);
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
                    utf16_offsets(
                        &doc.source,
                        span.start,
                        &m.sentences_without_match(&doc.source, span),
                    )
                });
                if dim {
                    self.dimmed.insert(u);
                }
                paint.push(UnitPaint {
                    unit: u,
                    matches: changed.then(|| utf16_offsets(&doc.source, span.start, marks)),
                    dimmed,
                });
            }
        }
        if let Some(h) = &mut self.highlights {
            h.paint(paint, |u| nodes.unit(u).cloned());
        }
    }

    /// Marks the `index`-th match as the current one (or none); its range, to scroll to.
    fn set_current(
        &mut self,
        doc: &Document,
        m: &Matches,
        index: Option<usize>,
        nodes: &DocumentNodes,
    ) -> Option<web_sys::Range> {
        let at = index.and_then(|i| {
            let span = *m.spans.get(i)?;
            let unit = self
                .units
                .partition_point(|s| s.start <= span.start)
                .checked_sub(1)?;
            let before = m
                .spans
                .partition_point(|s| s.start < self.units[unit].start);
            Some((unit, i - before))
        });
        // Its part may not be painted yet.
        if let Some((unit, _)) = at {
            if let Some(part) = self.part_units.iter().position(|r| r.contains(&unit)) {
                if self.pending_text.remove(&part) {
                    self.write_text(doc, m, nodes, part);
                }
            }
        }
        self.highlights.as_mut().and_then(|h| h.set_current(at))
    }
}
