//! The document's text on the page: built from the model in bulk, a part at a time (see
//! `markup::layout`), as plain DOM with delegated listeners; folding, the filter and the outline
//! change the elements through indexes (`nodes.rs`) rather than through a component per node.

pub mod adopt;
pub mod copy_link;
pub mod deep_links;
pub mod dom_builder;
pub mod fold_memory;
pub mod folds;
pub mod nodes;
pub mod section_ids;

use crate::dom_ids::OUTLINE_ID;
use crate::markup::{self, Position};
use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::browser::timing;
use crate::ui::language::tr;
use crate::ui::state::ReaderState;
use dom_builder::DomBuilder;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The document itself: front matter, sections, closing.
#[component]
pub fn DocumentText() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let doc = state.doc.get_value();
    let main = NodeRef::<leptos::html::Main>::new();
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(main) = main.get() else { return };
        if !started.get_value() {
            started.set_value(true);
            start_building(state, main.unchecked_into());
        }
    });
    record_toggles(state);
    let no_results = move || state.filtering() && state.matches.with(|m| m.units.is_empty());

    view! {
        <main
            class="document"
            data-testid="document"
            node_ref=main
            // The document's language, not the interface's: it picks the Chinese glyphs.
            lang=if doc.is_chinese() { "zh-CN" } else { "" }
            class:filtering=move || state.filtering()
        >
            <p class="empty-result no-print" hidden=move || !no_results()>
                {tr("没有段落包含这个关键词。", "No paragraph has these words.")}
                <button type="button" on:click=move |_| state.filter.query.set(String::new())>{tr("清除筛选", "Clear the filter")}</button>
            </p>
        </main>
    }
}

/// The front matter and the first part now; the other parts one task each, then the closing.
fn start_building(state: ReaderState, main: Element) {
    // Leptos keeps the elements of a view it renders again (another document opened): what was
    // built for the document before goes first.
    while let Some(built) = main
        .first_element_child()
        .and_then(|own| own.next_element_sibling())
    {
        built.remove();
    }
    if let Ok(entries) = document().query_selector_all(&format!("#{OUTLINE_ID} > .outline-part")) {
        (0..entries.length())
            .filter_map(|i| entries.item(i))
            .for_each(|e| e.unchecked_into::<Element>().remove());
    }
    let doc = state.doc.get_value();
    // The sample's text is on the page already: taken over in a task of its own, so that starting
    // the app is not one long task.
    if doc.source == crate::sample::TEXT && adopt::is_prerendered() {
        set_timeout(
            move || {
                // Another document opened in the meantime.
                if state.doc.try_get_value().is_none() {
                    return;
                }
                let adopted = adopt_prerendered(state, &main);
                adopt::remove_prerendered();
                if !adopted {
                    build_from_start(state, main);
                }
            },
            Duration::ZERO,
        );
        return;
    }
    adopt::remove_prerendered();
    build_from_start(state, main);
}

/// The front matter and the first part now, the rest in tasks of their own.
fn build_from_start(state: ReaderState, main: Element) {
    let doc = state.doc.get_value();
    let (front, at) = build(state, |b| markup::front(&doc, b));
    if let Some(front) = front {
        let _ = main.append_child(&front);
    }
    request_animation_frame(|| timing::opening("first-screen"));
    build_part(state, main, 0, at);
}

