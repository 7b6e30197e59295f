//! The outline beside the text (a drawer on narrow screens) and the reading position in it.

pub mod reading_position;

use crate::dom_ids::OUTLINE_ID;
use crate::ui::document::deep_links::unfold_around;
use crate::ui::language::tr;
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the outline is open as a drawer over the text (narrow screens only; beside the
/// text it is always shown).
#[derive(Clone, Copy)]
pub struct OutlineDrawer(pub RwSignal<bool>);

/// The sections as a list of links beside the text (its entries are built with the text, see
/// `markup::outline_part`); while filtering, how many matches each has. A folded section's
/// entries fold with it. On a narrow screen, a drawer.
#[component]
pub fn Outline() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let OutlineDrawer(drawer) = expect_context::<OutlineDrawer>();
    let close = NodeRef::<leptos::html::Button>::new();
    // Focus goes into the drawer when it opens, and back to its button when it closes.
    Effect::new(move |was_open: Option<bool>| {
        let open = drawer.get();
        if open {
            if let Some(button) = close.get() {
                let _ = button.focus();
            }
        } else if was_open == Some(true) {
            let focus_inside = document()
                .active_element()
                .is_some_and(|e| e.closest("nav.outline").ok().flatten().is_some());
            let toggle = document()
                .query_selector("[data-testid=outline-toggle]")
                .ok()
                .flatten();
            if let Some(toggle) = toggle
                .filter(|_| focus_inside)
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = toggle.focus();
            }
        }
        open
    });
    view! {
        <nav
            id=OUTLINE_ID
            class="outline no-print"
            class:filtering=move || state.filtering()
            class:drawer-open=move || drawer.get()
            aria-label=tr("提纲", "Outline")
            data-testid="outline"
            // Following a link unfolds its target and closes the drawer. The entries are built
            // with the text (`document`); this one listener serves them all.
            on:click=move |ev| {
                let Some(link) = event_target::<web_sys::Element>(&ev).closest("a").ok().flatten() else { return };
                let target = link.get_attribute("href").and_then(|h| h.strip_prefix('#').and_then(|id| document().get_element_by_id(id)));
                if let Some(target) = target {
                    unfold_around(state, &target);
                }
                drawer.set(false);
            }
        >
            <div class="outline-top">
                <h2 class="outline-heading">{tr("提纲", "Outline")}</h2>
                <button type="button" class="drawer-close" data-testid="outline-close" node_ref=close
                    aria-label=tr("关闭提纲", "Close the outline") on:click=move |_| drawer.set(false)>"×"</button>
            </div>
        </nav>
        <div class="drawer-backdrop no-print" hidden=move || !drawer.get() on:click=move |_| drawer.set(false)></div>
    }
}
