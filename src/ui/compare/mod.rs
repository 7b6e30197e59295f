//! Comparing the document with an earlier version (`compare`): the summary of what changed and
//! the two versions side by side, 修改前 and 修改后, a row a pair; the rows built in bulk as
//! plain DOM (`table.rs`), the text as text nodes; the list of changes beside them
//! (`changes.rs`); the filter over both columns (`filter.rs`); `j` / `k` from change to change
//! (`keys.rs`). The pairing itself runs in the second wasm, in a Web Worker (`pairing.rs`).

mod changes;
mod filter;
mod keys;
mod pairing;
mod table;

use crate::compare::{wire, Comparison as Compared, RowKind};
use crate::dom_ids::compare_row_id;
use crate::export::comparison_markdown;
use crate::markup::COMPARE_FILTER;
use crate::model::Document;
use crate::ui::browser::{download, timing};
use crate::ui::controls::export_menu::file_name;
use crate::ui::controls::prepared_download::{save_from_tools, Preparing, PreparingStatus};
use crate::ui::filter::filter_field::FilterField;
use crate::ui::language::{language, tr, Language};
use crate::ui::open::current_document::CurrentDocument;
use filter::CompareFilter;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Uint32Array};

/// The rows a comparison's filter keeps.
const HITS: &str = ".compare-table tbody tr.hit";
/// A list of changes this wide or wider is open beside the table; narrower, it starts closed.
const OPEN_CHANGES_FROM_PX: f64 = 1024.0;

/// Where the pairing of the two versions is.
#[derive(Clone)]
enum Pairing {
    Running,
    Done(Arc<Compared>),
    /// Its wasm did not load (a host's policy that forbids the worker, a lost connection).
    Failed,
}

#[component]
pub fn Comparison(old: Arc<Document>, new: Arc<Document>, base_name: String) -> impl IntoView {
    let pairing = RwSignal::new(Pairing::Running);
    let versions = (old.clone(), new.clone());
    leptos::task::spawn_local(async move {
        timing::opening("compare");
        let comparison = pairing::compare_versions(&versions.0, &versions.1).await;
        timing::opening("compared");
        // Gone if another document or version was opened meanwhile.
        pairing.try_set(comparison.map_or(Pairing::Failed, |c| Pairing::Done(Arc::new(c))));
    });
    move || {
        match pairing.get() {
        Pairing::Done(comparison) => view! { <ComparisonTable comparison old=old.clone() new=new.clone() base_name=base_name.clone() /> }.into_any(),
        Pairing::Running => view! { <p class="comparing" data-testid="comparing" role="status">{tr("正在对照两个版本……", "Comparing the two versions…")}</p> }.into_any(),
        Pairing::Failed => view! { <p class="comparing" data-testid="compare-failed" role="alert">{tr("无法对照两个版本：对照所需的文件没有载入。", "The two versions could not be compared: the files the comparison needs did not load.")}</p> }.into_any(),
    }
    }
}

/// The comparison found: its summary, filter and list of changes, and the table.
#[component]
fn ComparisonTable(
    comparison: Arc<Compared>,
    old: Arc<Document>,
    new: Arc<Document>,
    base_name: String,
) -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    let changed_only = RwSignal::new(false);
    let title = current.title;
    let table = NodeRef::<leptos::html::Table>::new();
    let filter = StoredValue::new_local(None::<CompareFilter>);
    let found = RwSignal::new(None::<usize>);
    let input = NodeRef::<leptos::html::Input>::new();
    let versions = (comparison.clone(), old.clone(), new.clone());
    Effect::new(move |_| {
        if let Some(table) = table.get() {
            build_table(table, versions.clone(), input, filter, found);
        }
    });
    keys::move_between_changes();

    view! {
        <section class="comparison" data-testid="comparison">
            <h2 class="compare-title" data-testid="compare-title">{move || language.get().pick(format!("《{}》修改前后对照表", title.get()), format!("{}: before and after", title.get()))}</h2>
            <header class="compare-head no-print">
                <p class="compare-base">{move || language.get().pick(format!("对照旧版本：{base_name}"), format!("Compared with the earlier version: {base_name}"))}</p>
                <Summary comparison=comparison.clone() />
                <div class="filter compare-filter" role="search">
                    <CompareFilterField filter found input />
                </div>
                <label class="context-toggle">
                    <input type="checkbox" data-testid="changed-only" on:change=move |ev| changed_only.set(event_target_checked(&ev)) />
                    {tr("只看修改的条文", "Changes only")}
                </label>
                <Downloads comparison=comparison.clone() old=old.clone() new=new.clone() />
                <button type="button" data-testid="compare-close" on:click=move |_| current.base.set(None)>{tr("退出对照", "End the comparison")}</button>
            </header>
            <div class="compare-layout">
                <ChangesList comparison old new />
                <table class="compare-table" class:changed-only=move || changed_only.get() node_ref=table>
                    <thead><tr><th scope="col">{tr("修改前", "Before")}</th><th scope="col">{tr("修改后", "After")}</th></tr></thead>
                </table>
            </div>
        </section>
    }
}

