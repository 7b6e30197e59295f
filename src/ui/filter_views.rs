//! The filter's result, fanned out to signals per block and per section.
//!
//! Every block reading the document-wide matches would make the matches a source with
//! thousands of subscribers; in Leptos each of them leaves and rejoins that list when it
//! re-runs, at a cost proportional to its length, so a keystroke on a long document cost
//! seconds. Instead one effect walks the matches once per query and sets only the signals whose
//! value changed.
//!
//! Visibility is the other half of the cost: hiding the 3,900 paragraphs a query on a 1 MB
//! document does not select took 3,900 DOM updates per keystroke. So the page carries one
//! `filtering` class, under which passages and sections are hidden unless a generated style
//! sheet names them (`selection_style.rs`). While not filtering, the sheet is left as the last
//! query wrote it, so clearing the box is one class.
//! The matches themselves are painted as highlights over the unchanged text (see
//! `match_highlights.rs`).

use super::match_highlights::{MatchHighlights, UnitPaint};
use super::document_parts::DocumentParts;
use super::rendered_parts::{self, RenderedParts};
use super::section_ids::SectionIds;
use super::selection_style::SelectionStyle;
use super::timing;
use crate::model::{Document, Span};
use crate::search::{utf16_offsets, Matches};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// How long one task paints highlights left for later.
const PAINT_SLICE_MS: f64 = 8.0;

/// What the filter means for one block or heading.
#[derive(Clone, Copy)]
pub struct UnitFilter {
    /// Its place among the document's pieces.
    pub index: usize,
    /// The matches inside its text, as last painted.
    marks: StoredValue<Vec<Span>>,
}

impl UnitFilter {
    fn new(index: usize) -> Self {
        UnitFilter { index, marks: StoredValue::new(Vec::new()) }
    }

    /// The id of the element that holds the unit's text and nothing else.
    pub fn element_id(&self) -> String {
        element_id(self.index)
    }
}

/// What the filter means for one section.
#[derive(Clone, Copy)]
pub struct SectionFilter {
    /// Matches in the section and its subsections (0 when not filtering).
    pub count: RwSignal<usize>,
}

#[derive(Clone, Copy)]
pub struct FilterViews {
    /// Text span of each block and heading, in order, with its signals.
    units: StoredValue<Vec<(Span, UnitFilter)>>,
    /// Span of each section in reading order (see `state::indexed`), with its signals.
    sections: StoredValue<Vec<(Span, SectionFilter)>>,
    section_ids: StoredValue<Arc<SectionIds>>,
    highlights: StoredValue<Option<MatchHighlights>, LocalStorage>,
    selection: StoredValue<Option<SelectionStyle>, LocalStorage>,
    rendered: StoredValue<RenderedParts, LocalStorage>,
    /// Whether the sentences without a match are dimmed, as last painted.
    dimming: StoredValue<bool>,
}

impl FilterViews {
    pub fn new(
        doc: Arc<Document>,
        matches: Memo<Matches>,
        sentences_only: RwSignal<bool>,
        parts: DocumentParts,
        section_ids: Arc<SectionIds>,
        complete: RwSignal<bool>,
    ) -> Self {
        let units: Vec<(Span, UnitFilter)> = doc.pieces().iter().enumerate().map(|(i, p)| (p.text(), UnitFilter::new(i))).collect();
        let texts: Vec<Span> = units.iter().map(|(span, _)| *span).collect();
        let sections: Vec<(Span, SectionFilter)> =
            doc.sections_in_order().iter().map(|s| (s.span(), SectionFilter { count: RwSignal::new(0) })).collect();
        let section_spans: Vec<Span> = sections.iter().map(|(span, _)| *span).collect();
        let rendered = RenderedParts::new(&texts, &parts.spans(&doc), &section_spans, section_ids.clone());
        let views = FilterViews {
            units: StoredValue::new(units),
            sections: StoredValue::new(sections),
            section_ids: StoredValue::new(section_ids),
            highlights: StoredValue::new_local(MatchHighlights::register()),
            selection: StoredValue::new_local(SelectionStyle::install()),
            rendered: StoredValue::new_local(rendered),
            dimming: StoredValue::new(false),
        };
        rendered_parts::track(views.rendered, move || views.paint_pending(0.0));
        // Runs once the document's elements are on the page, and again for every new query.
        // When the last part of a long document arrives, everything is painted again: the
        // parts that came after the query had nothing painted.
        Effect::new(move |was_complete: Option<bool>| {
            let dim = sentences_only.get();
            let complete = complete.get();
            if complete && was_complete == Some(false) {
                views.forget_painted();
            }
            matches.with(|m| views.update(&doc, m, dim));
            complete
        });
        views
    }

