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

/// A mark placed on a strip `height` pixels tall: regions too close to be told apart at that
/// size are one mark, which goes to the first of them.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    pub top: f64,
    pub height: f64,
    pub count: usize,
    pub first: usize,
    /// The first region's section (`None`: the opening or the closing).
    pub section: Option<usize>,
}

/// Places `marks` on a strip of `height` pixels, each at least `min` pixels tall (a touch
/// target on a touch screen), none overlapping the one before.
pub fn place_marks(marks: &[MapMark], height: f64, min: f64) -> Vec<PlacedMark> {
    let mut placed: Vec<PlacedMark> = Vec::new();
    for mark in marks {
        // Kept on the strip: a region at the very end is drawn `min` above the bottom.
        let top = (mark.from * height).floor().min((height - min).max(0.0));
        let end = (mark.to * height).ceil().min(height);
        match placed.last_mut() {
            Some(last) if top < last.top + last.height => {
                last.count += mark.count;
                last.height = last.height.max(end - last.top);
            }
            _ => {
                placed.push(PlacedMark {
                    top,
                    height: end.max(top + min) - top,
                    count: mark.count,
                    first: mark.first,
                    section: mark.section,
                });
            }
        }
    }
    placed
}
