//! The map of where the matches are: while a query is active, a strip along the side of the
//! window with a mark for each region of the document that holds matches (`search::match_map`),
//! at its place in the whole text; a click or tap there goes to that region's first match.

use crate::search::match_map;
use crate::ui::filter::display::FilterShown;
use crate::ui::filter::mark_placement::{place_marks, PlacedMark};
use crate::ui::filter::match_navigation::go_to;
use crate::ui::language::{language, Language};
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn MatchMap() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let shown = expect_context::<FilterShown>();
    let language = language();
    let placed = RwSignal::new(Vec::<PlacedMark>::new());
    let strip = NodeRef::<leptos::html::Nav>::new();
    // Drawn in a task after the keystroke's: not on the path of the filter's answer. Only the
    // last query's: keystrokes quicker than the tasks leave earlier ones with nothing to do.
    let drawn_for = StoredValue::new(0u32);
    Effect::new(move |_| {
        let query = drawn_for.get_value().wrapping_add(1);
        drawn_for.set_value(query);
        if !state.filtering() {
            placed.set(Vec::new());
            return;
        }
        set_timeout(
            move || {
                if drawn_for.try_get_value() != Some(query) {
                    return;
                }
                let (Some(strip), Some(doc)) = (strip.get_untracked(), state.doc.try_get_value())
                else {
                    return;
                };
                // The style sheet widens the strip to a 44 px target on a touch screen; its
                // marks are as tall.
                let min = if strip.client_width() >= 40 {
                    44.0
                } else {
                    4.0
                };
                let height = f64::from(strip.client_height());
                let marks = state
                    .matches
                    .try_with_untracked(|m| place_marks(&match_map(&doc, m), height, min));
                placed.set(marks.unwrap_or_default());
            },
            Duration::ZERO,
        );
    });
    let label = move |mark: &PlacedMark| {
        let doc = state.doc.get_value();
        let place = match mark.section {
            Some(n) => doc.text(doc.sections[n].heading.text).to_string(),
            None if mark.top == 0.0 => language.get_untracked().pick("开头", "Opening").to_string(),
            None => language.get_untracked().pick("结尾", "Closing").to_string(),
        };
        match language.get() {
            Language::Chinese => format!("{place}：{} 处", mark.count),
            Language::English => format!("{place}: {} matches", mark.count),
        }
    };

    view! {
        <nav class="match-map no-print" data-testid="match-map" node_ref=strip class:active=move || state.filtering()
            aria-label=move || language.get().pick("匹配位置", "Where the matches are")>
            {move || placed.get().into_iter().map(|mark| {
                let first = mark.first;
                let name = label(&mark);
                view! {
                    <button type="button" data-testid="match-map-mark" data-section=mark.section.map(|n| n.to_string())
                        // Through the CSSOM: the page's policy refuses style attributes. Whole
                        // pixels, written as integers: formatting a float links ~18 KB of code.
                        style:top=format!("{}px", mark.top as i32) style:height=format!("{}px", mark.height as i32)
                        aria-label=name.clone() title=name
                        on:click=move |_| go_to(state, shown, first)></button>
                }
            }).collect_view()}
        </nav>
    }
}
