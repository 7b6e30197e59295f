//! The filter's result shown on the document: the counts beside headings and in the outline,
//! what is hidden (one style sheet, `selection_style.rs`), and the matches painted as highlights
//! over the unchanged text (`match_highlights.rs`).
//!
//! A keystroke touches only what changes: the units that had or have matches, the counts that
//! differ. The highlights of units the browser is not rendering are painted after the
//! keystroke, in slices (`rendered_parts.rs`).

use crate::ui::filter::match_highlights::{MatchHighlights, UnitPaint};
use crate::ui::filter::rendered_parts::{self, RenderedParts};
use crate::ui::filter::selection_style::SelectionStyle;
use crate::ui::document::nodes::DocumentNodes;
use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::browser::timing;
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use std::time::Duration;
use crate::model::{Document, Span};
use crate::search::{utf16_offsets, Matches};
use crate::ui::document::section_ids::SectionIds;
use std::collections::HashMap;
use std::sync::Arc;

/// How long one task paints highlights left for later.
const PAINT_SLICE_MS: f64 = 8.0;

/// The filter's result on the open document.
#[derive(Clone, Copy)]
pub struct FilterShown(StoredValue<FilterDisplay, LocalStorage>);

/// Shows the filter's result on the document as it is built and at every query.
pub fn show_filter_on_document(state: ReaderState) -> FilterShown {
    let doc = state.doc.get_value();
    let section_ids = state.section_ids.get_value();
    let units: Vec<Span> = doc.pieces().iter().map(|p| p.text()).collect();
    let sections: Vec<Span> = doc.sections_in_order().iter().map(|s| s.span()).collect();
    let rendered = RenderedParts::new(&units, &state.part_spans(), &sections, section_ids.clone());
    let shown = FilterShown(StoredValue::new_local(FilterDisplay::new(units, sections, rendered, section_ids)));
    listen_on_window(rendered_parts::EVENT, Phase::Capture, move |event| {
        if shown.0.try_update_value(|d| d.rendered.record(event)) == Some(true) {
            shown.paint_pending(0.0);
        }
    });
    // Again when a part is built: its counts and highlights are shown as it arrives.
    Effect::new(move |_| {
        let dim = state.filter.sentences_only.get();
        let _ = state.built.get();
        state.matches.with(|m| shown.0.update_value(|d| state.nodes.with_value(|nodes| d.update(&doc, m, dim, nodes))));
        set_timeout(move || shown.paint_pending(PAINT_SLICE_MS), Duration::ZERO);
    });
    shown
}

impl FilterShown {
    /// Paints the highlights left for later, those on screen first, for `slice_ms` at most,
    /// and comes back for the rest in another task.
    fn paint_pending(self, slice_ms: f64) {
        let Some(now) = window().performance().map(|p| p.now()) else { return };
        match self.0.try_update_value(|d| d.paint_pending(now + slice_ms)) {
            Some(true) => set_timeout(move || self.paint_pending(PAINT_SLICE_MS), Duration::ZERO),
            Some(false) => timing::highlights_painted(),
            None => {}
        }
    }

    /// Marks the `index`-th match of `m` as the current one (or none); its range, to scroll to.
    pub fn set_current(self, m: &Matches, index: Option<usize>) -> Option<web_sys::Range> {
        self.0.try_update_value(|d| d.set_current(m, index)).flatten()
    }
}

pub struct FilterDisplay {
    /// The text of each unit (`Document::pieces`), in order.
    units: Vec<Span>,
    /// The span of each section, in reading order.
    sections: Vec<Span>,
    /// The matches painted in each unit that has any.
    painted: HashMap<usize, Vec<Span>>,
    /// The count shown on each section.
    counts: Vec<usize>,
    /// Whether the sentences without a match are dimmed, as last painted.
    dimming: bool,
    highlights: Option<MatchHighlights>,
    selection: SelectionStyle,
    rendered: RenderedParts,
}

