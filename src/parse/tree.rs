//! Placing items into front matter, nested sections and closing.

use super::{Item, Role};
use crate::model::{Block, BlockKind, Document, Heading, Section};

pub(super) fn build(source: String, items: Vec<Item>) -> Document {
    let mut doc = Document { source, front: Vec::new(), sections: Vec::new(), closing: Vec::new() };
    let mut open: Vec<Section> = Vec::new();
    for item in items {
        match item.role {
            Role::Heading { level, title } => {
                close_to_level(&mut open, &mut doc.sections, level);
                let heading = Heading { level, span: item.span, text: item.text, title };
                open.push(Section { heading, blocks: Vec::new(), children: Vec::new() });
            }
            Role::Closing => {
                close_to_level(&mut open, &mut doc.sections, 0);
                doc.closing.push(Block { kind: BlockKind::Paragraph, span: item.span, text: item.text });
            }
            Role::Block(kind) => {
                let block = Block { kind, span: item.span, text: item.text };
                match open.last_mut() {
                    Some(section) => section.blocks.push(block),
                    None => doc.front.push(block),
                }
            }
        }
    }
    close_to_level(&mut open, &mut doc.sections, 0);
    doc
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
