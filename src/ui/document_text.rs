use super::language::tr;
use super::passage::Passage;
use super::section_view::SectionView;
use super::state::{indexed, ReaderState};
use crate::model::BlockKind;
use leptos::prelude::*;

/// The document itself: front matter, sections, closing.
#[component]
pub fn DocumentText() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let doc = state.doc.get_value();
    let sections = indexed(&doc.sections, 0)
        .into_iter()
        .map(|(index, section)| view! { <SectionView section=section.clone() index=index /> })
        .collect_view();
    let no_results = move || state.filtering() && state.matches.with(|m| m.units.is_empty());

    view! {
        <main
            class="document"
            data-testid="document"
            // The document's language, not the interface's: it picks the Chinese glyphs.
            lang=if doc.is_chinese() { "zh-CN" } else { "" }
            class:filtering=move || state.filtering()
        >
            <p class="empty-result no-print" hidden=move || !no_results()>
                {tr("没有段落包含这个关键词。", "No paragraph has these words.")}
                <button type="button" on:click=move |_| state.filter.query.set(String::new())>{tr("清除筛选", "Clear the filter")}</button>
            </p>
            <div class="front">
                // A title line is shown as the page's (renameable) title, not again here.
                {doc
                    .front
                    .iter()
                    .filter(|b| b.kind != BlockKind::Title)
                    .map(|b| view! { <Passage block=*b /> })
                    .collect_view()}
            </div>
            {sections}
            <div class="closing" data-testid="closing">
                {doc.closing.iter().map(|b| view! { <Passage block=*b /> }).collect_view()}
            </div>
        </main>
    }
}
