//! A comparison written out: as a Markdown table (修改前 | 修改后, deletions `~~struck~~`,
//! insertions `**bold**`), and as JSON (the counts, and the pairs with their spans in each text).

use crate::compare::{Comparison, Unit};
use crate::model::{Document, Span};
use std::fmt::Write;

pub fn comparison_markdown(c: &Comparison, old: &Document, new: &Document, title: &str) -> String {
    let counts = c.counts();
    let mut out = format!(
        "# 《{title}》修改前后对照表\n\n修改 {} · 新增 {} · 删除 {} · 未变 {}（其中仅调整序号 {}）\n\n| 修改前 | 修改后 |\n| --- | --- |\n",
        counts.changed, counts.added, counts.deleted, counts.unchanged, counts.renumbered
    );
    for row in c.shown_rows() {
        let cell = |unit: Option<&Unit>, doc: &Document, marked: &[Span], mark: &str| {
            unit.map_or(String::new(), |u| marked_text(u, doc, marked, mark))
        };
        let _ = writeln!(
            out,
            "| {} | {} |",
            cell(row.old.map(|i| &c.old[i]), old, &row.deleted, "~~"),
            cell(row.new.map(|j| &c.new[j]), new, &row.inserted, "**")
        );
    }
    out
}

/// The unit's text as one table cell: its marked spans between `mark`s, lines joined by `<br>`,
/// the characters a table cell cannot hold escaped.
fn marked_text(unit: &Unit, doc: &Document, marked: &[Span], mark: &str) -> String {
    let escape = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('|', "\\|")
            .replace('*', "\\*")
            .replace('~', "\\~")
            .replace('\n', "<br>")
    };
    let mut out = String::new();
    for (piece, marked) in unit.pieces(doc, marked) {
        let text = escape(if marked {
            doc.text(piece).trim()
        } else {
            doc.text(piece)
        });
        match marked {
            true if !text.is_empty() => {
                let _ = write!(out, "{mark}{text}{mark}");
            }
            true => {}
            false => out.push_str(&text),
        }
    }
    out.replace("<br><br>", "<br>")
}

/// The counts and every row, units as spans into their version's text.
pub fn comparison_json(c: &Comparison) -> String {
    serde_json::to_string(
        &serde_json::json!({ "counts": c.counts(), "old": c.old, "new": c.new, "rows": c.rows }),
    )
    .expect("plain data")
}
