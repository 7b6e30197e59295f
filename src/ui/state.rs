//! What the parts of the page share for one open document.

use crate::markup::{self, Part};
use crate::model::{Document, Span};
use crate::search::{IndexInProgress, Matches, SearchIndex};
use crate::ui::document::folds::Folds;
use crate::ui::document::nodes::DocumentNodes;
use crate::ui::document::section_ids::SectionIds;
use leptos::prelude::*;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The filter's text and display choice. They belong to the page, not to one document: a query
/// typed (or given in the URL) before a document has loaded applies to it.
#[derive(Clone, Copy)]
pub struct FilterSettings {
    pub query: RwSignal<String>,
    /// Dim the sentences of a shown paragraph that have no match.
    pub sentences_only: RwSignal<bool>,
    /// The reader finished typing a query (Enter, leaving the box, back/forward): the next
    /// change starts a new history entry.
    pub typing_done: StoredValue<bool>,
    /// On a narrow screen the filter is a bar over the page, opened from the bottom bar's 筛选
    /// (or `/`) and closed by its ✕ or Esc; it also shows while a query is active.
    pub bar_open: RwSignal<bool>,
}

impl FilterSettings {
    pub fn new(query: String) -> Self {
        FilterSettings {
            query: RwSignal::new(query),
            sentences_only: RwSignal::new(false),
            typing_done: StoredValue::new(true),
            bar_open: RwSignal::new(false),
        }
    }

    /// Whether the bar shows (on a narrow screen).
    pub fn bar_shown(&self) -> bool {
        self.bar_open.get() || self.query.with(|q| !q.is_empty())
    }
}

#[derive(Clone, Copy)]
pub struct ReaderState {
    pub doc: StoredValue<Arc<Document>>,
    pub filter: FilterSettings,
    pub matches: Memo<Matches>,
    /// The match the reader moved to with next / previous: an index into `matches.spans`.
    pub current: RwSignal<Option<usize>>,
    /// The document's elements on the page that the app changes.
    pub nodes: StoredValue<DocumentNodes, LocalStorage>,
    /// Which sections are unfolded.
    pub folds: Folds,
    /// True between `beforeprint` and `afterprint`: everything is shown for paper.
    pub printing: StoredValue<bool>,
    /// The parts of the document (`markup::layout`), put on the page one task each.
    pub layout: StoredValue<Vec<Part>>,
    /// How many parts are on the page.
    pub built: RwSignal<usize>,
    /// All of the document is on the page.
    pub complete: RwSignal<bool>,
    pub section_ids: StoredValue<Arc<SectionIds>>,
    search: StoredValue<Arc<Search>>,
}

/// The filter's index: made a slice at a time once the document is on the page, or all at once
/// when a query comes first.
#[derive(Default)]
struct Search {
    index: OnceLock<SearchIndex>,
    in_progress: Mutex<Option<IndexInProgress>>,
}

/// How much of the text one task prepares for the filter (~10 ms in the page).
const INDEX_SLICE_BYTES: usize = 1 << 20;

impl ReaderState {
    pub fn new(doc: Arc<Document>, filter: FilterSettings) -> Self {
        // Built when first needed: the first query, or a quiet moment once the document is on
        // the page (see `DocumentText`). A long document shows sooner without it.
        let search = Arc::new(Search::default());
        let (index, searched) = (search.clone(), doc.clone());
        let matches = Memo::new(move |_| {
            filter.query.with(|q| {
                if q.trim().is_empty() {
                    return Matches::default();
                }
                search_index(&index, &searched).find(q)
            })
        });
        let section_ids = Arc::new(SectionIds::new(&doc));
        let nodes = StoredValue::new_local(DocumentNodes::default());
        let layout = markup::layout(&doc);
        let part_sections = layout.iter().map(|p| p.in_reading_order.clone()).collect();
        ReaderState {
            folds: Folds::new(section_ids.len(), part_sections, nodes),
            layout: StoredValue::new(layout),
            doc: StoredValue::new(doc),
            filter,
            matches,
            current: RwSignal::new(None),
            nodes,
            printing: StoredValue::new(false),
            built: RwSignal::new(0),
            complete: RwSignal::new(false),
            section_ids: StoredValue::new(section_ids),
            search: StoredValue::new(search),
        }
    }

    /// Prepares the text for the filter now rather than at the first query, a slice a task.
    pub fn prepare_search(self) {
        // Nothing if the document was closed meanwhile.
        let (Some(doc), Some(search)) = (self.doc.try_get_value(), self.search.try_get_value())
        else {
            return;
        };
        if search.index.get().is_some() {
            return;
        }
        let mut in_progress = search.in_progress.lock().unwrap_or_else(|e| e.into_inner());
        let progress = in_progress.get_or_insert_with(|| IndexInProgress::start(&doc));
        if !progress.advance(&doc, INDEX_SLICE_BYTES) {
            set_timeout(move || self.prepare_search(), Duration::ZERO);
            return;
        }
        if let Some(progress) = in_progress.take() {
            let _ = search.index.set(progress.finish(&doc));
        }
    }

    pub fn filtering(&self) -> bool {
        self.matches.with(Matches::is_active)
    }

    /// The reading-order index of the section with id `id`.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.section_ids
            .try_with_value(|ids| ids.index(id))
            .flatten()
    }

    /// The span of the text of each part, in order.
    pub fn part_spans(&self) -> Vec<Span> {
        self.layout
            .with_value(|layout| layout.iter().map(|p| p.span).collect())
    }

    /// Unfolds every section that contains `span`.
    pub fn reveal(&self, span: Span) {
        let doc = self.doc.get_value();
        let mut level = indexed(&doc.sections, 0);
        while let Some((index, section)) = level.into_iter().find(|(_, s)| s.span().contains(span))
        {
            self.folds.set_open(index, true);
            level = indexed(&section.children, index + 1);
        }
    }
}

/// The filter's index of `doc`, finished now if it is not yet.
fn search_index<'a>(search: &'a Search, doc: &Document) -> &'a SearchIndex {
    search.index.get_or_init(|| {
        let in_progress = search
            .in_progress
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        match in_progress {
            Some(progress) => progress.finish(doc),
            None => SearchIndex::new(doc),
        }
    })
}

/// Sibling sections with their reading-order indices, the first of them having `first_index`.
/// A section's children start at its index + 1.
pub fn indexed(
    sections: &[crate::model::Section],
    first_index: usize,
) -> Vec<(usize, &crate::model::Section)> {
    let mut index = first_index;
    sections
        .iter()
        .map(|section| {
            let this = index;
            index += markup::section_count(section);
            (this, section)
        })
        .collect()
}
