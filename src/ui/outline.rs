use super::language::tr;
use super::selection_style::OutlineId;
use super::state::{indexed, ReaderState};
use crate::model::{Section, Span};
use leptos::prelude::*;

/// The sections as a list of links beside the text; while filtering, how many matches each has.
#[component]
pub fn Outline() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let doc = state.doc.get_value();
    view! {
        <nav class="outline no-print" class:filtering=move || state.filtering() aria-label=tr("提纲", "Outline") data-testid="outline">
            <h2 class="outline-heading">{tr("提纲", "Outline")}</h2>
            {entries(state, &doc.sections, 0)}
        </nav>
    }
}

fn entries(state: ReaderState, sections: &[Section], first_index: usize) -> AnyView {
    let doc = state.doc.get_value();
    let items = indexed(sections, first_index)
        .into_iter()
        .map(|(this, section)| {
            let label = doc.text(section.heading.text).to_string();
            let filter = state.views.section(this);
            let count = filter.count;
            let children = (!section.children.is_empty())
                .then(|| entries(state, &section.children, this + 1));
            let points = key_points(state, section, this);
            view! {
                <li id=OutlineId(&section.heading.id).to_string()>
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
        .collect_view();
    view! { <ol>{items}</ol> }.into_any()
}

/// The key points in a section's own text, listed under its heading.
fn key_points(state: ReaderState, section: &Section, index: usize) -> Option<AnyView> {
    let (first, last) = (section.blocks.first()?, section.blocks.last()?);
    let doc = state.doc.get_value();
    let points = doc.key_points_in(Span::new(first.span.start, last.span.end));
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