/// Builds the rows into `table`, then readies the filter over them, answering a query typed
/// into `input` meanwhile.
fn build_table(
    table: web_sys::HtmlTableElement,
    (c, o, n): (Arc<Compared>, Arc<Document>, Arc<Document>),
    input: NodeRef<leptos::html::Input>,
    filter: StoredValue<Option<CompareFilter>, LocalStorage>,
    found: RwSignal<Option<usize>>,
) {
    let element: web_sys::Element = table.clone().unchecked_into();
    table::build(element, c.clone(), o.clone(), n.clone(), move |rows| {
        timing::opening("compare-table");
        let mut ready = CompareFilter::new(c, o, n, table.unchecked_into(), rows);
        // A query typed while the rows were being built.
        if let Some(query) = input
            .get_untracked()
            .map(|i| i.value())
            .filter(|q| !q.is_empty())
        {
            found.try_set(ready.apply(&query));
        }
        filter.try_set_value(Some(ready));
    });
}

/// The counts of rows by kind, each a link to the first of its kind.
#[component]
fn Summary(comparison: Arc<Compared>) -> impl IntoView {
    let language = language();
    let counts = comparison.counts();
    let first_of = |kind: RowKind| {
        comparison
            .counted_rows()
            .find(|(_, r)| r.kind == kind)
            .map(|(at, _)| at)
    };
    let summary_part = move |kind: RowKind, n: usize| {
        let text = move || format!("{} {n}", changes::kind_word(kind, language.get()));
        match first_of(kind) {
            Some(at) if n > 0 => {
                view! { <a href=format!("#{}", compare_row_id(at))>{text}</a> }.into_any()
            }
            _ => view! { <span>{text}</span> }.into_any(),
        }
    };
    let [changed, added, deleted, unchanged, renumbered] = [
        (RowKind::Changed, counts.changed),
        (RowKind::Added, counts.added),
        (RowKind::Deleted, counts.deleted),
        (RowKind::Unchanged, counts.unchanged),
        (RowKind::Renumbered, counts.renumbered),
    ]
    .map(|(kind, n)| summary_part(kind, n));
    view! {
        <p class="compare-summary" data-testid="compare-summary"
            data-unchanged=counts.unchanged data-changed=counts.changed data-added=counts.added
            data-deleted=counts.deleted data-renumbered=counts.renumbered>
            {changed}" · "{added}" · "{deleted}" · "{unchanged}{tr("（其中", " (")}{renumbered}{tr("）", ")")}
        </p>
    }
}

/// The filter over both columns: the rows it keeps, Enter and Shift+Enter from one to the next.
#[component]
fn CompareFilterField(
    filter: StoredValue<Option<CompareFilter>, LocalStorage>,
    found: RwSignal<Option<usize>>,
    input: NodeRef<leptos::html::Input>,
) -> impl IntoView {
    let language = language();
    let set_query = move |query: String| {
        let count = filter
            .try_update_value(|f| f.as_mut().and_then(|f| f.apply(&query)))
            .flatten();
        found.set(count);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            keys::go_to(HITS, if ev.shift_key() { -1 } else { 1 });
        }
        "Escape" => {
            if let Some(input) = input.get() {
                input.set_value("");
            }
            set_query(String::new());
        }
        _ => {}
    };
    let status = move || match (found.get(), language.get()) {
        (None, _) => String::new(),
        (Some(0), l) => l.pick("没有找到", "Not found").to_string(),
        (Some(n), Language::Chinese) => format!("{n} 行"),
        (Some(n), Language::English) => format!("{n} rows"),
    };
    view! {
        <FilterField field=&COMPARE_FILTER status=Box::new(status) input on_input=Box::new(set_query) on_keydown=Box::new(on_keydown) />
    }
}

/// The comparison downloaded as Markdown or JSON.
#[component]
fn Downloads(comparison: Arc<Compared>, old: Arc<Document>, new: Arc<Document>) -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let markdown = comparison.clone();
    let versions = (old.clone(), new.clone());
    let json = RwSignal::new(Preparing::Idle);
    view! {
        <button type="button" data-testid="compare-markdown" on:click=move |_| {
            let title = current.title.get_untracked();
            download::save(&comparison_markdown(&markdown, &old, &new, &title), &format!("{}-对照表.md", file_name(&title)), "text/markdown");
        }>{tr("下载对照表（Markdown）", "Download (Markdown)")}</button>
        <button type="button" data-testid="compare-json" on:click=move |_| {
            let rows = Uint32Array::from(wire::encode(&comparison).as_slice());
            let args = Array::of3(&versions.0.source.as_str().into(), &versions.1.source.as_str().into(), &rows);
            save_from_tools("comparison_json", args, format!("{}-对照表.json", file_name(&current.title.get_untracked())), "application/json", json);
        }>{tr("下载（JSON）", "Download (JSON)")}</button>
        <PreparingStatus state=json />
    }
}

/// The list of changes beside the table, open when the window is wide.
#[component]
fn ChangesList(comparison: Arc<Compared>, old: Arc<Document>, new: Arc<Document>) -> impl IntoView {
    let language = language();
    let list = NodeRef::<leptos::html::Ol>::new();
    let entries = RwSignal::new(0);
    let listed = (comparison, old, new);
    Effect::new(move |_| {
        let language = language.get();
        if let Some(list) = list.get() {
            // A task of its own: the table's first rows come first.
            let listed = listed.clone();
            set_timeout(
                move || {
                    entries.try_set(changes::build(
                        &list, &listed.0, &listed.1, &listed.2, language,
                    ));
                },
                std::time::Duration::ZERO,
            );
        }
    });
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= OPEN_CHANGES_FROM_PX);
    view! {
        <nav class="compare-changes no-print" data-testid="compare-changes" aria-label=tr("修改的条文", "What changed")>
            <details open=wide>
                <summary>{move || format!("{}（{}）", language.get().pick("修改的条文", "What changed"), entries.get())}</summary>
                <ol node_ref=list></ol>
            </details>
        </nav>
    }
}
