//! Which sections the browser is rendering. Sections far from the viewport are skipped
//! (`content-visibility: auto`, see style/screen.css), and the filter paints their highlights
//! after the ones on screen, out of the keystroke's way.

use crate::model::{Document, Span};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

pub struct RenderedSections {
    /// The innermost section holding each unit (block or heading), by unit index.
    unit_section: Vec<Option<usize>>,
    /// Sections the browser reported rendering, by reading-order index. A section is not
    /// rendered until the browser says so: those inside a skipped one are never reported.
    rendered: Vec<bool>,
    by_id: HashMap<String, usize>,
}

impl RenderedSections {
    pub fn new(doc: &Document) -> Self {
        let sections: Vec<(Span, String)> = doc.sections_in_order().iter().map(|s| (s.span(), s.heading.id.clone())).collect();
        let unit_section = doc
            .pieces()
            .iter()
            .map(|piece| {
                let text = piece.text();
                let after = sections.partition_point(|(s, _)| s.start <= text.start);
                (0..after).rev().find(|&i| sections[i].0.contains(text))
            })
            .collect();
        let by_id = sections.iter().enumerate().map(|(i, (_, id))| (id.clone(), i)).collect();
        RenderedSections { unit_section, rendered: vec![false; sections.len()], by_id }
    }

    /// Whether unit `unit` is outside sections or in one the browser renders.
    pub fn shows(&self, unit: usize) -> bool {
        match self.unit_section.get(unit).copied().flatten() {
            Some(section) => self.rendered[section],
            None => true,
        }
    }

    /// Records a `contentvisibilityautostatechange` event; true if a section started rendering.
    fn record(&mut self, event: &web_sys::Event) -> bool {
        let Some(id) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()) else {
            return false;
        };
        let Some(&section) = self.by_id.get(&id) else { return false };
        let skipped = js_sys::Reflect::get(event, &"skipped".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        self.rendered[section] = !skipped;
        !skipped
    }
}

/// Keeps `sections` up to date, calling `on_shown` when a section starts rendering, until the
/// current reactive owner is cleaned up.
pub fn track(sections: StoredValue<RenderedSections, LocalStorage>, on_shown: impl Fn() + 'static) {
    // The event does not bubble: listen in the capture phase.
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if sections.try_update_value(|s| s.record(&event)).unwrap_or(false) {
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
