//! The reading line of the speaker view: a third of the way down the screen. The paragraph (or
//! heading) under it is the current one; a step forward or back brings the next or previous one
//! to it. Folded sections' text is not among the steps: a speaker skips what they folded.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// What the speaker reads, in order: the headings and paragraphs shown.
const STEPS: &str = "[data-testid=document] :is(details.section > summary, p.passage)";
/// The class of the current step (style/screen.css).
pub const CURRENT: &str = "speaker-current";

/// Where the line is, from the top of the window.
pub fn line() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
        / 3.0
}

/// The steps shown now (a folded section's text is not).
pub fn steps() -> Vec<Element> {
    let Ok(found) = document().query_selector_all(STEPS) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter(shown)
        .collect()
}

/// Whether an element is shown: not in a folded section, whose text keeps its last layout
/// (`checkVisibility`, where the browser has it).
fn shown(e: &Element) -> bool {
    use web_sys::js_sys::{Function, Reflect};
    match Reflect::get(e, &"checkVisibility".into()).and_then(|f| f.dyn_into::<Function>()) {
        Ok(check) => check.call0(e).is_ok_and(|v| v.is_truthy()),
        Err(_) => e.get_client_rects().length() > 0,
    }
}

/// The step under the line (or the last above it), by its index in `steps`.
pub fn at_line(steps: &[Element]) -> Option<usize> {
    let line = line();
    // Steps run down the page: the first whose bottom is below the line.
    let below = steps.partition_point(|e| e.get_bounding_client_rect().bottom() <= line + 1.0);
    match steps.get(below) {
        Some(e) if e.get_bounding_client_rect().top() <= line + 1.0 => Some(below),
        _ => below.checked_sub(1).or((!steps.is_empty()).then_some(0)),
    }
}

/// Scrolls so that `step` starts at the line (smoothly: the page's scroll behaviour in the view).
pub fn bring_to_line(step: &Element) {
    let offset = step.get_bounding_client_rect().top() - line();
    window().scroll_by_with_x_and_y(0.0, offset.round());
}

/// Marks `now` as the current step, and no other.
pub fn mark(before: Option<&Element>, now: Option<&Element>) {
    if let Some(before) = before {
        let _ = before.class_list().remove_1(CURRENT);
    }
    if let Some(now) = now {
        let _ = now.class_list().add_1(CURRENT);
    }
}

/// The characters of a step's text (for the pace and the time left).
pub fn chars(step: &Element) -> usize {
    step.text_content()
        .map_or(0, |t| t.chars().filter(|c| !c.is_whitespace()).count())
}

/// The heading of the section a step is in.
pub fn section_name(step: &Element) -> String {
    step.closest("details.section")
        .ok()
        .flatten()
        .and_then(|s| s.query_selector(":scope > summary .heading").ok().flatten())
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}
