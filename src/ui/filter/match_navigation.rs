//! Moving from match to match: unfold the section that holds it and bring it into view.

use super::display::FilterShown;
use crate::ui::state::ReaderState;
use leptos::prelude::*;

/// Moves `steps` matches forward (negative: back), wrapping around at either end.
pub fn go_to_match(state: ReaderState, shown: FilterShown, steps: isize) {
    let count = state.matches.with(|m| m.spans.len());
    if count == 0 {
        return;
    }
    let next = match state.current.get_untracked() {
        Some(at) => (at as isize + steps).rem_euclid(count as isize) as usize,
        None if steps < 0 => count - 1,
        None => 0,
    };
    go_to(state, shown, next);
}

/// Moves to the `index`-th match.
pub fn go_to(state: ReaderState, shown: FilterShown, index: usize) {
    let Some(span) = state
        .matches
        .with_untracked(|m| m.spans.get(index).copied())
    else {
        return;
    };
    state.current.set(Some(index));
    state.reveal(span);
    // The sections open on the next turn of the reactive system; scroll once they have.
    request_animation_frame(move || show_current_mark(state, shown, Some(index)));
}

/// Marks the `index`-th match as the current one (or none) and scrolls it into view.
pub fn show_current_mark(state: ReaderState, shown: FilterShown, index: Option<usize>) {
    let Some(range) = state
        .matches
        .with_untracked(|m| shown.set_current(m, index))
    else {
        return;
    };
    let Some(element) = range
        .start_container()
        .ok()
        .and_then(|n| n.parent_element())
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    // The element may be a long sentence: centre the match itself.
    let rect = range.get_bounding_client_rect();
    let middle = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
        / 2.0;
    window().scroll_by_with_x_and_y(0.0, rect.top() + rect.height() / 2.0 - middle);
}
