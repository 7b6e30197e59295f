//! The filter's matches painted with the CSS Custom Highlight API.
//!
//! Wrapping each match in a `<mark>` split text nodes and inserted elements, and the browser
//! then laid out again every paragraph touched: one character typed on a 1 MB document cost a
//! quarter of a second. A highlight is a set of ranges over the text nodes as they are, which
//! the browser paints without layout; the document's text nodes are built once and never
//! change. That is also why the ranges are static: a live `Range` is updated by the browser at
//! every change anywhere in the page, and thousands of them made each change cost milliseconds.
//! Where the API is missing the filter still works, without the colour.

use crate::search::UnitPaint;
use crate::ui::browser::highlights::{ranges_in, registry, Highlight, HighlightRegistry};
use leptos::prelude::document;
use std::collections::HashMap;
use web_sys::{Element, Range, StaticRange};

/// The names the style sheets paint with `::highlight(…)`.
const MATCH: &str = "match";
const DIMMED: &str = "dimmed";
const CURRENT: &str = "current-match";

/// The highlights of one open document: every match, the one moved to, and the sentences
/// without a match, dimmed when the reader asks for matching sentences only.
pub struct MatchHighlights {
    registry: HighlightRegistry,
    matches: Layer,
    dimmed: Layer,
    current: Highlight,
}

impl MatchHighlights {
    /// Registers the document's highlights, replacing those of the document before. None where
    /// the browser lacks the API.
    pub fn register() -> Option<Self> {
        let registry = registry()?;
        let current = Highlight::new().ok()?;
        registry.set(CURRENT, &current);
        registry.delete(DIMMED);
        let matches = Layer::new()?;
        registry.set(MATCH, &matches.highlight);
        Some(MatchHighlights {
            matches,
            dimmed: Layer::new()?,
            current,
            registry,
        })
    }

    /// Paints the units given, each replacing what was painted there; `element` finds the
    /// element holding a unit's text.
    pub fn paint(&mut self, units: Vec<UnitPaint>, element: impl Fn(usize) -> Option<Element>) {
        if units.is_empty() {
            return;
        }
        // A registered highlight is invalidated at every range added or removed.
        self.registry.delete(MATCH);
        for paint in units {
            let element = element(paint.unit);
            if let Some(matches) = paint.matches {
                self.matches.paint(paint.unit, element.as_ref(), &matches);
            }
            if let Some(dimmed) = paint.dimmed {
                self.dimmed.paint(paint.unit, element.as_ref(), &dimmed);
            }
        }
        self.registry.set(MATCH, &self.matches.highlight);
    }

    /// Takes every match, dimmed sentence and the current match off the page at once.
    pub fn clear(&mut self) {
        self.matches.clear();
        self.dimmed.clear();
        self.current.clear();
    }

    /// Shows or hides the dimming of sentences without a match; hidden, it is also emptied
    /// (it is not kept up to date then).
    pub fn show_dimmed(&mut self, show: bool) {
        if show {
            self.registry.set(DIMMED, &self.dimmed.highlight);
        } else {
            self.registry.delete(DIMMED);
            self.dimmed.clear();
        }
    }

    /// Marks the `nth` match in unit `unit` as the current one (or none) and returns it as a
    /// live range, to measure and scroll to.
    pub fn set_current(&mut self, at: Option<(usize, usize)>) -> Option<Range> {
        self.current.clear();
        let (unit, nth) = at?;
        let range = self.matches.ranges.get(&unit)?.get(nth)?;
        self.current.add(range);
        let live = document().create_range().ok()?;
        live.set_start(&range.start_container(), range.start_offset())
            .ok()?;
        live.set_end(&range.end_container(), range.end_offset())
            .ok()?;
        Some(live)
    }
}

/// One highlight and the ranges it holds in each unit.
struct Layer {
    highlight: Highlight,
    ranges: HashMap<usize, Vec<StaticRange>>,
}

impl Layer {
    fn new() -> Option<Self> {
        Some(Layer {
            highlight: Highlight::new().ok()?,
            ranges: HashMap::new(),
        })
    }

    fn paint(&mut self, unit: usize, element: Option<&Element>, offsets: &[(u32, u32)]) {
        for range in self.ranges.remove(&unit).unwrap_or_default() {
            self.highlight.delete(&range);
        }
        let Some(element) = element else { return };
        if offsets.is_empty() {
            return;
        }
        let ranges = ranges_in(element, offsets);
        for range in &ranges {
            self.highlight.add(range);
        }
        self.ranges.insert(unit, ranges);
    }

    fn clear(&mut self) {
        self.highlight.clear();
        self.ranges.clear();
    }
}
