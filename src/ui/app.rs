use super::current_document::CurrentDocument;
use super::doc_param::open_doc_param;
use super::drop_and_paste::open_dropped_and_pasted;
use super::file_opener::FileOpener;
use super::language::provide_language;
use super::language_switch::LanguageSwitch;
use super::offline::work_offline_after_first_visit;
use super::print_outline::PrintOutline;
use super::recent_documents;
use super::recent_list::RecentDocuments;
use super::print_settings::provide_print_settings;
use super::problem_notice::ProblemNotice;
use super::query_url::{query_in_url, sync_query_with_url};
use super::reader::Reader;
use super::reading_length::DocumentLength;
use super::state::FilterSettings;
use super::theme_switch::ThemeSwitch;
use super::title_editor::TitleEditor;
use leptos::prelude::*;

/// The last document opened in this browser that did not come through a link from another host
/// (those are listed, not shown by themselves: a link must not make this site show another's
/// text on the next visit), if the browser still has it and the reader did not go back to the
/// sample; else the sample stays.
fn reopen_last_document(current: CurrentDocument) {
    if recent_documents::sample_chosen() {
        return;
    }
    if let Some(last) = current.recent.get_untracked().iter().find(|recent| recent.source.is_none()) {
        if !current.open_recent(last) {
            current.forget(&last.id);
        }
    }
}

/// The page shell: the open document and its title.
#[component]
pub fn App() -> impl IntoView {
    provide_language();
    let current = CurrentDocument::new();
    provide_context(current);
    open_dropped_and_pasted(current);
    if !open_doc_param(current) {
        reopen_last_document(current);
    }
    let filter = FilterSettings::new(query_in_url());
    provide_context(filter);
    sync_query_with_url(filter);
    provide_print_settings();
    work_offline_after_first_visit();

    Effect::new(move |_| document().set_title(&format!("{} · docview", current.title.get())));
    // A renamed document keeps its new title among the recent ones.
    Effect::new(move |_| {
        let title = current.title.get();
        if let Some(id) = current.id.get_untracked() {
            recent_documents::retitle(&id, &title);
            current.recent.set(recent_documents::list());
        }
    });

    view! {
        <PrintOutline />
        <header class="masthead">
            <div class="title-block">
                <TitleEditor title=current.title />
                <DocumentLength />
            </div>
            <div class="masthead-actions no-print">
                <FileOpener />
                <RecentDocuments />
                <ThemeSwitch />
                <LanguageSwitch />
            </div>
        </header>
        <ProblemNotice />
        {move || view! { <Reader doc=current.doc.get() /> }}
    }
}
