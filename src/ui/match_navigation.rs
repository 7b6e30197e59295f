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
    request_animation_frame(move || scroll_to_mark(next));
}

fn scroll_to_mark(index: usize) {
    let Ok(marks) = document().query_selector_all("[data-testid=document] mark") else { return };
    let Some(mark) = marks.item(index as u32).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { return };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
}
