//! Placing items into front matter, nested sections and closing; giving headings and key
//! points their ids.

use super::key_points::key_points;
use super::{Item, Role};
use crate::model::{anchors, Block, BlockKind, Document, Heading, Join, Section, Span};

pub(super) fn build(source: String, items: Vec<Item>, joins: Vec<Join>) -> Document {
    let back = back_matter_start(&items);
    let mut doc = Document {
        source,
        front: Vec::new(),
        sections: Vec::new(),
        closing: Vec::new(),
        key_points: Vec::new(),
        joins,
    };
    let mut open: Vec<Section> = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let kind = match item.role {
            Role::Block(kind) => kind,
            _ => BlockKind::Paragraph,
        };
        let block = Block {
            kind,
            span: item.span,
            text: item.text,
        };
        match item.role {
            Role::Heading {
                level,
                number,
                numbering,
                title,
            } => {
                close_to_level(&mut open, &mut doc.sections, level);
                let heading = Heading {
                    level,
                    span: item.span,
                    text: item.text,
                    number,
                    numbering,
                    title,
                    id: String::new(),
                };
                open.push(Section {
                    heading,
                    blocks: Vec::new(),
                    children: Vec::new(),
                });
            }
            _ if i >= back => {
                close_to_level(&mut open, &mut doc.sections, 0);
                doc.closing.push(block);
            }
            _ => match open.last_mut() {
                Some(section) => section.blocks.push(block),
                None => doc.front.push(block),
            },
        }
    }
    close_to_level(&mut open, &mut doc.sections, 0);
    anchors::name_sections(&mut doc.sections);
    doc.key_points = anchors::key_points(&doc, &key_point_spans(&doc));
    doc
}

/// Where the back matter begins: the speaker's closing words, or else the trailing run of
/// attachments, signature and date after the last section; `items.len()` when there is none.
fn back_matter_start(items: &[Item]) -> usize {
    if let Some(closing) = items.iter().position(|i| i.role == Role::Closing) {
        return closing;
    }
    let is_back = |i: &Item| {
        matches!(
            i.role,
            Role::Block(BlockKind::Attachment | BlockKind::Signature | BlockKind::Date)
        )
    };
    let Some(last_heading) = items
        .iter()
        .rposition(|i| matches!(i.role, Role::Heading { .. }))
    else {
        return items.len();
    };
    let mut start = items.len();
    while start > last_heading + 2 && is_back(&items[start - 1]) {
        start -= 1;
    }
    start
}

/// Closes every open section at `level` or deeper, attaching each to its parent.
fn close_to_level(open: &mut Vec<Section>, top: &mut Vec<Section>, level: u8) {
    while open.last().is_some_and(|s| s.heading.level >= level) {
        let done = open.pop().expect("checked above");
        match open.last_mut() {
            Some(parent) => parent.children.push(done),
            None => top.push(done),
        }
    }
}

/// The key points' places, in reading order (named by `anchors::key_points`).
fn key_point_spans(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    let mut collect = |blocks: &[Block]| {
        for block in blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
            out.extend(key_points(doc.text(block.text)).into_iter().map(|range| {
                Span::new(block.text.start + range.start, block.text.start + range.end)
            }));
        }
    };
    collect(&doc.front);
    for section in doc.sections_in_order() {
        collect(&section.blocks);
    }
    collect(&doc.closing);
    out
}
