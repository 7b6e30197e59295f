//! Text → document model. Parsing cannot fail: any text gives a document, and the
//! document keeps every byte of it (see [`crate::model`]).
//!
//! One pass over the lines makes items (a non-blank line with the blank lines after it);
//! then the headings are found in reading order ([`levels`]), the other lines are given
//! their parts ([`roles`]), and the items are placed into the tree ([`tree`]). Numbered lines
//! that would be empty sections are lists or a table of contents ([`lists`]). A wrapped text's
//! lines are first joined into its paragraphs ([`wrapped`]).

pub mod furniture;
mod heading;
mod key_points;
mod levels;
mod lines;
mod lists;
pub(crate) mod numbering;
pub(crate) mod numerals;
mod roles;
mod sentences;
mod tree;
mod unnumbered;
mod wrapped;

pub use sentences::sentences;

use crate::model::{BlockKind, Document, NumberKind, Numbering, Span};
use levels::{Levels, Verdict};

struct Item {
    span: Span,
    text: Span,
    role: Role,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Block(BlockKind),
    Heading {
        level: u8,
        number: Span,
        numbering: Numbering,
        title: Span,
    },
    /// A speech's closing words: after the last section, in none of them.
    Closing,
}

const PARAGRAPH: Role = Role::Block(BlockKind::Paragraph);

pub fn parse(source: String) -> Document {
    parse_with(source, true)
}

/// [`parse`] with a wrapped text's lines kept as they are (the reader asked to see them).
pub fn parse_lines_as_they_are(source: String) -> Document {
    parse_with(source, false)
}

fn parse_with(source: String, rebuild: bool) -> Document {
    let mut items = items(&source);
    let joins = match rebuild {
        true => wrapped::rebuild(&source, &mut items),
        false => Vec::new(),
    };
    let body_start = front_matter(&source, &mut items);
    lists::contents(&source, &mut items, body_start);
    let mut items = headings(&source, items, body_start);
    lists::lists(&mut items);
    other_roles(&source, &mut items, body_start);
    tree::build(source, items, joins)
}

/// Non-blank lines become items; blank lines join the item before them.
fn items(source: &str) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for line in lines::lines(source) {
        match items.last_mut() {
            Some(last) if line.is_blank() => last.span.end = line.span.end,
            _ => {
                let role = if line.is_blank() {
                    Role::Block(BlockKind::Blank)
                } else {
                    PARAGRAPH
                };
                items.push(Item {
                    span: line.span,
                    text: line.text,
                    role,
                });
            }
        }
    }
    items
}

/// Title, document number and metadata at the top; returns the index of the first body item.
fn front_matter(source: &str, items: &mut Vec<Item>) -> usize {
    let text = |item: &Item| &source[item.text.range()];
    let Some(first) = items.iter().position(|i| i.role == PARAGRAPH) else {
        return items.len();
    };
    let mut at = first;
    let line = text(&items[first]);
    let markdown_title = heading::markdown(line).is_some_and(|(level, _)| level == 1)
        && !items[first + 1..]
            .iter()
            .any(|i| heading::markdown(text(i)).is_some_and(|(level, _)| level == 1));
    let plain_title = heading::markdown(line).is_none()
        && numbering::numbers(line).is_empty()
        && roles::is_title(line)
        && !roles::is_salutation(line)
        && items.len() > first + 1;
    if markdown_title || plain_title {
        items[first].role = Role::Block(BlockKind::Title);
        at += 1;
        if plain_title
            && items
                .get(at)
                .is_some_and(|next| roles::continues_title(line, text(next)))
        {
            // One title over two lines: one block, so the title reads as one.
            let second = items.remove(at);
            items[first].span.end = second.span.end;
            items[first].text.end = second.text.end;
        }
    }
    if items
        .get(at)
        .is_some_and(|i| roles::is_document_number(text(i)))
    {
        items[at].role = Role::Block(BlockKind::DocumentNumber);
        at += 1;
    }
    // Dates and sources, up to `<!-- INFO END -->`, in Markdown copies of laws.
    if let Some(end) = items[at..]
        .iter()
        .take(12)
        .position(|i| roles::ends_metadata(text(i)))
    {
        for item in &mut items[at..at + end] {
            item.role = Role::Block(BlockKind::Metadata);
        }
        items[at + end].role = Role::Block(BlockKind::Comment);
        at += end + 1;
    }
    at
}

