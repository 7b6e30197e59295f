//! A comparison written out: as a Markdown table (修改前 | 修改后, deletions `~~struck~~`,
//! insertions `**bold**`), and as JSON (the counts, and the pairs with their spans in each text).

use crate::compare::{Comparison, Unit, UnitKind};
use crate::model::{Document, Span};
use std::fmt::Write;

pub fn comparison_markdown(c: &Comparison, old: &Document, new: &Document, title: &str) -> String {
    let counts = c.counts();
    let mut out = format!(
        "# 《{title}》修改前后对照表\n\n修改 {} · 新增 {} · 删除 {} · 未变 {}（其中仅调整序号 {}）\n\n| 修改前 | 修改后 |\n| --- | --- |\n",
        counts.changed, counts.added, counts.deleted, counts.unchanged, counts.renumbered
    );
    for row in &c.rows {
        let unit = row.new.map(|j| &c.new[j]).or(row.old.map(|i| &c.old[i]));
        if unit.is_some_and(|u| !u.shown) {
            continue;
        }
        let cell = |unit: Option<&Unit>, doc: &Document, marked: &[Span], mark: &str| unit.map_or(String::new(), |u| marked_text(u, doc, marked, mark));
        let _ = writeln!(out, "| {} | {} |", cell(row.old.map(|i| &c.old[i]), old, &row.deleted, "~~"), cell(row.new.map(|j| &c.new[j]), new, &row.inserted, "**"));
    }
    out
}

/// The unit's text as one table cell: its marked spans between `mark`s, lines joined by `<br>`,
/// the characters a table cell cannot hold escaped.
fn marked_text(unit: &Unit, doc: &Document, marked: &[Span], mark: &str) -> String {
    let whole = if unit.kind == UnitKind::Article { unit.span } else { unit.body };
    let end = whole.start + doc.source[whole.start..whole.end].trim_end().len();
    let escape = |s: &str| s.replace('\\', "\\\\").replace('|', "\\|").replace('*', "\\*").replace('~', "\\~").replace('\n', "<br>");
    let mut out = String::new();
    let mut at = whole.start;
    for m in marked.iter().filter(|m| m.start >= whole.start && m.end <= end) {
        out.push_str(&escape(&doc.source[at..m.start]));
        let inner = escape(doc.source[m.start..m.end].trim());
        if !inner.is_empty() {
            let _ = write!(out, "{mark}{inner}{mark}");
        }
        at = m.end;
    }
    out.push_str(&escape(&doc.source[at..end]));
    out.replace("<br><br>", "<br>")
}

/// The counts and every row, units as spans into their version's text.
pub fn comparison_json(c: &Comparison) -> String {
    serde_json::to_string(&serde_json::json!({ "counts": c.counts(), "old": c.old, "new": c.new, "rows": c.rows })).expect("plain data")
}
