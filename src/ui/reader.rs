use super::document_text::DocumentText;
use super::filter_box::FilterBox;
use super::outline::Outline;
use super::print::expand_everything_while_printing;
use super::state::{FilterSettings, ReaderState};
use super::toolbar::Toolbar;
use crate::model::Document;
use leptos::prelude::*;
use std::sync::Arc;

/// One open document: the controls, the outline and the text.
#[component]
pub fn Reader(doc: Arc<Document>) -> impl IntoView {
    let state = ReaderState::new(doc, expect_context::<FilterSettings>());
    provide_context(state);
    expand_everything_while_printing(state);

    view! {
        <div class="controls no-print" role="search">
            <FilterBox />
            <Toolbar />
        </div>
        <div class="layout">
            <Outline />
            <DocumentText />
        </div>
    }
}
