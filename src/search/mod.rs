//! Document → matches: every occurrence of a query, as spans of the original text.
//!
//! Matching is on characters (no word segmentation: Chinese has no spaces to split on),
//! after folding case and full-width forms; the spans point at the original characters.

mod fold;

use crate::model::Span;
pub use fold::{fold, fold_char};
use fold::Folded;

/// A document's text prepared once for any number of queries.
pub struct SearchIndex {
    folded: Folded,
}

impl SearchIndex {
    pub fn new(source: &str) -> Self {
        SearchIndex { folded: Folded::new(source) }
    }

    /// Every non-overlapping occurrence of `query`, in order. An empty or blank query has none.
    pub fn find(&self, query: &str) -> Matches {
        let needle = fold(query.trim());
        if needle.is_empty() {
            return Matches::default();
        }
        let spans = self
            .folded
            .text
            .match_indices(needle.as_str())
            .map(|(at, m)| Span::new(self.folded.original(at), self.folded.original(at + m.len())))
            .collect();
        Matches { spans }
    }
}

/// Matches in document order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    pub spans: Vec<Span>,
}

impl Matches {
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The matches that lie inside `span`.
    pub fn within(&self, span: Span) -> &[Span] {
        let first = self.spans.partition_point(|m| m.start < span.start);
        let after = self.spans.partition_point(|m| m.start < span.end);
        let inside = &self.spans[first..after];
        // A match may start inside and run past the end only if the query spans a line break.
        let last_inside = inside.iter().rposition(|m| m.end <= span.end).map_or(0, |i| i + 1);
        &inside[..last_inside]
    }

    pub fn count_in(&self, span: Span) -> usize {
        self.within(span).len()
    }
}
