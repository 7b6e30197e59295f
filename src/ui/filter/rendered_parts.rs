//! Which parts of the document and of the outline the browser is rendering. Those far from the
//! viewport are skipped (`content-visibility: auto`, see style/screen.css and `markup::layout`),
//! and the filter shows its result there after the keystroke's frame.

use crate::dom_ids::{OUTLINE_PART_ID, PART_ID};
use wasm_bindgen::JsCast;
use web_sys::js_sys;

/// The browser's report that it started or stopped rendering an element skipped by
/// `content-visibility: auto`.
pub const EVENT: &str = "contentvisibilityautostatechange";

pub struct RenderedParts {
    /// Parts of the text, and of the outline, the browser reported rendering: none until it says so.
    text: Vec<bool>,
    outline: Vec<bool>,
}

impl RenderedParts {
    pub fn new(parts: usize) -> Self {
        RenderedParts {
            text: vec![false; parts],
            outline: vec![false; parts],
        }
    }

    pub fn parts(&self) -> usize {
        self.text.len()
    }

    pub fn text(&self, part: usize) -> bool {
        self.text.get(part).copied().unwrap_or(false)
    }

    pub fn outline(&self, part: usize) -> bool {
        self.outline.get(part).copied().unwrap_or(false)
    }

    /// Records a `contentvisibilityautostatechange` event; true if a part started rendering.
    pub fn record(&mut self, event: &web_sys::Event) -> bool {
        let Some(id) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.id())
        else {
            return false;
        };
        let skipped = js_sys::Reflect::get(event, &"skipped".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let number = |prefix: &str| {
            id.strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
        };
        let state = match (number(PART_ID), number(OUTLINE_PART_ID)) {
            (Some(part), _) => self.text.get_mut(part),
            (_, Some(part)) => self.outline.get_mut(part),
            _ => None,
        };
        let Some(state) = state else { return false };
        *state = !skipped;
        !skipped
    }
}
