//! The filter over a comparison: a row is selected when the query (the reader's filter
//! language, [`crate::search::Query`]) selects the unit on either side, the earlier version's or
//! the new one's, so that a term a revision took out is found as well as one it put in.

use crate::compare::Comparison;
use crate::model::{Document, Span};
use crate::search::{Matches, SearchIndex};

/// Both versions' texts, prepared once for any number of queries.
pub struct ComparisonIndex {
    old: Side,
    new: Side,
}

struct Side {
    index: SearchIndex,
    /// The shown text of each unit of this version, by unit index (empty ones are not searched).
    shown: Vec<Span>,
}

impl Side {
    fn new(doc: &Document, units: &[crate::compare::Unit]) -> Self {
        let shown: Vec<Span> = units.iter().map(|u| u.shown_text(doc)).collect();
        let searched = units
            .iter()
            .zip(&shown)
            .filter(|(u, s)| u.shown && s.end > s.start)
            .map(|(_, s)| *s)
            .collect();
        Side {
            index: SearchIndex::over(doc, searched),
            shown,
        }
    }

    fn selects(&self, matches: &Matches, unit: Option<usize>) -> bool {
        unit.is_some_and(|u| {
            matches
                .units
                .binary_search_by_key(&self.shown[u].start, |s| s.start)
                .is_ok()
        })
    }
}

/// What a query selected in a comparison.
#[derive(Debug, Default)]
pub struct ComparisonMatches {
    /// Indices into `Comparison::rows`, in order.
    pub rows: Vec<usize>,
    /// The occurrences in each version's text.
    pub old: Matches,
    pub new: Matches,
}

impl ComparisonIndex {
    pub fn new(comparison: &Comparison, old: &Document, new: &Document) -> Self {
        ComparisonIndex {
            old: Side::new(old, &comparison.old),
            new: Side::new(new, &comparison.new),
        }
    }

    /// An empty query selects nothing and is not active, as in the reader.
    pub fn find(&self, comparison: &Comparison, query: &str) -> ComparisonMatches {
        let (old, new) = (self.old.index.find(query), self.new.index.find(query));
        if !old.is_active() {
            return ComparisonMatches::default();
        }
        let rows = (0..comparison.rows.len())
            .filter(|&r| {
                let row = &comparison.rows[r];
                self.old.selects(&old, row.old) || self.new.selects(&new, row.new)
            })
            .collect();
        ComparisonMatches { rows, old, new }
    }
}
