//! What the components of one open document share.

use super::document_parts::DocumentParts;
use super::filter_views::FilterViews;
use super::section_ids::SectionIds;
use crate::model::{Document, Section, Span};
use crate::search::{Matches, SearchIndex};
use leptos::prelude::*;
use std::sync::{Arc, OnceLock};

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
}

impl FilterSettings {
    pub fn new(query: String) -> Self {
        FilterSettings {
            query: RwSignal::new(query),
            sentences_only: RwSignal::new(false),
            typing_done: StoredValue::new(true),
        }
    }
}

#[derive(Clone, Copy)]
pub struct ReaderState {
    pub doc: StoredValue<Arc<Document>>,
    pub filter: FilterSettings,
    pub matches: Memo<Matches>,
    /// The matches, per block and per section.
    pub views: FilterViews,
    /// The match the reader moved to with next / previous: an index into `matches.spans`.
    pub current: RwSignal<Option<usize>>,
    /// Open (unfolded) state of each section, in [`Document::sections_in_order`] order.
    pub open: StoredValue<Vec<RwSignal<bool>>>,
    /// True between `beforeprint` and `afterprint`: everything is shown for paper.
    pub printing: StoredValue<bool>,
    /// The parts of a long document, put on the page one at a time.
    pub parts: DocumentParts,
    /// All of the document is on the page.
    pub complete: RwSignal<bool>,
    pub section_ids: StoredValue<Arc<SectionIds>>,
    search: StoredValue<Arc<OnceLock<SearchIndex>>>,
}

impl ReaderState {
    pub fn new(doc: Arc<Document>, filter: FilterSettings) -> Self {
        // Built when first needed: the first query, or a quiet moment once the document is on
        // the page (see `DocumentText`). A long document shows sooner without it.
        let search: Arc<OnceLock<SearchIndex>> = Arc::new(OnceLock::new());
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
        let open = (0..section_ids.len()).map(|_| RwSignal::new(true)).collect();
        let complete = RwSignal::new(false);
        let parts = DocumentParts::new(&doc);
        let views = FilterViews::new(doc.clone(), matches, filter.sentences_only, parts, section_ids.clone(), complete);
        ReaderState {
            doc: StoredValue::new(doc),
            filter,
            matches,
            views,
            current: RwSignal::new(None),
            open: StoredValue::new(open),
            printing: StoredValue::new(false),
            parts,
            complete,
            section_ids: StoredValue::new(section_ids),
            search: StoredValue::new(search),
        }
    }

    /// Prepares the text for the filter now rather than at the first query.
    pub fn prepare_search(&self) {
        // Nothing if the document was closed meanwhile.
        let Some(doc) = self.doc.try_get_value() else { return };
        self.search.try_with_value(|search| {
            search_index(search, &doc);
        });
    }

    pub fn filtering(&self) -> bool {
        self.matches.with(Matches::is_active)
    }

    /// Opens or folds every section; only those that change are written (each write re-runs
    /// the section's effect, thousands on a long document).
    pub fn set_all_open(&self, open: bool) {
        self.open.with_value(|all| all.iter().filter(|s| s.get_untracked() != open).for_each(|s| s.set(open)));
    }

    /// The reading-order index of the section with id `id`.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.section_ids.try_with_value(|ids| ids.index(id)).flatten()
    }

    pub fn is_open(&self, index: usize) -> RwSignal<bool> {
        self.open.with_value(|all| all[index])
    }

    /// Unfolds every section that contains `span`.
    pub fn reveal(&self, span: Span) {
        let doc = self.doc.get_value();
        let mut level = indexed(&doc.sections, 0);
        while let Some((index, section)) = level.into_iter().find(|(_, s)| s.span().contains(span)) {
            self.is_open(index).set(true);
            level = indexed(&section.children, index + 1);
        }
    }
}

/// The filter's index of `doc`, built the first time it is asked for.
fn search_index<'a>(search: &'a OnceLock<SearchIndex>, doc: &Document) -> &'a SearchIndex {
    search.get_or_init(|| SearchIndex::new(doc))
}

/// Sibling sections with their reading-order indices (the index into [`ReaderState::open`]),
/// the first of them having `first_index`. A section's children start at its index + 1.
pub fn indexed(sections: &[Section], first_index: usize) -> Vec<(usize, &Section)> {
    let mut index = first_index;
    sections
        .iter()
        .map(|section| {
            let this = index;
            index += section_count(section);
            (this, section)
        })
        .collect()
}

/// A section and all its descendants.
fn section_count(section: &Section) -> usize {
    1 + section.children.iter().map(section_count).sum::<usize>()
}
