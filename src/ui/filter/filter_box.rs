use crate::dom_ids::{FILTER_HELP_ID, FILTER_INPUT_ID};
use crate::icons;
use crate::search::Matches;
use crate::ui::browser::timing;
use crate::ui::controls::icon::Icon;
use crate::ui::filter::display::FilterShown;
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
    let count = move || state.matches.with(Matches::len);
    let paragraphs = move || state.matches.with(|m| m.units.len());
    let language = language();
    let status = move || match (state.filtering(), count(), paragraphs(), language.get()) {
        (false, ..) => String::new(),
        (true, _, 0, l) => l.pick("没有找到", "Not found").to_string(),
        (true, 0, p, Language::Chinese) => format!("{p} 段"),
        (true, 0, p, Language::English) => format!("{p} paragraphs"),
        (true, n, p, Language::Chinese) => format!("{n} 处 · {p} 段"),
        (true, n, p, Language::English) => format!("{n} matches · {p} paragraphs"),
    };
    let position = move || match (state.current.get(), count()) {
        (Some(at), n) if at < n => format!("{} / {n}", at + 1),
        _ => String::new(),
    };
    let set_query = move |text: String| {
        timing::keystroke();
        state.current.set(None);
        show_current_mark(state, shown, None);
        filter.query.set(text);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            filter.typing_done.set_value(true);
            go_to_match(state, shown, if ev.shift_key() { -1 } else { 1 });
        }
        "Escape" => set_query(String::new()),
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
        <div class="filter" role="search">
            <div class="filter-field">
                <label for=FILTER_INPUT_ID title=tr("筛选", "Filter")>
                    <Icon path=icons::SEARCH /><span class="visually-hidden">{tr("筛选", "Filter")}</span>
                </label>
                <input
                    id=FILTER_INPUT_ID
                    data-testid="filter"
                    type="search"
                    placeholder=tr("筛选：关键词，如 监督", "Filter: keywords, e.g. budget")
                    autocomplete="off"
                    aria-describedby=FILTER_HELP_ID
                    title=tr(
                        "空格分隔：都要有；|：任一；\"引号\"：短语；-词：排除。Enter 下一处，Shift+Enter 上一处，/ 聚焦，Esc 清除",
                        "Spaces: all of them; |: any; \"quotes\": a phrase; -word: without. Enter next, Shift+Enter previous, / focus, Esc clear",
                    )
                    node_ref=input
                    prop:value=filter.query.get_untracked()
                    on:input=move |ev| set_query(event_target_value(&ev))
                    on:change=move |_| filter.typing_done.set_value(true)
                    on:keydown=on_keydown
                />
                // Over the end of the box: nothing moves when it fills.
                <output data-testid="match-count" aria-live="polite">{status}</output>
            </div>
            <div class="match-nav" hidden=move || count() == 0>
                <button type="button" data-testid="prev-match" aria-label=tr("上一处", "Previous match") on:click=move |_| go_to_match(state, shown, -1)>"↑"</button>
                <span data-testid="match-position">{position}</span>
                <button type="button" data-testid="next-match" aria-label=tr("下一处", "Next match") on:click=move |_| go_to_match(state, shown, 1)>"↓"</button>
            </div>
            <label class="context-toggle">
                <input
                    type="checkbox"
                    data-testid="sentences-only"
                    prop:checked=move || filter.sentences_only.get()
                    on:change=move |ev| filter.sentences_only.set(event_target_checked(&ev))
                />
                {tr("只看匹配的句子", "Matching sentences only")}
            </label>
            <Show when=move || state.filtering() && paragraphs() == 0>
                <button type="button" class="clear-filter" data-testid="clear-filter" on:click=move |_| set_query(String::new())>
                    {tr("清除筛选", "Clear the filter")}
                </button>
            </Show>
            <small id=FILTER_HELP_ID class="filter-help">
                {tr(
                    "空格：同时包含 · a|b：任一 · \"短语\" · -词：排除 · Enter / Shift+Enter：下一处 / 上一处",
                    "space: all · a|b: any · \"phrase\" · -word: without · Enter / Shift+Enter: next / previous",
                )}
            </small>
        </div>
    }
}
