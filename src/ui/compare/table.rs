//! The comparison's rows as DOM: a `<tr>` a pair, the old unit's text in the first cell with
//! what was taken out in `<del>`, the new one's in the second with what was put in in `<ins>`.

use crate::compare::{Comparison, RowKind, Unit, UnitKind};
use crate::dom_ids::compare_row_id;
use crate::model::{Document, Span};
use leptos::prelude::document;
use std::sync::Arc;
use web_sys::Element;

/// Rows in one `<tbody>`, built in one task. The first is put on screen at once; the rest are
/// built a task each off the page and put on it together. On screen each `<tbody>` is laid out
/// only when near the window (`content-visibility`, style/screen.css): the browser lays a table
/// out whole, 800 ms for two 1 MB laws.
const ROWS_PER_TASK: usize = 150;

/// Builds the rows into `table` after its head, then calls `done` with them, by their index in
/// `comparison.rows` (none for a row the page never shows).
pub fn build(
    table: Element,
    comparison: Arc<Comparison>,
    old: Arc<Document>,
    new: Arc<Document>,
    done: impl FnOnce(Vec<Option<Element>>) + 'static,
) {
    let mut built = vec![None; comparison.rows.len()];
    let first = ROWS_PER_TASK.min(comparison.rows.len());
    if let Some(body) = slice(0..first, &mut built, &comparison, &old, &new) {
        let _ = table.append_child(&body);
    }
    build_from(
        first,
        built,
        table,
        document().create_document_fragment(),
        comparison,
        old,
        new,
        Box::new(done),
    );
}

#[allow(clippy::too_many_arguments)]
fn build_from(
    from: usize,
    mut built: Vec<Option<Element>>,
    table: Element,
    rest: web_sys::DocumentFragment,
    comparison: Arc<Comparison>,
    old: Arc<Document>,
    new: Arc<Document>,
    done: Box<dyn FnOnce(Vec<Option<Element>>)>,
) {
    let to = (from + ROWS_PER_TASK).min(comparison.rows.len());
    if let Some(body) = slice(from..to, &mut built, &comparison, &old, &new) {
        let _ = rest.append_child(&body);
    }
    if to == comparison.rows.len() {
        let _ = table.append_child(&rest);
        done(built);
    } else {
        leptos::prelude::set_timeout(
            move || build_from(to, built, table, rest, comparison, old, new, done),
            std::time::Duration::ZERO,
        );
    }
}

/// A `<tbody>` of the rows given.
fn slice(
    rows: std::ops::Range<usize>,
    built: &mut [Option<Element>],
    comparison: &Comparison,
    old: &Document,
    new: &Document,
) -> Option<Element> {
    let body = document().create_element("tbody").ok()?;
    build_rows(rows, built, &body, comparison, old, new);
    Some(body)
}

fn build_rows(
    rows: std::ops::Range<usize>,
    built: &mut [Option<Element>],
    fragment: &Element,
    comparison: &Comparison,
    old: &Document,
    new: &Document,
) {
    let page = document();
    for at in rows.filter(|&at| comparison.is_shown(&comparison.rows[at])) {
        let row = &comparison.rows[at];
        let unit = comparison.unit_of(row);
        let Ok(tr) = page.create_element("tr") else {
            break;
        };
        tr.set_id(&compare_row_id(at));
        let _ = tr.set_attribute("class", row.kind.name());
        let _ = tr.set_attribute("data-kind", row.kind.name());
        if row.moved {
            let _ = tr.class_list().add_1("moved");
        }
        // Only articles fold away with "changes only": the headings stay in their places.
        if unit.is_some_and(|u| u.kind == UnitKind::Article) {
            let _ = tr.class_list().add_1("article");
        }
        cell(
            &tr,
            row.old.map(|i| &comparison.old[i]),
            old,
            &row.deleted,
            "del",
            None,
        );
        let was = (row.kind == RowKind::Renumbered || row.kind == RowKind::Changed)
            .then(|| row.old.and_then(|i| comparison.old[i].number.clone()))
            .flatten()
            .filter(|number| {
                row.new.and_then(|j| comparison.new[j].number.as_ref()) != Some(number)
            });
        let moved_from = row
            .moved
            .then(|| row.old.and_then(|i| comparison.old[i].chapter.clone()))
            .flatten();
        let note = match (was, moved_from) {
            (Some(was), Some(from)) => Some(format!("（原{was}，移自“{from}”）")),
            (Some(was), None) => Some(format!("（原{was}）")),
            (None, Some(from)) => Some(format!("（移自“{from}”）")),
            (None, None) => None,
        };
        cell(
            &tr,
            row.new.map(|j| &comparison.new[j]),
            new,
            &row.inserted,
            "ins",
            note,
        );
        let _ = fragment.append_child(&tr);
        built[at] = Some(tr);
    }
}

/// A cell with `unit`'s text, the spans `marked` in elements named `mark`, and a note: the old
/// number of a renumbered article, the chapter a moved one came from.
fn cell(
    tr: &Element,
    unit: Option<&Unit>,
    doc: &Document,
    marked: &[Span],
    mark: &str,
    note: Option<String>,
) {
    let page = document();
    let Ok(td) = page.create_element("td") else {
        return;
    };
    if let Some(unit) = unit {
        for (piece, marked) in unit.pieces(doc, marked) {
            let text = doc.text(piece);
            match marked.then(|| page.create_element(mark).ok()).flatten() {
                Some(e) => {
                    e.set_text_content(Some(text));
                    let _ = td.append_child(&e);
                }
                None => {
                    let _ = td.append_with_str_1(text);
                }
            }
        }
        if let Some(text) = note {
            if let Ok(note) = page.create_element("small") {
                note.set_text_content(Some(&text));
                let _ = td.append_child(&note);
            }
        }
    }
    let _ = tr.append_child(&td);
}
