use crate::ui::browser::offline::work_offline_after_first_visit;
use crate::ui::compare::Comparison;
use crate::ui::controls::document_length::DocumentLength;
use crate::ui::controls::title_editor::TitleEditor;
use crate::ui::filter::query_url::{query_in_url, sync_query_with_url};
use crate::ui::language::provide_language;
use crate::ui::open::current_document::CurrentDocument;
use crate::ui::open::doc_param::open_doc_param;
use crate::ui::open::drop_and_paste::{open_dropped_and_pasted, DropTargets};
use crate::ui::open::problem_notice::ProblemNotice;
use crate::ui::open::recent_store;
use crate::ui::print::contents_page::PrintOutline;
use crate::ui::print::settings::provide_print_settings;
use crate::ui::reader::Reader;
use crate::ui::speaker::audience::{is_audience_window, AudienceScreen};
use crate::ui::state::FilterSettings;
use leptos::prelude::*;

/// The last document opened in this browser that did not come through a link from another host
/// (those are listed, not shown by themselves: a link must not make this site show another's
/// text on the next visit), if the browser still has it and the reader did not go back to the
/// sample; else the sample stays.
fn reopen_last_document(current: CurrentDocument) {
    if recent_store::sample_chosen() {
        return;
    }
    if let Some(last) = current
        .recent
        .get_untracked()
        .iter()
        .find(|recent| recent.source.is_none())
    {
        // A long one is shown a task later.
        current.await_at_start();
        if !current.open_recent(last) {
            current.awaited.set(false);
            current.forget(&last.id);
        }
    }
}

/// The page shell: the open document and its title.
#[component]
pub fn App() -> impl IntoView {
    provide_language();
    // A speaker view's second window, for the audience: that alone.
    if is_audience_window() {
        return view! { <AudienceScreen /> }.into_any();
    }
    let current = CurrentDocument::new();
    provide_context(current);
    open_dropped_and_pasted(current);
    if open_doc_param(current) {
        current.await_at_start();
    } else {
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
            recent_store::retitle(&id, &title);
            current.recent.set(recent_store::list());
        }
    });

    view! {
        <PrintOutline />
        <header class="masthead" hidden=move || current.awaited.get()>
            <div class="title-block">
                <TitleEditor title=current.title />
                <DocumentLength />
            </div>
        </header>
        <ProblemNotice />
        <DropTargets />
        {move || match (current.base.get(), current.awaited.get()) {
            (Some(base), _) => view! { <Comparison old=base.doc new=current.doc.get() base_name=base.name /> }.into_any(),
            (None, false) => view! { <Reader doc=current.doc.get() /> }.into_any(),
            (None, true) => ().into_any(),
        }}
    }
    .into_any()
}
