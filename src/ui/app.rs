use super::current_document::CurrentDocument;
use super::doc_param::open_doc_param;
use super::drop_and_paste::open_dropped_and_pasted;
use super::file_opener::FileOpener;
use super::offline::work_offline_after_first_visit;
use super::print_outline::PrintOutline;
use super::print_settings::provide_print_settings;
use super::problem_notice::ProblemNotice;
use super::query_url::{query_in_url, sync_query_with_url};
use super::reader::Reader;
use super::state::FilterSettings;
use super::theme_switch::ThemeSwitch;
use super::title_editor::TitleEditor;
use crate::sample;
use leptos::prelude::*;

/// The page shell: the open document and its title.
#[component]
pub fn App() -> impl IntoView {
    let current = CurrentDocument::new(sample::TEXT, sample::TITLE);
    provide_context(current);
    open_dropped_and_pasted(current);
    open_doc_param(current);
    let filter = FilterSettings::new(query_in_url());
    provide_context(filter);
    sync_query_with_url(filter);
    provide_print_settings();
    work_offline_after_first_visit();

    Effect::new(move |_| document().set_title(&format!("{} · docview", current.title.get())));

    view! {
        <PrintOutline />
        <header class="masthead">
            <TitleEditor title=current.title />
            <FileOpener />
            <ThemeSwitch />
        </header>
        <ProblemNotice />
        {move || view! { <Reader doc=current.doc.get() /> }}
    }
}
