//! The filter's result, fanned out to one signal per block and per section.
//!
//! Every block reading the document-wide matches would make the matches a source with
//! thousands of subscribers; in Leptos each of them leaves and rejoins that list when it
//! re-runs, at a cost proportional to its length, so a keystroke on a long document cost
//! seconds. Instead one effect walks the matches once per query and updates only the
//! signals whose value changed: a block re-renders only when its own marks or visibility do.

use crate::model::{Document, Span};
use crate::search::Matches;
use leptos::prelude::*;

/// What the filter means for one block or heading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitFilter {
    /// Filtering, and the query does not select it.
    pub hidden: bool,
    /// The matches inside its text.
    pub marks: Vec<Span>,
}

impl UnitFilter {
    /// Whether any of the matches lies inside `span`.
    pub fn touches(&self, span: Span) -> bool {
        self.marks.iter().any(|m| span.contains(*m))
    }
}

/// What the filter means for one section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SectionFilter {
    /// Filtering, and nothing in the section is selected.
    pub hidden: bool,
    /// Matches in the section and its subsections (0 when not filtering).
    pub count: usize,
}

#[derive(Clone, Copy)]
pub struct FilterViews {
    /// Text span of each block and heading, in order, with its signal.
    units: StoredValue<Vec<(Span, RwSignal<UnitFilter>)>>,
    /// Span of each section in reading order (see `state::indexed`), with its signal.
    sections: StoredValue<Vec<(Span, RwSignal<SectionFilter>)>>,
}

impl FilterViews {
    pub fn new(doc: &Document, matches: Memo<Matches>) -> Self {
        let units = doc.pieces().iter().map(|p| (p.text(), RwSignal::new(UnitFilter::default()))).collect();
        let sections = doc.sections_in_order().iter().map(|s| (s.span(), RwSignal::new(SectionFilter::default()))).collect();
        let views = FilterViews { units: StoredValue::new(units), sections: StoredValue::new(sections) };
        Effect::new(move |_| matches.with(|m| views.update(m)));
        views
    }

    fn update(&self, m: &Matches) {
        let active = m.is_active();
        self.units.with_value(|units| {
            for (span, signal) in units {
                let new = UnitFilter { hidden: active && !m.selects(*span), marks: m.within(*span).to_vec() };
                if signal.with_untracked(|old| *old != new) {
                    signal.set(new);
                }
            }
        });
        self.sections.with_value(|sections| {
            for (span, signal) in sections {
                let new = SectionFilter { hidden: active && m.units_in(*span) == 0, count: m.count_in(*span) };
                if signal.with_untracked(|old| *old != new) {
                    signal.set(new);
                }
            }
        });
    }

    /// The signal of the block or heading whose text is `text`.
    pub fn unit(&self, text: Span) -> RwSignal<UnitFilter> {
        self.units.with_value(|units| {
            let at = units.partition_point(|(s, _)| s.start < text.start);
            units.get(at).filter(|(s, _)| *s == text).map(|(_, signal)| *signal)
        })
        .unwrap_or_else(|| RwSignal::new(UnitFilter::default()))
    }

    /// The signal of the section with reading-order index `index`.
    pub fn section(&self, index: usize) -> RwSignal<SectionFilter> {
        self.sections.with_value(|sections| sections[index].1)
    }
}
