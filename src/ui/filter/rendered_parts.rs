//! Which parts of the document, and which sections in them, the browser is rendering. Those far
//! from the viewport are skipped (`content-visibility: auto`, see style/screen.css and
//! `markup::parts`), and the filter paints their highlights after the ones on screen, out of
//! the keystroke's way.

use crate::dom_ids::PART_ID;
use crate::ui::document::section_ids::SectionIds;
use crate::model::Span;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

pub struct RenderedParts {
    /// The part holding each unit (block or heading), by unit index; none for the front
    /// matter and the closing, which are always rendered.
    unit_part: Vec<Option<usize>>,
    /// The innermost section holding each unit, by unit index.
    unit_section: Vec<Option<usize>>,
    /// Parts and sections the browser reported rendering. Neither is rendered until the
    /// browser says so: sections inside a skipped part or section are never reported.
    part_rendered: Vec<bool>,
    section_rendered: Vec<bool>,
    section_ids: Arc<SectionIds>,
}

impl RenderedParts {
    /// `units`: the text of each unit in order; `parts`: the span of each part; `sections`:
    /// the span of each section in reading order, whose ids are `section_ids`.
    pub fn new(units: &[Span], parts: &[Span], sections: &[Span], section_ids: Arc<SectionIds>) -> Self {
        let innermost = |spans: &[Span], text: Span| {
            let after = spans.partition_point(|s| s.start <= text.start);
            (0..after).rev().find(|&i| spans[i].contains(text))
        };
        RenderedParts {
            unit_part: units.iter().map(|&text| innermost(parts, text)).collect(),
            unit_section: units.iter().map(|&text| innermost(sections, text)).collect(),
            part_rendered: vec![false; parts.len()],
            section_rendered: vec![false; sections.len()],
            section_ids,
        }
    }

    /// Whether unit `unit` is rendered: outside the parts, or in a rendered part and (if in
    /// a section) a rendered section.
    pub fn shows(&self, unit: usize) -> bool {
        let part = self.unit_part.get(unit).copied().flatten().is_none_or(|p| self.part_rendered[p]);
        let section = self.unit_section.get(unit).copied().flatten().is_none_or(|s| self.section_rendered[s]);
        part && section
    }

    /// Records a `contentvisibilityautostatechange` event; true if a part or section started
    /// rendering.
    pub fn record(&mut self, event: &web_sys::Event) -> bool {
        let Some(id) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()) else {
            return false;
        };
        let skipped = js_sys::Reflect::get(event, &"skipped".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        let state = match id.strip_prefix(PART_ID).and_then(|n| n.parse::<usize>().ok()) {
            Some(part) => self.part_rendered.get_mut(part),
            None => self.section_ids.index(&id).and_then(|s| self.section_rendered.get_mut(s)),
        };
        let Some(state) = state else { return false };
        *state = !skipped;
        !skipped
    }
}

/// The browser's report that it started or stopped rendering an element skipped by
/// `content-visibility: auto`.
pub const EVENT: &str = "contentvisibilityautostatechange";
