//! Which section the reader is in, marked in the outline (`aria-current="location"`) as the
//! page scrolls, and the outline scrolled to keep that entry in sight.
//!
//! An IntersectionObserver watches a line a fifth of the way down the window: the deepest
//! section crossing it is the current one. It watches the parts of the text, and the sections of
//! the part on the line only: on a long document it would otherwise measure thousands of
//! sections at every frame. The mark is set on the two outline links directly:
//! a reactive class on every entry would re-run thousands of closures on long documents at
//! each change of section.

use crate::dom_ids::OutlineEntryId;
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Tracks the reading position while the reader is on the page.
pub fn track_reading_position(state: ReaderState) {
    let Some(ids) = state
        .section_ids
        .try_get_value()
        .filter(|ids| ids.len() > 0)
    else {
        return;
    };
    // Indices (in document order) of the sections crossing the line now.
    let crossing = Rc::new(RefCell::new(BTreeSet::<usize>::new()));
    let marked = Rc::new(RefCell::new(None::<usize>));
    let watching = Rc::new(RefCell::new(None::<web_sys::IntersectionObserver>));
    let watched = watching.clone();
    let on_change = Closure::<dyn FnMut(web_sys::js_sys::Array)>::new(
        move |entries: web_sys::js_sys::Array| {
            let Some(observer) = watched.borrow().clone() else {
                return;
            };
            for entry in entries.iter() {
                let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
                let target = entry.target();
                if target.class_list().contains("part") {
                    // Its sections watched while the part is on the line.
                    for section in sections_in(&target) {
                        if entry.is_intersecting() {
                            observer.observe(&section);
                        } else {
                            observer.unobserve(&section);
                            if let Some(index) = ids.index(&section.id()) {
                                crossing.borrow_mut().remove(&index);
                            }
                        }
                    }
                    continue;
                }
                let Some(index) = ids.index(&target.id()) else {
                    continue;
                };
                if entry.is_intersecting() {
                    crossing.borrow_mut().insert(index);
                } else {
                    crossing.borrow_mut().remove(&index);
                }
            }
            // The deepest: sections come before their subsections in document order.
            let Some(current) = crossing.borrow().last().copied() else {
                return;
            };
            let before = marked.replace(Some(current));
            if before != Some(current) {
                mark(before.map(|i| ids.id(i)), ids.id(current));
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("-20% 0px -79% 0px");
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
        on_change.as_ref().unchecked_ref(),
        &options,
    ) else {
        return;
    };
    watching.replace(Some(observer.clone()));
    let attached = StoredValue::new_local(Some((observer, on_change)));
    // Once the first parts are on the page, and again once all are (observing a part twice
    // does nothing).
    Effect::new(move |_| {
        let _ = state.complete.get();
        request_animation_frame(move || {
            let Some(observer) = attached
                .try_with_value(|a| a.as_ref().map(|(o, _)| o.clone()))
                .flatten()
            else {
                return;
            };
            if let Ok(parts) = document().query_selector_all("[data-testid=document] > .part") {
                for i in 0..parts.length() {
                    if let Some(part) = parts
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        observer.observe(&part);
                    }
                }
            }
        });
    });
    on_cleanup(move || {
        if let Some((observer, _callback)) = attached.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}

/// The sections of a part of the text, at every depth.
fn sections_in(part: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(sections) = part.query_selector_all("details.section") else {
        return Vec::new();
    };
    (0..sections.length())
        .filter_map(|i| sections.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Moves the mark from the entry of section `before` to that of `now`.
fn mark(before: Option<&str>, now: &str) {
    let link = |id: &str| {
        document()
            .query_selector(&format!("#{} > a", OutlineEntryId(id)))
            .ok()
            .flatten()
    };
    if let Some(old) = before.and_then(link) {
        let _ = old.remove_attribute("aria-current");
    }
    let Some(new) = link(now) else { return };
    let _ = new.set_attribute("aria-current", "location");
    // Keep it in sight inside the outline's own scroll box (never scrolling the page).
    let Some(outline) = new.closest("nav.outline").ok().flatten() else {
        return;
    };
    let (entry, frame) = (
        new.get_bounding_client_rect(),
        outline.get_bounding_client_rect(),
    );
    if entry.top() < frame.top() || entry.bottom() > frame.bottom() {
        let offset = entry.top() - frame.top() - frame.height() / 3.0;
        outline.set_scroll_top(outline.scroll_top() + offset as i32);
    }
}
