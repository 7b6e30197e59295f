//! Numbered lines that are not headings: a list (a run of numbered lines with no text between
//! them, such as the decisions an appendix of a law replaces, `1．关于……的决定`), and a table of
//! contents (`目录` and the chapter names it repeats before the chapters themselves).

use super::{Item, Role, PARAGRAPH};
use crate::model::{BlockKind, NumberKind};

/// `目录` and the lines after it, up to the line that repeats its first entry: a table of
/// contents. Runs before the headings are found, so that the chapters it names open nothing.
pub(super) fn contents(source: &str, items: &mut [Item], body_start: usize) {
    let key = |item: &Item| -> String {
        source[item.text.range()]
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '#')
            .collect()
    };
    let Some(title) = items
        .iter()
        .skip(body_start)
        .take(40)
        .position(|i| i.role == PARAGRAPH && key(i) == "目录")
    else {
        return;
    };
    let title = body_start + title;
    let Some(first) = items.get(title + 1).map(key).filter(|k| !k.is_empty()) else {
        return;
    };
    let Some(repeat) = items[title + 2..]
        .iter()
        .take(400)
        .position(|i| key(i) == first)
    else {
        return;
    };
    for item in &mut items[title..title + 2 + repeat] {
        if item.role == PARAGRAPH {
            item.role = Role::Block(BlockKind::Contents);
        }
    }
}

/// Two or more headings of one numbering in a row, with nothing between them, would be empty
/// sections: they are the lines of a list. The last stays a heading only if a heading below it
/// follows (it has a section of its own).
pub(super) fn lists(items: &mut [Item]) {
    let kind_of = |item: &Item| match item.role {
        Role::Heading {
            level, numbering, ..
        // Headings without numbers were confirmed as such, a section's name above another
        // heading among them.
        } => (!numbering.kind.is_unmistakable() && numbering.kind != NumberKind::Unnumbered)
            .then_some((numbering.kind, level)),
        _ => None,
    };
    let mut i = 0;
    while i < items.len() {
        let Some(kind) = kind_of(&items[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < items.len() && kind_of(&items[end]) == Some(kind) {
            end += 1;
        }
        if end - i >= 2 {
            let last_has_section = items.get(end).is_some_and(
                |next| matches!(next.role, Role::Heading { level, .. } if level > kind.1),
            );
            let lines = if last_has_section { end - 1 } else { end };
            if lines - i >= 2 {
                for item in &mut items[i..lines] {
                    item.role = Role::Block(BlockKind::ListItem);
                }
            }
        }
        i = end;
    }
}