/// Finds the headings in reading order, splitting a heading from the body on its line.
fn headings(source: &str, items: Vec<Item>, body_start: usize) -> Vec<Item> {
    let mut levels = Levels::default();
    let mut out = Vec::with_capacity(items.len());
    // Each with whether a law's article follows it.
    let starts_article = |i: usize| {
        items.get(i).is_some_and(|next| {
            numbering::numbers(&source[next.text.range()])
                .iter()
                .any(|n| n.kind == NumberKind::Article)
        })
    };
    let mut unnumbered = unnumbered::find(source, &items, body_start)
        .into_iter()
        .map(|(i, title)| (i, title, starts_article(i + 1)))
        .collect::<Vec<_>>()
        .into_iter()
        .peekable();
    for (i, item) in items.into_iter().enumerate() {
        if i < body_start || item.role != PARAGRAPH {
            out.push(item);
            continue;
        }
        if let Some((_, title, above_articles)) = unnumbered.next_if(|&(at, ..)| at == i) {
            let level = levels.place_unnumbered(above_articles);
            out.push(Item {
                text: title,
                role: Role::Heading {
                    level,
                    number: Span::new(item.text.start, title.start),
                    numbering: Numbering {
                        kind: NumberKind::Unnumbered,
                        value: 0,
                        sub: 0,
                    },
                    title,
                },
                ..item
            });
            continue;
        }
        let line = &source[item.text.range()];
        let at = item.text.start;
        if let Some((hashes, title_start)) = heading::markdown(line) {
            let level = levels.place_markdown(hashes);
            let number = Span::new(at, at + hashes as usize);
            let title = Span::new(at + title_start, item.text.end);
            out.push(Item {
                text: title,
                role: Role::Heading {
                    level,
                    number,
                    numbering: Numbering {
                        kind: NumberKind::Markdown(hashes),
                        value: 0,
                        sub: 0,
                    },
                    title,
                },
                ..item
            });
            continue;
        }
        let numbers = numbering::numbers(line);
        if levels.in_article() && numbers.iter().any(|n| n.kind.numbers_items()) {
            out.push(Item {
                role: Role::Block(BlockKind::Item),
                ..item
            });
            continue;
        }
        let candidates: Vec<_> = numbers
            .into_iter()
            .filter(|n| heading::shape(line, n).is_some())
            .collect();
        if candidates.is_empty() {
            out.push(item);
            continue;
        }
        match levels.place(&candidates) {
            Verdict::Paragraph => out.push(item),
            Verdict::Heading { level, number } => {
                let shape = heading::shape(line, &number).expect("candidates have a shape");
                let heading_end = at + shape.end;
                let role = Role::Heading {
                    level,
                    number: Span::new(at, at + number.len),
                    numbering: number.numbering(),
                    title: Span::new((at + shape.title_start).min(heading_end), heading_end),
                };
                let body = lines::trimmed(source, Span::new(heading_end, item.span.end));
                if body.is_empty() {
                    out.push(Item { role, ..item });
                } else {
                    out.push(Item {
                        span: Span::new(item.span.start, heading_end),
                        text: Span::new(at, heading_end),
                        role,
                    });
                    out.push(Item {
                        span: Span::new(heading_end, item.span.end),
                        text: body,
                        role: PARAGRAPH,
                    });
                }
            }
        }
    }
    out
}

/// Salutations, addressee, attachments, signature and date, and a speech's closing words.
fn other_roles(source: &str, items: &mut [Item], body_start: usize) {
    let text = |item: &Item| &source[item.text.range()];
    let first_heading = items
        .iter()
        .position(|i| matches!(i.role, Role::Heading { .. }));
    let mut seen_paragraph = false;
    // A law's article addresses no one: `委员有下列情形之一的：` there is its first paragraph.
    let mut in_article = false;
    for (i, item) in items.iter_mut().enumerate().skip(body_start) {
        if let Role::Heading { numbering, .. } = item.role {
            in_article = numbering.kind == NumberKind::Article;
        }
        if item.role != PARAGRAPH {
            continue;
        }
        let line = text(item);
        let in_front = first_heading.is_none_or(|h| i < h);
        item.role = if !in_article && roles::is_salutation(line) {
            Role::Block(BlockKind::Salutation)
        } else if in_front && !seen_paragraph && roles::is_addressee(line) {
            Role::Block(BlockKind::Addressee)
        } else if roles::is_attachment(line) {
            Role::Block(BlockKind::Attachment)
        } else {
            seen_paragraph = true;
            PARAGRAPH
        };
    }
    signature_and_date(source, items);

    let Some(last_heading) = items
        .iter()
        .rposition(|i| matches!(i.role, Role::Heading { .. }))
    else {
        return;
    };
    // The last section keeps at least its first block: a closing needs something to close.
    let tail = &mut items[last_heading + 1..];
    if let Some(at) = tail
        .iter()
        .skip(1)
        .position(|i| i.role == PARAGRAPH && roles::opens_closing(text(i)))
    {
        for item in &mut tail[at + 1..] {
            if item.role == PARAGRAPH {
                item.role = Role::Closing;
            }
        }
    }
}

/// A date as the last line, with the issuing body on the line above it.
fn signature_and_date(source: &str, items: &mut [Item]) {
    let text = |item: &Item| &source[item.text.range()];
    let Some(last) = items
        .iter()
        .rposition(|i| i.role != Role::Block(BlockKind::Blank))
    else {
        return;
    };
    if items[last].role != PARAGRAPH || !roles::is_date(text(&items[last])) {
        return;
    }
    items[last].role = Role::Block(BlockKind::Date);
    if let Some(above) = last.checked_sub(1) {
        if items[above].role == PARAGRAPH && roles::is_signature(text(&items[above])) {
            items[above].role = Role::Block(BlockKind::Signature);
        }
    }
}
