//! The comparison's outline: every changed, added and deleted article (or paragraph, in a
//! document without articles), in the new version's order, each a link to its row.

use crate::compare::{Comparison, RowKind};
use crate::dom_ids::compare_row_id;
use crate::model::Document;
use crate::ui::language::Language;
use leptos::prelude::document;
use web_sys::Element;

/// The word for a kind of change, as the summary says it.
pub fn kind_word(kind: RowKind, language: Language) -> &'static str {
    match kind {
        RowKind::Changed => language.pick("修改", "changed"),
        RowKind::Added => language.pick("新增", "added"),
        RowKind::Deleted => language.pick("删除", "deleted"),
        RowKind::Unchanged => language.pick("未变", "unchanged"),
        RowKind::Renumbered => language.pick("仅调整序号", "renumbered only"),
    }
}

/// Fills `list` (an `<ol>`) with the changes; the number of entries.
pub fn build(
    list: &Element,
    comparison: &Comparison,
    old: &Document,
    new: &Document,
    language: Language,
) -> usize {
    list.set_text_content(None);
    let page = document();
    let fragment = page.create_document_fragment();
    let mut entries = 0;
    for (at, row) in comparison.counted_rows().filter(|(_, row)| {
        matches!(
            row.kind,
            RowKind::Changed | RowKind::Added | RowKind::Deleted
        )
    }) {
        let (Ok(item), Ok(link), Ok(kind)) = (
            page.create_element("li"),
            page.create_element("a"),
            page.create_element("span"),
        ) else {
            break;
        };
        let _ = item.set_attribute("class", row.kind.name());
        let _ = link.set_attribute("href", &format!("#{}", compare_row_id(at)));
        link.set_text_content(Some(&comparison.label(row, old, new)));
        kind.set_text_content(Some(kind_word(row.kind, language)));
        let _ = link.append_child(&kind);
        let _ = item.append_child(&link);
        let _ = fragment.append_child(&item);
        entries += 1;
    }
    let _ = list.append_child(&fragment);
    entries
}
