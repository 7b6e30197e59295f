//! A comparison's rows as a flat list of numbers, the form in which they come back from the
//! Web Worker that pairs the two versions (a `Uint32Array`, handed over without a copy). The
//! units are not sent: the page has both documents and finds them again (`units`), in the same
//! order, quickly; only the pairing and the character changes are slow.
//!
//! A row: kind, old unit + 1 (0 for none), new unit + 1, moved, the number of deleted spans and
//! each one's start and end, the same for the inserted spans.

use crate::compare::{units, Comparison, Row, RowKind};
use crate::model::{Document, Span};

const KINDS: [RowKind; 5] = [
    RowKind::Unchanged,
    RowKind::Renumbered,
    RowKind::Changed,
    RowKind::Added,
    RowKind::Deleted,
];

pub fn encode(comparison: &Comparison) -> Vec<u32> {
    let mut out = Vec::new();
    let index = |i: Option<usize>| i.map_or(0, |i| i as u32 + 1);
    for row in &comparison.rows {
        out.extend([
            KINDS
                .iter()
                .position(|k| *k == row.kind)
                .unwrap_or_default() as u32,
            index(row.old),
            index(row.new),
            u32::from(row.moved),
        ]);
        for spans in [&row.deleted, &row.inserted] {
            out.push(spans.len() as u32);
            out.extend(spans.iter().flat_map(|s| [s.start as u32, s.end as u32]));
        }
    }
    out
}

/// The comparison of `old` and `new` whose rows `wire` holds; none if they are not rows of
/// these two documents.
pub fn decode(wire: &[u32], old: &Document, new: &Document) -> Option<Comparison> {
    let (old_units, new_units) = (units(old), units(new));
    let mut rows = Vec::new();
    let mut at = wire.iter().map(|&n| n as usize);
    while let Some(kind) = at.next() {
        let kind = *KINDS.get(kind)?;
        let unit = |n: usize, len: usize| match n {
            0 => Some(None),
            n if n <= len => Some(Some(n - 1)),
            _ => None,
        };
        let old_unit = unit(at.next()?, old_units.len())?;
        let new_unit = unit(at.next()?, new_units.len())?;
        let moved = at.next()? == 1;
        // A span beyond its text refuses the whole.
        let mut spans = |text: &str| -> Option<Vec<Span>> {
            let n = at.next()?;
            (0..n)
                .map(|_| {
                    Some(Span::new(at.next()?, at.next()?))
                        .filter(|s| s.start <= s.end && s.end <= text.len())
                })
                .collect()
        };
        let deleted = spans(&old.source)?;
        let inserted = spans(&new.source)?;
        rows.push(Row {
            kind,
            old: old_unit,
            new: new_unit,
            moved,
            deleted,
            inserted,
        });
    }
    Some(Comparison {
        old: old_units,
        new: new_units,
        rows,
    })
}
