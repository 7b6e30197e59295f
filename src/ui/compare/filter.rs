//! The filter in a comparison: the rows whose earlier or new text the query selects stay, the
//! others are hidden (class `hit` on the rows kept, `filtering` on the table), and the
//! occurrences are painted in both columns with the reader's highlight.

use crate::compare::{Comparison, ComparisonIndex};
use crate::model::Document;
use crate::search::{utf16_offsets, UnitPaint};
use crate::ui::filter::match_highlights::MatchHighlights;
use std::sync::Arc;
use web_sys::Element;

pub struct CompareFilter {
    comparison: Arc<Comparison>,
    old: Arc<Document>,
    new: Arc<Document>,
    index: Option<ComparisonIndex>,
    rows: Vec<Option<Element>>,
    table: Element,
    highlights: Option<MatchHighlights>,
    selected: Vec<usize>,
}

impl CompareFilter {
    pub fn new(
        comparison: Arc<Comparison>,
        old: Arc<Document>,
        new: Arc<Document>,
        table: Element,
        rows: Vec<Option<Element>>,
    ) -> Self {
        CompareFilter {
            comparison,
            old,
            new,
            index: None,
            rows,
            table,
            highlights: MatchHighlights::register(),
            selected: Vec::new(),
        }
    }

    /// Shows what `query` selects; the number of rows it selects, none for an empty query.
    pub fn apply(&mut self, query: &str) -> Option<usize> {
        let c = &self.comparison;
        // Made at the first query: a comparison that is only read never pays for it.
        let index = self
            .index
            .get_or_insert_with(|| ComparisonIndex::new(c, &self.old, &self.new));
        let found = index.find(c, query);
        let active = found.old.is_active();
        let _ = self
            .table
            .class_list()
            .toggle_with_force("filtering", active);
        for &r in &self.selected {
            if let Some(tr) = &self.rows[r] {
                let _ = tr.class_list().remove_1("hit");
            }
        }
        for &r in &found.rows {
            if let Some(tr) = &self.rows[r] {
                let _ = tr.class_list().add_1("hit");
            }
        }
        if let Some(highlights) = &mut self.highlights {
            highlights.clear();
            let mut paint = Vec::new();
            for &r in &found.rows {
                let row = &c.rows[r];
                for (side, unit, doc, matches) in [
                    (0, row.old.map(|i| &c.old[i]), &*self.old, &found.old),
                    (1, row.new.map(|j| &c.new[j]), &*self.new, &found.new),
                ] {
                    if let Some(unit) = unit {
                        let shown = unit.shown_text(doc);
                        paint.push(UnitPaint {
                            unit: 2 * r + side,
                            matches: Some(utf16_offsets(
                                &doc.source,
                                shown.start,
                                matches.within(shown),
                            )),
                            dimmed: None,
                        });
                    }
                }
            }
            let rows = &self.rows;
            highlights.paint(paint, |unit| {
                rows[unit / 2].as_ref()?.children().item((unit % 2) as u32)
            });
        }
        let count = active.then_some(found.rows.len());
        self.selected = found.rows;
        count
    }
}
