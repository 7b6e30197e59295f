use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A byte range of [`super::Document::source`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Something with a place in the text. Lists of them kept in order, none overlapping, are
/// looked up with [`SortedSpans`].
pub trait Spanned {
    fn span(&self) -> Span;
}

impl Spanned for Span {
    fn span(&self) -> Span {
        *self
    }
}

impl Spanned for super::KeyPoint {
    fn span(&self) -> Span {
        self.span
    }
}

impl Spanned for super::Join {
    fn span(&self) -> Span {
        self.span
    }
}

impl Spanned for super::Piece<'_> {
    fn span(&self) -> Span {
        super::Piece::span(self)
    }
}

/// Look-ups in a list of spans in document order, none overlapping.
pub trait SortedSpans {
    /// The index of the one holding `offset`, if one does.
    fn holding(&self, offset: usize) -> Option<usize>;
    /// The index of the first one ending after `offset`: the one holding it, else the next
    /// (the list's length if none).
    fn first_ending_after(&self, offset: usize) -> usize;
    /// The indices of those starting inside `span`.
    fn starting_within(&self, span: Span) -> Range<usize>;
    /// The indices of those sharing text with `span`.
    fn overlapping(&self, span: Span) -> Range<usize>;
}

impl<T: Spanned> SortedSpans for [T] {
    fn holding(&self, offset: usize) -> Option<usize> {
        let at = self
            .partition_point(|s| s.span().start <= offset)
            .checked_sub(1)?;
        (offset < self[at].span().end).then_some(at)
    }

    fn first_ending_after(&self, offset: usize) -> usize {
        self.partition_point(|s| s.span().end <= offset)
    }

    fn starting_within(&self, span: Span) -> Range<usize> {
        let first = self.partition_point(|s| s.span().start < span.start);
        first..first + self[first..].partition_point(|s| s.span().start < span.end)
    }

    fn overlapping(&self, span: Span) -> Range<usize> {
        let first = self.first_ending_after(span.start);
        first..first + self[first..].partition_point(|s| s.span().start < span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `[0, 2)`, `[2, 5)`, then a gap, `[7, 9)`, `[9, 9)` (empty) and `[10, 12)`.
    fn spans() -> Vec<Span> {
        [(0, 2), (2, 5), (7, 9), (9, 9), (10, 12)]
            .map(|(s, e)| Span::new(s, e))
            .to_vec()
    }

    #[test]
    fn the_span_holding_an_offset() {
        let s = spans();
        let held: Vec<Option<usize>> = (0..13).map(|at| s.holding(at)).collect();
        assert_eq!(
            held,
            [
                Some(0),
                Some(0),
                Some(1),
                Some(1),
                Some(1),
                None,
                None,
                Some(2),
                Some(2),
                None,
                Some(4),
                Some(4),
                None
            ]
        );
        assert_eq!(Vec::<Span>::new().holding(0), None);
    }

    #[test]
    fn the_first_span_ending_after_an_offset() {
        let s = spans();
        let first: Vec<usize> = (0..13).map(|at| s.first_ending_after(at)).collect();
        assert_eq!(first, [0, 0, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 5]);
    }

    #[test]
    fn the_spans_starting_inside_a_span() {
        let s = spans();
        assert_eq!(s.starting_within(Span::new(0, 12)), 0..5);
        assert_eq!(s.starting_within(Span::new(1, 7)), 1..2);
        assert_eq!(s.starting_within(Span::new(5, 7)), 2..2);
        assert_eq!(s.starting_within(Span::new(8, 10)), 3..4);
        assert_eq!(s.starting_within(Span::new(12, 20)), 5..5);
    }

    #[test]
    fn the_spans_sharing_text_with_a_span() {
        let s = spans();
        assert_eq!(s.overlapping(Span::new(1, 3)), 0..2);
        assert_eq!(s.overlapping(Span::new(5, 7)), 2..2);
        assert_eq!(s.overlapping(Span::new(4, 11)), 1..5);
        assert_eq!(s.overlapping(Span::new(12, 12)), 5..5);
    }
}
