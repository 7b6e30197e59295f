//! Document → matches: the paragraphs (and headings) that satisfy a query, and every
//! occurrence of its terms in them, as spans of the original text.
//!
//! Matching is on characters (no word segmentation: Chinese has no spaces to split on),
//! after folding case and full-width forms; the spans point at the original characters.

mod fold;
mod map;
mod matches;
mod query;
mod view;

use crate::model::{BlockKind, Document, Piece, SortedSpans, Span};
pub use fold::{fold, fold_char};
use fold::{Folded, Folding};
pub use map::{match_map, MapMark};
pub use matches::{utf16_offsets, Matches};
pub use query::Query;
pub use view::{FilterView, Rendered, UnitPaint, ViewInput, Write};

/// A document's text prepared once for any number of queries.
pub struct SearchIndex {
    folded: Folded,
    /// The text of every block and heading, in order: the units a query selects.
    units: Vec<Span>,
}

/// Clauses beyond this many are ignored (a bit each in a `u64`).
const MAX_CLAUSES: usize = 64;

/// A [`SearchIndex`] built a slice at a time, so that a long document's index is made in short
/// tasks while the reader reads.
pub struct IndexInProgress {
    folding: Folding,
    units: Vec<Span>,
}

impl IndexInProgress {
    pub fn start(doc: &Document) -> Self {
        // The title is shown as the page's heading, comments and page furniture not at all:
        // none is searched.
        let shown = |p: &Piece| !matches!(p, Piece::Block(b) if matches!(b.kind, BlockKind::Title | BlockKind::Comment | BlockKind::Furniture));
        let units = doc
            .pieces()
            .iter()
            .filter(|p| shown(p))
            .map(|p| p.text())
            .filter(|t| !t.is_empty())
            .collect();
        IndexInProgress {
            folding: Folding::new(&doc.source),
            units,
        }
    }

    /// Prepares about `bytes` more of the text; true once all of it is.
    pub fn advance(&mut self, doc: &Document, bytes: usize) -> bool {
        self.folding.advance(&doc.source, &doc.joins, bytes)
    }

    /// The index, what is left prepared first.
    pub fn finish(self, doc: &Document) -> SearchIndex {
        SearchIndex {
            folded: self.folding.finish(&doc.source, &doc.joins),
            units: self.units,
        }
    }
}

impl SearchIndex {
    pub fn new(doc: &Document) -> Self {
        IndexInProgress::start(doc).finish(doc)
    }

    /// An index whose units are the spans given (in order, not overlapping) rather than the
    /// document's passages: a comparison's rows, say.
    pub fn over(doc: &Document, units: Vec<Span>) -> Self {
        debug_assert!(units.windows(2).all(|w| w[0].end <= w[1].start));
        SearchIndex {
            folded: Folded::new(&doc.source, &doc.joins),
            units,
        }
    }

    /// What `query` (in the filter's language, [`Query`]) selects. An empty query selects nothing
    /// and is not active.
    pub fn find(&self, query: &str) -> Matches {
        let query = Query::parse(query);
        if query.is_empty() {
            return Matches::default();
        }
        let mut satisfied = vec![0u64; self.units.len()];
        let mut excluded = vec![false; self.units.len()];
        let mut hits = Vec::new();
        for (bit, clause) in query.clauses.iter().take(MAX_CLAUSES).enumerate() {
            for term in clause {
                for (unit, span) in self.occurrences(term) {
                    satisfied[unit] |= 1 << bit;
                    hits.push((unit, span));
                }
            }
        }
        for term in &query.excluded {
            for (unit, _) in self.occurrences(term) {
                excluded[unit] = true;
            }
        }
        let all = match query.clauses.len().min(MAX_CLAUSES) {
            MAX_CLAUSES => u64::MAX,
            n => (1u64 << n) - 1,
        };
        let selected = |unit: usize| satisfied[unit] & all == all && !excluded[unit];
        let units = (0..self.units.len())
            .filter(|&u| selected(u))
            .map(|u| self.units[u])
            .collect();
        let spans = hits
            .into_iter()
            .filter(|&(u, _)| selected(u))
            .map(|(_, span)| span)
            .collect();
        Matches::new(spans, units)
    }

    /// Each occurrence of `term` that lies inside one unit, with that unit's index.
    fn occurrences<'a>(&'a self, term: &str) -> impl Iterator<Item = (usize, Span)> + 'a {
        let needle = fold(term);
        let found: Vec<(usize, usize)> = if needle.is_empty() {
            Vec::new()
        } else {
            self.folded
                .text
                .match_indices(needle.as_str())
                .map(|(at, m)| (at, at + m.len()))
                .collect()
        };
        found.into_iter().filter_map(move |(start, end)| {
            let span = Span::new(self.folded.original(start), self.folded.original(end));
            let unit = self.units.holding(span.start)?;
            self.units[unit].contains(span).then_some((unit, span))
        })
    }
}
