//! Comparing the document with an earlier version (`compare`): the summary of what changed and
//! the two versions side by side, 修改前 and 修改后, a row a pair; the rows built in bulk as
//! plain DOM (`table.rs`), the text as text nodes; `j` / `k` from change to change (`keys.rs`).

mod keys;
mod table;

use crate::compare::{compare, Counts};
use crate::model::Document;
use crate::export::{comparison_json, comparison_markdown};
use crate::ui::browser::{download, timing};
use crate::ui::controls::export_menu::file_name;
use crate::ui::language::{language, tr, Language};
use crate::ui::open::current_document::CurrentDocument;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn Comparison(old: Arc<Document>, new: Arc<Document>, base_name: String) -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    timing::opening("compare");
    let comparison = Arc::new(compare(&old, &new));
    timing::opening("compared");
    let counts = comparison.counts();
    let changed_only = RwSignal::new(false);
    let title = current.title;
    let body = NodeRef::<leptos::html::Tbody>::new();
    let built = (comparison.clone(), old.clone(), new.clone());
    Effect::new(move |_| {
        if let Some(body) = body.get() {
            table::build(&body.unchecked_into(), &built.0, &built.1, &built.2);
        }
    });
    let summary = move || summary_text(counts, language.get());
    keys::move_between_changes();

    view! {
        <section class="comparison" data-testid="comparison">
            <h2 class="compare-title" data-testid="compare-title">{move || language.get().pick(format!("《{}》修改前后对照表", title.get()), format!("{}: before and after", title.get()))}</h2>
            <header class="compare-head no-print">
                <p class="compare-base">{move || language.get().pick(format!("对照旧版本：{base_name}"), format!("Compared with the earlier version: {base_name}"))}</p>
                <p class="compare-summary" data-testid="compare-summary"
                    data-unchanged=counts.unchanged data-changed=counts.changed data-added=counts.added
                    data-deleted=counts.deleted data-renumbered=counts.renumbered>{summary}</p>
                <label class="context-toggle">
                    <input type="checkbox" data-testid="changed-only" on:change=move |ev| changed_only.set(event_target_checked(&ev)) />
                    {tr("只看修改的条文", "Changes only")}
                </label>
                <button type="button" data-testid="compare-markdown" on:click={
                    let (c, o, n) = (comparison.clone(), old.clone(), new.clone());
                    move |_| {
                        let title = current.title.get_untracked();
                        download::save(&comparison_markdown(&c, &o, &n, &title), &format!("{}-对照表.md", file_name(&title)), "text/markdown");
                    }
                }>{tr("下载对照表（Markdown）", "Download (Markdown)")}</button>
                <button type="button" data-testid="compare-json" on:click={
                    let c = comparison.clone();
                    move |_| download::save(&comparison_json(&c), &format!("{}-对照表.json", file_name(&current.title.get_untracked())), "application/json")
                }>{tr("下载（JSON）", "Download (JSON)")}</button>
                <button type="button" data-testid="compare-close" on:click=move |_| current.base.set(None)>{tr("退出对照", "End the comparison")}</button>
            </header>
            <table class="compare-table" class:changed-only=move || changed_only.get()>
                <thead><tr><th scope="col">{tr("修改前", "Before")}</th><th scope="col">{tr("修改后", "After")}</th></tr></thead>
                <tbody node_ref=body></tbody>
            </table>
        </section>
    }
}

fn summary_text(c: Counts, language: Language) -> String {
    match language {
        Language::Chinese => format!("修改 {} · 新增 {} · 删除 {} · 未变 {}（其中仅调整序号 {}）", c.changed, c.added, c.deleted, c.unchanged, c.renumbered),
        Language::English => format!("changed {} · added {} · deleted {} · unchanged {} (renumbered only {})", c.changed, c.added, c.deleted, c.unchanged, c.renumbered),
    }
}
