//! Where a query's matches are in the document, as a picture of it: the opening, each top-level
//! section and the closing, each with its place in the text (fractions of the source, so that
//! the picture does not depend on what is folded or hidden), its count and its first match.

use super::Matches;
use crate::model::{Document, SortedSpans, Span};

/// One region of the document that holds matches.
#[derive(Clone, Debug, PartialEq)]
pub struct MapMark {
    /// Where the region starts and ends, as fractions of the source (0.0 to 1.0).
    pub from: f64,
    pub to: f64,
    /// How many matches it holds, and the index (into `Matches::spans`) of the first.
    pub count: usize,
    pub first: usize,
    /// The top-level section's index, `None` for the opening or the closing.
    pub section: Option<usize>,
}

/// The regions of `doc` with at least one of `matches`, in document order.
pub fn match_map(doc: &Document, matches: &Matches) -> Vec<MapMark> {
    let total = doc.source.len().max(1) as f64;
    let opening_end = doc
        .sections
        .first()
        .map_or(doc.source.len(), |s| s.span().start);
    let closing_start = doc.sections.last().map_or(opening_end, |s| s.span().end);
    let regions = std::iter::once((Span::new(0, opening_end), None))
        .chain(
            doc.sections
                .iter()
                .enumerate()
                .map(|(n, s)| (s.span(), Some(n))),
        )
        .chain(std::iter::once((
            Span::new(closing_start, doc.source.len()),
            None,
        )));
    let spans = &matches.spans;
    let mut marks = Vec::new();
    for (region, section) in regions {
        let within = spans.starting_within(region);
        let (first, count) = (within.start, within.len());
        if count > 0 && region.end > region.start {
            marks.push(MapMark {
                from: region.start as f64 / total,
                to: region.end as f64 / total,
                count,
                first,
                section,
            });
        }
    }
    marks
}