impl FilterDisplay {
    /// `units`: the text of each unit; `sections`: the span of each section (reading order).
    fn new(units: Vec<Span>, sections: Vec<Span>, rendered: RenderedParts, section_ids: Arc<SectionIds>) -> Self {
        FilterDisplay {
            units,
            sections,
            painted: HashMap::new(),
            counts: Vec::new(),
            dimming: false,
            highlights: MatchHighlights::register(),
            selection: SelectionStyle::install(section_ids),
            rendered,
        }
    }

    /// Shows `m` on the elements built so far; `dim`: the sentences without a match are dimmed.
    fn update(&mut self, doc: &Document, m: &Matches, dim: bool, nodes: &DocumentNodes) {
        let dim_all = dim && !self.dimming;
        self.dimming = dim;
        let dimmed = |span: Span| dim.then(|| utf16_offsets(&doc.source, span.start, &m.sentences_without_match(&doc.source, span)));
        // The units painted before and those with matches now, in order.
        let mut touched: Vec<usize> = self.painted.keys().copied().collect();
        let mut last = None;
        for span in &m.spans {
            let unit = self.units.partition_point(|u| u.start <= span.start).saturating_sub(1);
            if last != Some(unit) {
                touched.push(unit);
                last = Some(unit);
            }
        }
        touched.sort_unstable();
        touched.dedup();
        let mut repaint = Vec::new();
        for unit in touched {
            if nodes.unit(unit).is_none() {
                continue;
            }
            let span = self.units[unit];
            let marks = m.within(span);
            let before = self.painted.get(&unit).map_or(&[][..], Vec::as_slice);
            if before != marks {
                let matches = Some(utf16_offsets(&doc.source, span.start, marks));
                if marks.is_empty() {
                    self.painted.remove(&unit);
                } else {
                    self.painted.insert(unit, marks.to_vec());
                }
                repaint.push(UnitPaint { unit, matches, dimmed: dimmed(span) });
            } else if dim_all && !marks.is_empty() {
                repaint.push(UnitPaint { unit, matches: None, dimmed: dimmed(span) });
            }
        }
        // What is on screen now; the rest right after, a slice at a time (`paint_pending`).
        if let Some(h) = &mut self.highlights {
            let rendered = &self.rendered;
            h.repaint(repaint, |unit| rendered.shows(unit));
            h.show_dimmed(dim);
        }
        self.counts.resize(self.sections.len(), 0);
        for (index, span) in self.sections.iter().enumerate() {
            let count = m.count_in(*span);
            if self.counts[index] != count && nodes.section(index).is_some() {
                self.counts[index] = count;
                nodes.show_count(index, count);
            }
        }
        if m.is_active() {
            let selected: Vec<usize> =
                m.units.iter().filter_map(|u| self.units.binary_search_by_key(&u.start, |s| s.start).ok()).collect();
            let shown: Vec<usize> = (0..self.sections.len()).filter(|&i| m.units_in(self.sections[i]) > 0).collect();
            self.selection.show(&selected, &shown);
        }
        timing::filter_updated();
    }

    /// Paints the highlights left for later, those on screen first, until `deadline` (a
    /// `performance.now()` time); true while some are left.
    fn paint_pending(&mut self, deadline: f64) -> bool {
        let rendered = &self.rendered;
        self.highlights.as_mut().is_some_and(|h| h.paint_pending(|u| rendered.shows(u), deadline))
    }

    /// Marks the `index`-th match as the current one (or none); its range, to scroll to.
    fn set_current(&mut self, m: &Matches, index: Option<usize>) -> Option<web_sys::Range> {
        let at = index.and_then(|i| {
            let span = *m.spans.get(i)?;
            let unit = self.units.partition_point(|s| s.start <= span.start).checked_sub(1)?;
            let before = m.spans.partition_point(|s| s.start < self.units[unit].start);
            Some((unit, i - before))
        });
        self.highlights.as_mut().and_then(|h| h.set_current(at))
    }
}
