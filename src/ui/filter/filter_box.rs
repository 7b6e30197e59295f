//! The reader's filter: its field, moving from match to match, the "matching sentences only"
//! switch, clearing a query that found nothing, and the help.

use crate::dom_ids::FILTER_HELP_ID;
use crate::markup::READER_FILTER;
use crate::search::Matches;
use crate::ui::browser::timing;
use crate::ui::filter::display::FilterShown;
use crate::ui::filter::filter_field::FilterField;
use crate::ui::filter::match_navigation::{go_to_match, show_current_mark};
use crate::ui::language::{language, tr, Language};
use crate::ui::state::ReaderState;
use leptos::prelude::*;

/// The keyword filter: hides every passage the query does not select, counts and marks the
/// matches, and moves from one to the next.
#[component]
pub fn FilterBox() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let shown = expect_context::<FilterShown>();
    let filter = state.filter;
    let language = language();
    let status = move || {
        let (count, paragraphs) = state.matches.with(|m| (m.len(), m.units.len()));
        status_text(state.filtering(), count, paragraphs, language.get())
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            filter.typing_done.set_value(true);
            go_to_match(state, shown, if ev.shift_key() { -1 } else { 1 });
        }
        "Escape" => close(state, shown),
        _ => {}
    };
    // The box is not bound to the query: writing its value back on every keystroke makes the
    // browser lay out the page at once. Only a change from elsewhere (Esc, back, a link) is
    // written into it.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let q = filter.query.get();
        if let Some(input) = input.get() {
            if input.value() != q {
                input.set_value(&q);
            }
        }
    });

    view! {
        <div class="filter reader-filter" role="search" class:open=move || filter.bar_shown()>
            <FilterField field=&READER_FILTER status=Box::new(status) input
                value=filter.query.get_untracked()
                on_input=Box::new(move |text| set_query(state, shown, text))
                on_change=Box::new(move || filter.typing_done.set_value(true))
                on_keydown=Box::new(on_keydown) />
            <button type="button" class="filter-close" data-testid="filter-close"
                aria-label=tr("关闭筛选", "Close the filter") on:click=move |_| close(state, shown)>
                "✕"
            </button>
            <MatchNavigation />
            <SentencesOnly />
            <ClearFilter />
            <small id=FILTER_HELP_ID class="filter-help">
                {tr(
                    "空格：同时包含 · a|b：任一 · \"短语\" · -词：排除 · Enter / Shift+Enter：下一处 / 上一处",
                    "space: all · a|b: any · \"phrase\" · -word: without · Enter / Shift+Enter: next / previous",
                )}
            </small>
        </div>
    }
}

/// What the field's status says: the matches and paragraphs found, nothing while not filtering.
fn status_text(filtering: bool, count: usize, paragraphs: usize, language: Language) -> String {
    match (filtering, count, paragraphs, language) {
        (false, ..) => String::new(),
        (true, _, 0, l) => l.pick("没有找到", "Not found").to_string(),
        (true, 0, p, Language::Chinese) => format!("{p} 段"),
        (true, 0, p, Language::English) => format!("{p} paragraphs"),
        (true, n, p, Language::Chinese) => format!("{n} 处 · {p} 段"),
        (true, n, p, Language::English) => format!("{n} matches · {p} paragraphs"),
    }
}

/// The query cleared and, on a narrow screen, the bar closed.
fn close(state: ReaderState, shown: FilterShown) {
    set_query(state, shown, String::new());
    state.filter.bar_open.set(false);
}

/// A new query typed (or cleared): no match is the current one until the reader moves to one.
fn set_query(state: ReaderState, shown: FilterShown, text: String) {
    timing::keystroke();
    state.current.set(None);
    show_current_mark(state, shown, None);
    state.filter.query.set(text);
}

/// The previous and next match, and which one is the current, while there are matches.
#[component]
fn MatchNavigation() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let shown = expect_context::<FilterShown>();
    let count = move || state.matches.with(Matches::len);
    let position = move || match (state.current.get(), count()) {
        (Some(at), n) if at < n => format!("{} / {n}", at + 1),
        _ => String::new(),
    };
    view! {
        <div class="match-nav" hidden=move || count() == 0>
            <button type="button" data-testid="prev-match" aria-label=tr("上一处", "Previous match") on:click=move |_| go_to_match(state, shown, -1)>"↑"</button>
            <span data-testid="match-position">{position}</span>
            <button type="button" data-testid="next-match" aria-label=tr("下一处", "Next match") on:click=move |_| go_to_match(state, shown, 1)>"↓"</button>
        </div>
    }
}

/// The switch that dims the sentences without a match.
#[component]
fn SentencesOnly() -> impl IntoView {
    let filter = expect_context::<ReaderState>().filter;
    view! {
        <label class="context-toggle">
            <input
                type="checkbox"
                data-testid="sentences-only"
                prop:checked=move || filter.sentences_only.get()
                on:change=move |ev| filter.sentences_only.set(event_target_checked(&ev))
            />
            {tr("只看匹配的句子", "Matching sentences only")}
        </label>
    }
}

/// Clearing a query that found nothing.
#[component]
fn ClearFilter() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let shown = expect_context::<FilterShown>();
    view! {
        <Show when=move || state.filtering() && state.matches.with(|m| m.units.is_empty())>
            <button type="button" class="clear-filter" data-testid="clear-filter" on:click=move |_| set_query(state, shown, String::new())>
                {tr("清除筛选", "Clear the filter")}
            </button>
        </Show>
    }
}
