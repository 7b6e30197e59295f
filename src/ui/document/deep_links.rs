//! Links into the document (`#s2` a section, `#s2-k3` a key point): opening one unfolds the
//! sections around the target and scrolls to it; the style sheet flashes it (`:target`).

use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::state::ReaderState;
use leptos::prelude::*;

/// Follows the link the page was opened with, and every later change of `#…`.
pub fn follow_deep_links(state: ReaderState) {
    // Once the document's first part is on the page; if the target was not in it, again once
    // all of it is.
    // (Not before: the sample's text is taken over from the build's page in a task after the
    // app starts, and a scroll to where it was is lost.)
    let (tried, missed) = (StoredValue::new(false), StoredValue::new(false));
    Effect::new(move |_| {
        let (built, complete) = (state.built.get(), state.complete.get());
        if (built > 0 && !tried.get_value()) || (complete && missed.get_value()) {
            tried.set_value(true);
            request_animation_frame(move || missed.set_value(!go_to_hash(state)));
        }
    });
    listen_on_window("hashchange", Phase::Bubble, move |_| {
        go_to_hash(state);
    });
}

/// Unfolds the section `target` is (or is in) and every section around it.
pub fn unfold_around(state: ReaderState, target: &web_sys::Element) {
    let mut at = Some(target.clone());
    while let Some(section) = at
        .as_ref()
        .and_then(|e| e.closest("details.section").ok().flatten())
    {
        if let Some(index) = state.section_index(&section.id()) {
            state.folds.set_open(index, true);
        }
        at = section.parent_element();
    }
}

/// Goes to the element named by the page's `#…`; false if it names one not on the page.
pub fn go_to_hash(state: ReaderState) -> bool {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return true;
    };
    let id = web_sys::js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| id.to_string());
    let Some(target) = document().get_element_by_id(&id) else {
        return false;
    };
    unfold_around(state, &target);
    // Scroll once the sections have opened: a section to the top, a passage to the middle.
    let block = if target.matches("details.section").unwrap_or(false) {
        web_sys::ScrollLogicalPosition::Start
    } else {
        web_sys::ScrollLogicalPosition::Center
    };
    let scroll = move |target: &web_sys::Element| {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(block);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    };
    request_animation_frame(move || {
        scroll(&target);
        // WebKit at times leaves the scroll undone when the section has only just opened: once
        // more in the next frame if the target is still out of the window.
        request_animation_frame(move || {
            let (rect, height) = (
                target.get_bounding_client_rect(),
                window()
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0),
            );
            if rect.bottom() < 0.0 || rect.top() > height {
                scroll(&target);
            }
        });
    });
    true
}
