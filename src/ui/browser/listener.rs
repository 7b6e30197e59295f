//! An event listener that lives as long as the component (or reader) that added it.

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// When a listener runs: `Capture` for events that do not bubble (`toggle`, `focus`, …) but are
/// listened for on an ancestor.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Bubble,
    Capture,
}

/// Calls `handler` for every `event` on `target` until the current reactive owner is cleaned up.
pub fn listen(
    target: &EventTarget,
    event: &'static str,
    phase: Phase,
    handler: impl FnMut(&Event) + 'static,
) {
    let options = match phase {
        // Not passive: a handler may take the event from the browser (`prevent_default`).
        Phase::Bubble => EventListenerOptions::enable_prevent_default(),
        Phase::Capture => EventListenerOptions::run_in_capture_phase(),
    };
    let listener = EventListener::new_with_options(target, event, options, handler);
    let attached = StoredValue::new_local(Some(listener));
    on_cleanup(move || drop(attached.try_update_value(Option::take)));
}

/// [`listen`] on the window.
pub fn listen_on_window(event: &'static str, phase: Phase, handler: impl FnMut(&Event) + 'static) {
    listen(&window(), event, phase, handler);
}

/// [`listen_on_window`] for an event of type `E` (`KeyboardEvent`, `DragEvent`, …).
pub fn listen_on_window_for<E: JsCast>(event: &'static str, mut handler: impl FnMut(&E) + 'static) {
    listen_on_window(event, Phase::Bubble, move |event| {
        // Not checked with `instanceof`: an event made by script (`new Event("drop")`) with the
        // fields set is handled like the browser's own.
        handler(event.unchecked_ref::<E>());
    });
}
