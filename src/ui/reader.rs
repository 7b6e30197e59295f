use super::document_text::DocumentText;
use super::filter_box::FilterBox;
use super::outline::{Outline, OutlineDrawer};
use super::reading_position::track_reading_position;
use super::copy_link::CopyLinks;
use super::current_document::CurrentDocument;
use super::deep_links::follow_deep_links;
use super::fold_memory::remember_folds;
use super::keyboard::keyboard_shortcuts;
use super::print::expand_everything_while_printing;
use super::shortcuts_help::{ShortcutsHelp, ShortcutsShown};
use super::source_notice::SourceNotice;
use super::print_preview::{PreviewOpen, PrintPreview};
use super::print_settings::PrintSettings;
use super::print_style::apply_print_settings;
use super::state::{FilterSettings, ReaderState};
use super::toolbar::Toolbar;
use crate::model::Document;
use leptos::prelude::*;
use std::sync::Arc;

/// One open document: the controls, the outline and the text.
#[component]
pub fn Reader(doc: Arc<Document>) -> impl IntoView {
    let chinese = doc.is_chinese();
    let state = ReaderState::new(doc.clone(), expect_context::<FilterSettings>());
    provide_context(state);
    remember_folds(state, &doc);
    follow_deep_links(state);
    let print = expect_context::<RwSignal<PrintSettings>>();
    apply_print_settings(print, chinese, expect_context::<CurrentDocument>().title.into());
    expand_everything_while_printing(state, print);
    provide_context(PreviewOpen(RwSignal::new(false)));
    let help = RwSignal::new(false);
    provide_context(ShortcutsShown(help));
    let drawer = RwSignal::new(false);
    provide_context(OutlineDrawer(drawer));
    keyboard_shortcuts(state, help, drawer);
    track_reading_position(state);

    view! {
        // Kept in sight while scrolling: where the document came from, and the controls.
        <div class="top-bar">
            <SourceNotice />
            <div class="controls no-print" role="search">
                <FilterBox />
                <Toolbar />
            </div>
        </div>
        <PrintPreview />
        <CopyLinks />
        <ShortcutsHelp shown=help />
        <div class="layout">
            <Outline />
            <DocumentText />
        </div>
    }
}
