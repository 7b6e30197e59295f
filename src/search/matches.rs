use crate::model::{SortedSpans, Span};
use crate::parse::sentences;

/// What a query selected: the units (paragraphs, headings) it selects and the occurrences of
/// its terms in them, both in document order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// Occurrences of the query's terms, not overlapping.
    pub spans: Vec<Span>,
    /// The text spans of the selected units.
    pub units: Vec<Span>,
    active: bool,
}

impl Matches {
    pub fn new(mut spans: Vec<Span>, units: Vec<Span>) -> Self {
        spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        // `监督 督促` can overlap: keep one mark per stretch of text.
        spans.dedup_by(|later, earlier| {
            if later.start < earlier.end {
                earlier.end = earlier.end.max(later.end);
                true
            } else {
                false
            }
        });
        Matches {
            spans,
            units,
            active: true,
        }
    }

    /// False for an empty query: nothing is filtered.
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// How many occurrences are marked.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty() && self.units.is_empty()
    }

    /// The occurrences inside `span`.
    pub fn within(&self, span: Span) -> &[Span] {
        let inside = &self.spans[self.spans.starting_within(span)];
        let last_inside = inside
            .iter()
            .rposition(|m| m.end <= span.end)
            .map_or(0, |i| i + 1);
        &inside[..last_inside]
    }

    pub fn count_in(&self, span: Span) -> usize {
        self.within(span).len()
    }

    /// How many selected units lie inside `span`.
    pub fn units_in(&self, span: Span) -> usize {
        self.units.starting_within(span).len()
    }

    /// The sentences of `unit` without an occurrence in them, if it has any (what the "matching
    /// sentences only" view dims).
    pub fn sentences_without_match(&self, source: &str, unit: Span) -> Vec<Span> {
        let marks = self.within(unit);
        if marks.is_empty() {
            return Vec::new();
        }
        sentences(&source[unit.range()])
            .into_iter()
            .map(|r| Span::new(unit.start + r.start, unit.start + r.end))
            .filter(|s| !marks.iter().any(|m| m.start < s.end && s.start < m.end))
            .collect()
    }

    /// Whether the unit whose text is `text` is selected.
    pub fn selects(&self, text: Span) -> bool {
        self.units
            .binary_search_by_key(&text.start, |u| u.start)
            .is_ok()
    }
}

/// `spans` (in order, none before `from`) as UTF-16 offsets from `from` in `source`, the way a
/// browser counts within a unit's text nodes.
pub fn utf16_offsets(source: &str, from: usize, spans: &[Span]) -> Vec<(u32, u32)> {
    let mut at = from;
    let mut offset = 0u32;
    let mut advance = |to: usize| {
        offset += source[at..to].encode_utf16().count() as u32;
        at = to;
        offset
    };
    spans
        .iter()
        .map(|s| (advance(s.start), advance(s.end)))
        .collect()
}
