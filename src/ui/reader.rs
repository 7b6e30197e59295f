use crate::model::Document;
use crate::ui::check::{CheckPanel, CheckResults};
use crate::ui::controls::keyboard::keyboard_shortcuts;
use crate::ui::controls::shortcuts_help::{ShortcutsHelp, ShortcutsShown};
use crate::ui::controls::toolbar::Toolbar;
use crate::ui::document::copy_link::CopyLinks;
use crate::ui::document::deep_links::follow_deep_links;
use crate::ui::document::fold_memory::remember_folds;
use crate::ui::document::DocumentText;
use crate::ui::filter::display::show_filter_on_document;
use crate::ui::filter::filter_box::FilterBox;
use crate::ui::filter::match_map::MatchMap;
use crate::ui::language::tr;
use crate::ui::open::current_document::CurrentDocument;
use crate::ui::open::source_notice::SourceNotice;
use crate::ui::outline::reading_position::track_reading_position;
use crate::ui::outline::{Outline, OutlineDrawer};
use crate::ui::print::page_style::apply_print_settings;
use crate::ui::print::preview::{PreviewOpen, PrintPreview};
use crate::ui::print::settings::PrintSettings;
use crate::ui::print::whole_document::expand_everything_while_printing;
use crate::ui::speaker::{self, Speaker, SpeakerControls};
use crate::ui::state::{FilterSettings, ReaderState};
use leptos::prelude::*;
use std::sync::Arc;

/// One open document: the controls, the outline and the text.
#[component]
pub fn Reader(doc: Arc<Document>) -> impl IntoView {
    let chinese = doc.is_chinese();
    let state = ReaderState::new(doc.clone(), expect_context::<FilterSettings>());
    provide_context(state);
    remember_folds(state, &doc);
    provide_context(show_filter_on_document(state));
    follow_deep_links(state);
    let print = expect_context::<RwSignal<PrintSettings>>();
    apply_print_settings(
        print,
        chinese,
        expect_context::<CurrentDocument>().title.into(),
    );
    expand_everything_while_printing(state, print);
    provide_context(PreviewOpen(RwSignal::new(false)));
    let help = RwSignal::new(false);
    provide_context(ShortcutsShown(help));
    let drawer = RwSignal::new(false);
    provide_context(OutlineDrawer(drawer));
    keyboard_shortcuts(state, help, drawer);
    track_reading_position(state);
    provide_context(CheckResults::new());
    let speaker = Speaker::new();
    provide_context(speaker);
    speaker::listen_for_entry(speaker, state);
    speaker::open_from_link(speaker, state);

    view! {
        // Kept in sight while scrolling: where the document came from, and the controls.
        <div class="top-bar">
            <SourceNotice />
            <div class="controls no-print" role="region" aria-label=tr("工具栏", "Toolbar")>
                <FilterBox />
                <Toolbar />
            </div>
        </div>
        <PrintPreview />
        <CopyLinks />
        <ShortcutsHelp shown=help />
        <CheckPanel />
        <SpeakerControls />
        <div class="layout">
            <Outline />
            <DocumentText />
            <MatchMap />
        </div>
    }
}
