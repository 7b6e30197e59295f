use super::language::tr;
use super::selection_style::OutlineId;
use super::state::{indexed, ReaderState};
use crate::model::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the outline is open as a drawer over the text (narrow screens only; beside the
/// text it is always shown).
#[derive(Clone, Copy)]
pub struct OutlineDrawer(pub RwSignal<bool>);

/// The sections as a list of links beside the text; while filtering, how many matches each
/// has. A folded section's entries fold with it. On a narrow screen, a drawer.
#[component]
pub fn Outline() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let OutlineDrawer(drawer) = expect_context::<OutlineDrawer>();
    let doc = state.doc.get_value();
    let close = NodeRef::<leptos::html::Button>::new();
    // Focus goes into the drawer when it opens, and back to its button when it closes.
    Effect::new(move |was_open: Option<bool>| {
        let open = drawer.get();
        if open {
            if let Some(button) = close.get() {
                let _ = button.focus();
            }
        } else if was_open == Some(true) {
            let focus_inside = document().active_element().is_some_and(|e| e.closest("nav.outline").ok().flatten().is_some());
            let toggle = document().query_selector("[data-testid=outline-toggle]").ok().flatten();
            if let Some(toggle) = toggle.filter(|_| focus_inside).and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = toggle.focus();
            }
        }
        open
    });
    view! {
        <nav
            id="outline"
            class="outline no-print"
            class:filtering=move || state.filtering()
            class:drawer-open=move || drawer.get()
            aria-label=tr("提纲", "Outline")
            data-testid="outline"
            // Following a link closes the drawer.
            on:click=move |ev| {
                if event_target::<web_sys::Element>(&ev).closest("a").ok().flatten().is_some() {
                    drawer.set(false);
                }
            }
        >
            <div class="outline-top">
                <h2 class="outline-heading">{tr("提纲", "Outline")}</h2>
                <button type="button" class="drawer-close" data-testid="outline-close" node_ref=close
                    aria-label=tr("关闭提纲", "Close the outline") on:click=move |_| drawer.set(false)>"×"</button>
            </div>
            {top_entries(state, &doc.sections)}
        </nav>
        <div class="drawer-backdrop no-print" hidden=move || !drawer.get() on:click=move |_| drawer.set(false)></div>
    }
}

/// The entries of the top-level sections, a list for each part of the document, shown with it.
fn top_entries(state: ReaderState, sections: &[Section]) -> impl IntoView {
    let first_indices: Vec<usize> = indexed(sections, 0).into_iter().map(|(i, _)| i).collect();
    (0..state.parts.count())
        .map(|part| {
            let shown = state.parts.is_shown(part);
            let range = state.parts.range(part);
            let first = first_indices[range.start];
            move || {
                shown.get().then(|| {
                    let doc = state.doc.get_value();
                    view! { <ol class="outline-part">{items(state, indexed(&doc.sections[range.clone()], first))}</ol> }
                })
            }
        })
        .collect_view()
}

fn entries(state: ReaderState, sections: &[Section], first_index: usize) -> AnyView {
    view! { <ol>{items(state, indexed(sections, first_index))}</ol> }.into_any()
}

fn items(state: ReaderState, sections: Vec<(usize, &Section)>) -> AnyView {
    let doc = state.doc.get_value();
    sections
        .into_iter()
        .map(|(this, section)| {
            let label = doc.text(section.heading.text).to_string();
            let filter = state.views.section(this);
            let count = filter.count;
            let children = (!section.children.is_empty())
                .then(|| entries(state, &section.children, this + 1));
            let points = key_points(state, section, this);
            let open = state.is_open(this);
            view! {
                <li id=OutlineId(&section.heading.id).to_string() class:folded=move || !open.get()>
                    <a href=format!("#{}", section.heading.id) on:click=move |_| state.is_open(this).set(true)>
                        {label}
                    </a>
                    <span class="badge">{move || match count.get() {
                        0 => String::new(),
                        n => n.to_string(),
                    }}</span>
                    {points}
                    {children}
                </li>
            }
        })
        .collect_view()
        .into_any()
}

/// The key points in a section's own text, listed under its heading.
fn key_points(state: ReaderState, section: &Section, index: usize) -> Option<AnyView> {
    let doc = state.doc.get_value();
    let points = doc.key_points_of(&section.blocks);
    (!points.is_empty()).then(|| {
        let items = points
            .iter()
            .map(|p| {
                view! {
                    <li class="key-point-entry">
                        <a href=format!("#{}", p.id) on:click=move |_| state.is_open(index).set(true)>
                            {doc.text(p.span).to_string()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="key-points">{items}</ul> }.into_any()
    })
}
