use super::language::tr;
use super::passage::Passage;
use super::rendered_parts::PART_ID;
use super::section_view::SectionView;
use super::state::{indexed, ReaderState};
use super::timing;
use crate::model::{BlockKind, Section};
use leptos::prelude::*;
use std::time::Duration;

/// The document itself: front matter, sections, closing; a long one a part at a time (see
/// `document_parts.rs`).
#[component]
pub fn DocumentText() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let doc = state.doc.get_value();
    let parts = state.parts;
    let count = parts.count();
    let top = indexed(&doc.sections, 0);
    let complete = state.complete;
    let sections = (0..count)
        .map(|i| {
            let shown = parts.is_shown(i);
            let part: Vec<(usize, Section)> = top[parts.range(i)].iter().map(|(index, s)| (*index, (*s).clone())).collect();
            // Moved into the view when the part is shown, which happens once.
            let part = StoredValue::new(Some(part));
            move || {
                shown.get().then(|| {
                    // The next part in a task of its own, or, after the last, the document is complete.
                    if i + 1 < count {
                        set_timeout(move || parts.shown.try_update(|n| *n += 1).unwrap_or(()), Duration::ZERO);
                    } else {
                        request_animation_frame(move || {
                            complete.try_set(true);
                            timing::opening("document-ready");
                            // The filter's index, in a task of its own after the text is ready.
                            set_timeout(move || state.prepare_search(), Duration::ZERO);
                        });
                    }
                    let sections = part
                        .try_update_value(Option::take)
                        .flatten()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(index, section)| view! { <SectionView section=section index=index /> })
                        .collect_view();
                    view! { <div class="part" id=format!("{PART_ID}{i}")>{sections}</div> }
                })
            }
        })
        .collect_view();
    if count == 0 {
        complete.set(true);
        set_timeout(move || state.prepare_search(), Duration::ZERO);
    }
    let no_results = move || state.filtering() && state.matches.with(|m| m.units.is_empty());
    Effect::new(move |_| request_animation_frame(|| timing::opening("first-screen")));

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
            <div class="closing" data-testid="closing" hidden=move || !complete.get()>
                {doc.closing.iter().map(|b| view! { <Passage block=*b /> }).collect_view()}
            </div>
        </main>
    }
}
