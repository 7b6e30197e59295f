//! The check's button (with the number of problems once it has run) and its panel: the
//! problems in document order, filtered by kind, each a link to its place; of a kind with many,
//! the first few and a button that shows them all.

use super::{list, marks, CheckResults, Checking, Found};
use crate::check::{listed, Kind, Listed};
use crate::dom_ids::CHECK_PANEL_ID;
use crate::icons;
use crate::ui::controls::icon::Icon;
use crate::ui::document::deep_links::go_to_hash;
use crate::ui::document::dom_builder::DomBuilder;
use crate::ui::document::nodes::DocumentNodes;
use crate::ui::language::{language, tr, Language};
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn CheckButton() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let results = expect_context::<CheckResults>();
    let count = move || results.found().map(|f| f.len().to_string());
    view! {
        <button type="button" class="check-toggle" data-testid="check" aria-controls=CHECK_PANEL_ID
            aria-expanded=move || results.open.get().to_string()
            title=tr("检查编号、标点和引用", "Check numbering, punctuation and references")
            on:click=move |_| results.toggle(state.doc.get_value())>
            <Icon path=icons::CHECK /><span class="control-label">{tr("检查", "Check")}</span>
            <span class="check-count" data-testid="check-count">{count}</span>
        </button>
    }
}

/// The check's panel, while it is open: the summary, the kinds to show and the problems.
#[component]
pub fn CheckPanel() -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let results = expect_context::<CheckResults>();
    let shown_kind = RwSignal::new(None::<Kind>);
    // The places are marked while the panel is open, and again once all the text is on the page.
    Effect::new(move |_| {
        state.complete.track();
        match (results.open.get(), results.found()) {
            (true, Some(found)) => state.doc.with_value(|doc| marks::mark(state, doc, &found)),
            _ => marks::clear(),
        }
    });
    on_cleanup(marks::clear);
    view! {
        <Show when=move || results.open.get()>
            <section id=CHECK_PANEL_ID class="check-panel no-print" data-testid="check-panel" aria-label=tr("检查结果", "Check results")>
                <Summary />
                <Kinds shown_kind />
                <Problems shown_kind />
            </section>
        </Show>
    }
}

/// How many problems were found, and the panel's close button.
#[component]
fn Summary() -> impl IntoView {
    let results = expect_context::<CheckResults>();
    let summary = move || {
        let english = language().get() == Language::English;
        results.checking.with(|c| match (c, english) {
            (Checking::Running | Checking::NotRun, false) => "正在检查……".to_string(),
            (Checking::Running | Checking::NotRun, true) => "Checking…".to_string(),
            (Checking::Failed, false) => "无法检查：检查所需的文件没有载入。".to_string(),
            (Checking::Failed, true) => {
                "The check could not run: the files it needs did not load.".to_string()
            }
            (Checking::Done(found), _) => match (found.len(), english) {
                (0, false) => "检查：未发现问题".to_string(),
                (0, true) => "Check: no problems found".to_string(),
                (n, false) => format!("检查：{n} 处问题"),
                (n, true) => format!("Check: {n} problem{}", if n == 1 { "" } else { "s" }),
            },
        })
    };
    view! {
        <header class="check-header">
            <h2 data-testid="check-summary" role="status" aria-busy=move || results.checking.with(|c| matches!(c, Checking::Running)).to_string()>
                {summary}
            </h2>
            <button type="button" class="check-close" data-testid="check-close" on:click=move |_| results.open.set(false)>
                {tr("关闭", "Close")}
            </button>
        </header>
    }
}

/// A button for each kind of problem found, with its count, and one for all: the kind shown.
#[component]
fn Kinds(shown_kind: RwSignal<Option<Kind>>) -> impl IntoView {
    let results = expect_context::<CheckResults>();
    let kinds = move || {
        let found = results.found().unwrap_or_default();
        let counts = crate::check::counts_by_kind(found.iter().map(|f| f.problem.kind));
        Kind::ALL
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(&kind, n)| {
                let label = tr(kind.label_zh(), kind.label_en());
                view! {
                    <button type="button" class="check-kind" data-testid="check-kind" data-kind=kind.name()
                        aria-pressed=move || (shown_kind.get() == Some(kind)).to_string()
                        on:click=move |_| shown_kind.update(|k| *k = if *k == Some(kind) { None } else { Some(kind) })>
                        {label}" "<span class="check-kind-count">{n}</span>
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <div class="check-kinds" role="group" aria-label=tr("按类别筛选", "Filter by kind")>
            <button type="button" class="check-kind" data-testid="check-kind" data-kind="all"
                aria-pressed=move || shown_kind.get().is_none().to_string() on:click=move |_| shown_kind.set(None)>
                {tr("全部", "All")}
            </button>
            {kinds}
        </div>
    }
}

/// The problems of the kind shown, each a link to its place.
#[component]
fn Problems(shown_kind: RwSignal<Option<Kind>>) -> impl IntoView {
    let state = expect_context::<ReaderState>();
    let results = expect_context::<CheckResults>();
    let holder = NodeRef::<leptos::html::Div>::new();
    // Built again, in one pass, when the results, the kind shown or the language change.
    Effect::new(move |_| {
        let found = results.found().unwrap_or_default();
        let kind = shown_kind.get();
        let english = language().get() == Language::English;
        let Some(holder) = holder.get() else { return };
        let mut nodes = DocumentNodes::default();
        let mut builder = DomBuilder::new(&mut nodes);
        let shown: Vec<&Found> = found
            .iter()
            .filter(|f| kind.is_none_or(|k| f.problem.kind == k))
            .collect();
        // All of them, a kind shown; of a kind with many, the first few and a count.
        let lines = match kind {
            Some(_) => (0..shown.len()).map(Listed::Problem).collect(),
            None => listed(&shown.iter().map(|f| f.problem.kind).collect::<Vec<_>>()),
        };
        list::describe(&shown, &lines, english, &mut builder);
        if let Some(built) = builder.built {
            holder.replace_children_with_node_1(&built);
        }
    });
    let same_place = move |ev: leptos::ev::MouseEvent| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        // "Show all" of a kind: the kind shown.
        let show = target
            .as_ref()
            .and_then(|e| e.closest(&format!("[{}]", list::SHOW_KIND)).ok().flatten())
            .and_then(|b| b.get_attribute(list::SHOW_KIND));
        if let Some(name) = show {
            shown_kind.set(Kind::ALL.iter().copied().find(|k| k.name() == name));
            return;
        }
        // The same place twice in a row changes no `#…`: go there all the same.
        let link = target.and_then(|e| e.closest("a").ok().flatten());
        let Some(href) = link.and_then(|a| a.get_attribute("href")) else {
            return;
        };
        if window().location().hash().unwrap_or_default() == href {
            request_animation_frame(move || {
                go_to_hash(state);
            });
        }
    };
    view! {
        <div class="check-list-holder" node_ref=holder on:click=same_place></div>
    }
}