/// Builds part `n`, which starts at `at`, with its outline entries, and more parts in the same
/// task while it is young; the rest in tasks of their own.
fn build_part(state: ReaderState, main: Element, n: usize, at: Position) {
    let Some(clock) = window().performance() else {
        return;
    };
    let deadline = clock.now() + TASK_MS;
    let (mut n, mut at) = (n, at);
    loop {
        let Some(doc) = state.doc.try_get_value() else {
            return;
        };
        let Some(part) = state.layout.try_with_value(|layout| layout.get(n).cloned()) else {
            return;
        };
        let Some(part) = part else {
            let (closing, ()) = build(state, |b| markup::closing(&doc, at.unit, b));
            if let Some(closing) = closing {
                let _ = main.append_child(&closing);
            }
            state.built.set(n);
            finish(state);
            return;
        };
        let folds = state.folds;
        let open = move |index| folds.is_open(index);
        let (entries, ()) = build(state, |b| markup::outline_part(&doc, n, &part, &open, b));
        let (part, ()) = build(state, |b| markup::part(&doc, n, &part, &mut at, &open, b));
        if let (Some(outline), Some(entries)) = (document().get_element_by_id(OUTLINE_ID), entries)
        {
            let _ = outline.append_child(&entries);
        }
        if let Some(part) = part {
            let _ = main.append_child(&part);
        }
        n += 1;
        // The first part alone, so that the first screen shows at once.
        if n == 1 || clock.now() > deadline {
            break;
        }
    }
    state.built.set(n);
    set_timeout(move || build_part(state, main, n, at), Duration::ZERO);
}

/// How long one task may go on building parts: well under the 50 ms of a long task.
const TASK_MS: f64 = 30.0;

/// Takes over the sample's text and outline as the build prerendered them, if they are there and
/// match the description; false if the text is to be built.
fn adopt_prerendered(state: ReaderState, main: &Element) -> bool {
    let Some((text, entries)) = adopt::take_prerendered() else {
        return false;
    };
    let Some(outline) = document().get_element_by_id(OUTLINE_ID) else {
        return false;
    };
    let doc = state.doc.get_value();
    let layout = state.layout.get_value();
    let folds = state.folds;
    let open = move |index| folds.is_open(index);
    let adopted = state.nodes.try_update_value(|nodes| {
        let mut walk = adopt::Adopter::new(text, nodes);
        markup::text(&doc, &layout, &open, &mut walk);
        let (failed, text) = (walk.failed, walk.adopted);
        let mut walk = adopt::Adopter::new(entries, nodes);
        markup::outline(&doc, &layout, &open, &mut walk);
        (!failed && !walk.failed).then_some((text, walk.adopted))
    });
    let Some(Some((text, entries))) = adopted else {
        // Whatever was recorded is written over as the text is built.
        return false;
    };
    for element in &text {
        let _ = main.append_child(element);
    }
    for element in &entries {
        let _ = outline.append_child(element);
    }
    // The build unfolded everything; the reader's folds apply now.
    folds.write_all();
    request_animation_frame(|| timing::opening("first-screen"));
    state.built.set(layout.len());
    finish(state);
    true
}

/// All of the text is on the page; the filter's index is prepared next.
fn finish(state: ReaderState) {
    request_animation_frame(move || {
        // A document replaced before it was built must not mark the next one's opening ready.
        if state.complete.try_set(true).is_some() {
            return;
        }
        timing::opening("document-ready");
        set_timeout(move || state.prepare_search(), Duration::ZERO);
    });
}

/// Builds what `describe` writes, recording its elements; the element and what `describe` returned.
fn build<T: Default>(
    state: ReaderState,
    describe: impl FnOnce(&mut DomBuilder) -> T,
) -> (Option<Element>, T) {
    state
        .nodes
        .try_update_value(|nodes| {
            let mut builder = DomBuilder::new(nodes);
            let out = describe(&mut builder);
            (builder.built, out)
        })
        .unwrap_or_default()
}

/// The reader's own folding and unfolding (mouse, keyboard, find-in-page), from the sections'
/// `toggle` events; sections opened for paper (see `print::whole_document`) keep their state.
fn record_toggles(state: ReaderState) {
    listen_on_window("toggle", Phase::Capture, move |event| {
        let Some(details) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        else {
            return;
        };
        if state.printing.try_get_value().unwrap_or(true)
            || !details.class_list().contains("section")
        {
            return;
        }
        if let Some(index) = state.section_index(&details.id()) {
            state.folds.toggled(index, details.open());
        }
    });
}
