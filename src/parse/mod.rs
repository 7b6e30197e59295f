//! Text → document model. Parsing cannot fail: any text gives a document, and the
//! document keeps every byte of it (see [`crate::model`]).

mod heading;
mod lines;
mod roles;
mod tree;

use crate::model::{BlockKind, Document, Span};
use heading::heading_mark;
use lines::lines;

/// One non-blank line, with the blank lines after it, before it is placed in the tree.
struct Item {
    span: Span,
    text: Span,
    role: Role,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Block(BlockKind),
    Heading { level: u8, title: Span },
    Closing,
}

pub fn parse(source: String) -> Document {
    let mut items = items(&source);
    assign_roles(&source, &mut items);
    tree::build(source, items)
}

/// Non-blank lines become items; blank lines join the item before them.
fn items(source: &str) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for line in lines(source) {
        if line.is_blank() {
            match items.last_mut() {
                Some(last) => last.span.end = line.span.end,
                None => items.push(Item {
                    span: line.span,
                    text: Span::new(line.span.start, line.span.start),
                    role: Role::Block(BlockKind::Blank),
                }),
            }
            continue;
        }
        let text = &source[line.text.range()];
        let role = match heading_mark(text) {
            Some(mark) => Role::Heading {
                level: mark.level,
                title: Span::new(line.text.start + mark.title_offset, line.text.end),
            },
            None => Role::Block(BlockKind::Paragraph),
        };
        items.push(Item { span: line.span, text: line.text, role });
    }
    items
}

fn assign_roles(source: &str, items: &mut [Item]) {
    let text = |item: &Item| &source[item.text.range()];
    let paragraph = Role::Block(BlockKind::Paragraph);
    let first_heading = items.iter().position(|i| matches!(i.role, Role::Heading { .. }));
    let front = &mut items[..first_heading.unwrap_or(0)];
    let mut start = 0;
    if front.len() > 1 && front[0].role == paragraph && roles::is_title(text(&front[0])) {
        front[0].role = Role::Block(BlockKind::Title);
        start = 1;
    }
    if let Some(item) = front[start..].iter_mut().take(2).find(|i| roles::is_salutation(text(i))) {
        item.role = Role::Block(BlockKind::Salutation);
    }

    let Some(last_heading) = items.iter().rposition(|i| matches!(i.role, Role::Heading { .. })) else {
        return;
    };
    // The last section keeps at least its first block: a closing needs something to close.
    let tail = &mut items[last_heading + 1..];
    if let Some(at) = tail.iter().skip(1).position(|i| roles::opens_closing(text(i))) {
        for item in &mut tail[at + 1..] {
            item.role = Role::Closing;
        }
    }
}

