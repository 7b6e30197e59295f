use super::state::ReaderState;
use leptos::prelude::*;

/// Paper gets the whole document whatever is folded on screen. The print stylesheet already
/// shows folded content where the browser supports `::details-content`; opening every
/// section for the duration of printing covers the browsers that do not.
pub fn expand_everything_while_printing(state: ReaderState) {
    let before = window_event_listener_untyped("beforeprint", move |_| state.printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| state.printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

pub fn print_page() {
    if let Err(err) = window().print() {
        leptos::logging::error!("print failed: {err:?}");
    }
}
