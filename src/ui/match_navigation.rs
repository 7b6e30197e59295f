//! Moving from match to match: unfold the section that holds it and bring it into view.

use super::state::ReaderState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves `steps` matches forward (negative: back), wrapping around at either end.
pub fn go_to_match(state: ReaderState, steps: isize) {
    let count = state.matches.with(|m| m.spans.len());
    if count == 0 {
        return;
    }
    let next = match state.current.get_untracked() {
        Some(at) => (at as isize + steps).rem_euclid(count as isize) as usize,
        None if steps < 0 => count - 1,
        None => 0,
    };
    state.current.set(Some(next));
    let span = state.matches.with_untracked(|m| m.spans[next]);
    state.reveal(span);
    // The sections open on the next turn of the reactive system; scroll once they have.
    request_animation_frame(move || show_current_mark(Some(next)));
}

/// Marks the `index`-th match as the current one (or none) and scrolls it into view. Done on
/// the DOM directly: as a signal read by every mark it would cost as much as the marks are many.
pub fn show_current_mark(index: Option<usize>) {
    if let Ok(Some(previous)) = document().query_selector("[data-testid=document] mark.current") {
        let _ = previous.class_list().remove_1("current");
    }
    let Some(index) = index else { return };
    let Ok(marks) = document().query_selector_all("[data-testid=document] mark") else { return };
    let Some(mark) = marks.item(index as u32).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { return };
    let _ = mark.class_list().add_1("current");
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
}
