//! Which parts of the document the browser is rendering. Parts far from the viewport are
//! skipped (`content-visibility: auto`, see style/screen.css and `document_parts.rs`), and the
//! filter paints their highlights after the ones on screen, out of the keystroke's way.

use crate::model::Span;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

pub struct RenderedParts {
    /// The part holding each unit (block or heading), by unit index; none for the front
    /// matter and the closing, which are always rendered.
    unit_part: Vec<Option<usize>>,
    /// Parts the browser reported rendering. A part is not rendered until the browser says so.
    rendered: Vec<bool>,
}

impl RenderedParts {
    /// `units`: the text of each unit in order; `parts`: the span of each part.
    pub fn new(units: &[Span], parts: &[Span]) -> Self {
        let unit_part = units
            .iter()
            .map(|text| {
                let after = parts.partition_point(|p| p.start <= text.start);
                after.checked_sub(1).filter(|&i| parts[i].contains(*text))
            })
            .collect();
        RenderedParts { unit_part, rendered: vec![false; parts.len()] }
    }

    /// Whether unit `unit` is outside the parts or in one the browser renders.
    pub fn shows(&self, unit: usize) -> bool {
        match self.unit_part.get(unit).copied().flatten() {
            Some(part) => self.rendered[part],
            None => true,
        }
    }

    /// Records a `contentvisibilityautostatechange` event; true if a part started rendering.
    fn record(&mut self, event: &web_sys::Event) -> bool {
        let Some(id) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()) else {
            return false;
        };
        let Some(part) = id.strip_prefix(PART_ID).and_then(|n| n.parse::<usize>().ok()).filter(|&p| p < self.rendered.len()) else {
            return false;
        };
        let skipped = js_sys::Reflect::get(event, &"skipped".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        self.rendered[part] = !skipped;
        !skipped
    }
}

/// The id of part `n`'s element: `part-n`.
pub const PART_ID: &str = "part-";

/// Keeps `parts` up to date, calling `on_shown` when a part starts rendering, until the current
/// reactive owner is cleaned up.
pub fn track(parts: StoredValue<RenderedParts, LocalStorage>, on_shown: impl Fn() + 'static) {
    // The event does not bubble: listen in the capture phase.
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if parts.try_update_value(|p| p.record(&event)).unwrap_or(false) {
            on_shown();
        }
    });
    let function: js_sys::Function = listener.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let _ = window().add_event_listener_with_callback_and_bool(EVENT, &function, true);
    let attached = StoredValue::new_local(Some((listener, function)));
    on_cleanup(move || {
        if let Some((listener, function)) = attached.try_update_value(Option::take).flatten() {
            let _ = window().remove_event_listener_with_callback_and_bool(EVENT, &function, true);
            drop(listener);
        }
    });
}

const EVENT: &str = "contentvisibilityautostatechange";
