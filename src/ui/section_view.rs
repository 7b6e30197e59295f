use super::language::Language;
use super::copy_link::copy_link_button;
use super::passage::Passage;
use super::reading_length::describe;
use super::state::{indexed, ReaderState};
use crate::model::{Section, Span};
use leptos::prelude::*;

/// One section: a native disclosure whose summary is the heading. Folding works by mouse,
/// keyboard (Enter/Space on the summary) and the browser's find-in-page.
#[component]
pub fn SectionView(section: Section, index: usize) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let open = state.is_open(index);
    let filter = state.views.section(index);
    let count = filter.count;
    // The page title is the h1, so top-level sections are h2.
    let level = section.heading.level.min(5) + 1;

    let length = state.doc.with_value(|doc| doc.length(section.span()));
    // The children are moved, not cloned: each level of a deep document would copy all below it.
    let Section { heading, blocks, children } = section;
    let id = heading.id.clone();
    let indices: Vec<usize> = indexed(&children, index + 1).into_iter().map(|(i, _)| i).collect();
    let children = children
        .into_iter()
        .zip(indices)
        .map(|(child, child_index)| view! { <SectionView section=child index=child_index /> }.into_any())
        .collect_view();

    view! {
        <details
            class="section"
            id=heading.id
            data-testid="section"
            prop:open=move || open.get()
            on:toggle=move |ev| {
                // Sections opened for paper (see `print.rs`) keep their fold state on screen.
                // Only a change is written: the browser also reports the open state it was given.
                let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                if !state.printing.get_value() && open.get_untracked() != now {
                    open.set(now);
                }
            }
        >
            <summary>
                {heading_element(level, heading.text)}
                // Emptied rather than removed (and hidden by the style sheet when empty): hundreds
                // of badges come and go with one keystroke. The unit (处, matches) is the style
                // sheet's, in the interface's language: thousands of badges subscribed to the
                // language made every keystroke quadratic in Leptos' subscriber sets.
                <span class="badge" data-testid="section-count" data-one=move || count.get() == 1>
                    {move || match count.get() {
                        0 => String::new(),
                        n => n.to_string(),
                    }}
                </span>
                <span class="reading-length bilingual no-print" data-testid="section-length">
                    <span lang="zh-CN">{describe(length, Language::Chinese)}</span>
                    <span lang="en">{describe(length, Language::English)}</span>
                </span>
            </summary>
            <div class="section-body">
                {copy_link_button(&id)}
                {blocks.into_iter().map(|b| view! { <Passage block=b /> }).collect_view()}
                {children}
            </div>
        </details>
    }
}

fn heading_element(level: u8, text: Span) -> AnyView {
    let state = expect_context::<ReaderState>();
    // The id lets the filter find the heading's text to paint its matches.
    let id = state.views.unit(text).element_id();
    let text = state.doc.with_value(|doc| doc.text(text).to_string());
    match level {
        2 => view! { <h2 class="heading" id=id>{text}</h2> }.into_any(),
        3 => view! { <h3 class="heading" id=id>{text}</h3> }.into_any(),
        4 => view! { <h4 class="heading" id=id>{text}</h4> }.into_any(),
        5 => view! { <h5 class="heading" id=id>{text}</h5> }.into_any(),
        _ => view! { <h6 class="heading" id=id>{text}</h6> }.into_any(),
    }
}