    fn update(&self, doc: &Document, m: &Matches, dim: bool) {
        let active = m.is_active();
        let dim_all = dim && !self.dimming.get_value();
        self.dimming.set_value(dim);
        let dimmed = |span: Span| dim.then(|| utf16_offsets(&doc.source, span.start, &m.sentences_without_match(&doc.source, span)));
        let mut repaint = Vec::new();
        let mut selected = Vec::new();
        self.units.with_value(|units| {
            for (span, unit) in units {
                let marks = m.within(*span);
                if unit.marks.with_value(|old| old.as_slice() != marks) {
                    unit.marks.set_value(marks.to_vec());
                    let matches = Some(m.utf16_within(&doc.source, *span));
                    repaint.push(UnitPaint { unit: unit.index, matches, dimmed: dimmed(*span) });
                } else if dim_all && !marks.is_empty() {
                    repaint.push(UnitPaint { unit: unit.index, matches: None, dimmed: dimmed(*span) });
                }
                if active && m.selects(*span) {
                    selected.push(unit.index);
                }
            }
        });
        // What is on screen now; the rest right after, a slice at a time (`paint_pending`).
        self.rendered.with_value(|rendered| {
            self.highlights.update_value(|h| {
                if let Some(h) = h {
                    h.repaint(repaint, |unit| rendered.shows(unit));
                    h.show_dimmed(dim);
                }
            })
        });
        self.sections.with_value(|sections| {
            for (span, section) in sections {
                set_if_changed(section.count, m.count_in(*span));
            }
            if active {
                self.section_ids.with_value(|ids| {
                    let shown: Vec<&str> = sections
                        .iter()
                        .enumerate()
                        .filter(|(_, (span, _))| m.units_in(*span) > 0)
                        .map(|(i, _)| ids.id(i))
                        .collect();
                    self.selection.update_value(|s| {
                        if let Some(s) = s {
                            s.show(&selected, &shown);
                        }
                    });
                });
            }
        });
        timing::filter_updated();
        let views = *self;
        set_timeout(move || views.paint_pending(PAINT_SLICE_MS), Duration::ZERO);
    }

    /// Paints the highlights left for later, those on screen first, for `slice_ms` at most,
    /// and comes back for the rest in another task.
    fn paint_pending(self, slice_ms: f64) {
        let Some(now) = window().performance().map(|p| p.now()) else { return };
        let more = self.rendered.try_with_value(|rendered| {
            self.highlights
                .try_update_value(|h| h.as_mut().is_some_and(|h| h.paint_pending(|u| rendered.shows(u), now + slice_ms)))
                .unwrap_or(false)
        });
        match more {
            Some(true) => set_timeout(move || self.paint_pending(PAINT_SLICE_MS), Duration::ZERO),
            Some(false) => timing::highlights_painted(),
            None => {}
        }
    }

    /// Forgets what was painted, so that the next update paints every match again.
    fn forget_painted(&self) {
        self.units.with_value(|units| units.iter().for_each(|(_, unit)| unit.marks.set_value(Vec::new())));
    }

    /// The signals of the block or heading whose text is `text`.
    pub fn unit(&self, text: Span) -> UnitFilter {
        self.units
            .with_value(|units| {
                let at = units.partition_point(|(s, _)| s.start < text.start);
                units.get(at).filter(|(s, _)| *s == text).map(|(_, unit)| *unit)
            })
            .unwrap_or_else(|| UnitFilter::new(usize::MAX))
    }

    /// Marks the `index`-th match as the current one (or none); its range, to scroll to.
    pub fn set_current(&self, m: &Matches, index: Option<usize>) -> Option<web_sys::Range> {
        let at = index.and_then(|i| {
            let span = *m.spans.get(i)?;
            self.units.with_value(|units| {
                let unit = units.partition_point(|(s, _)| s.start <= span.start).checked_sub(1)?;
                let before = m.spans.partition_point(|s| s.start < units[unit].0.start);
                Some((unit, i - before))
            })
        });
        self.highlights.try_update_value(|h| h.as_mut().and_then(|h| h.set_current(at))).flatten()
    }

    /// The signals of the section with reading-order index `index`.
    pub fn section(&self, index: usize) -> SectionFilter {
        self.sections.with_value(|sections| sections[index].1)
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|old| *old != value) {
        signal.set(value);
    }
}

/// The id of the element holding unit `index`'s text.
pub fn element_id(index: usize) -> String {
    ElementId(index).to_string()
}

/// The id of the element holding a unit's text, written where it is needed (a keystroke names
/// thousands in the selection style sheet).
pub struct ElementId(pub usize);

impl std::fmt::Display for ElementId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "u{}", self.0)
    }
}
