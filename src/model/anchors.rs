//! The anchors of a document's sections and key points (`s2-1`, `s2-k1`), named from their
//! places alone: by the parser, and again where a model arrives from elsewhere (`wire`).

use super::{Block, BlockKind, Document, KeyPoint, Section, Span};

/// Names every section by its position among its siblings, from the top: `s1`, `s2-1`.
pub fn name_sections(sections: &mut [Section]) {
    name_under(sections, "s");
}

fn name_under(sections: &mut [Section], prefix: &str) {
    for (i, section) in sections.iter_mut().enumerate() {
        section.heading.id = format!("{prefix}{}", i + 1);
        let child_prefix = format!("{}-", section.heading.id);
        name_under(&mut section.children, &child_prefix);
    }
}

/// The key points of `doc` at `spans` (in reading order, each inside a paragraph's text),
/// named by their owner and their position in it: `k1` before the first section, `s2-k1` in a
/// section, `c-k1` after the last.
pub fn key_points(doc: &Document, spans: &[Span]) -> Vec<KeyPoint> {
    let mut out = Vec::with_capacity(spans.len());
    let mut next = spans.iter().peekable();
    let mut collect = |blocks: &[Block], owner: &str| {
        let mut n = 0;
        for block in blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
            while let Some(span) = next.next_if(|s| block.text.contains(**s)) {
                n += 1;
                out.push(KeyPoint {
                    span: *span,
                    id: format!("{owner}k{n}"),
                });
            }
        }
    };
    collect(&doc.front, "");
    for section in doc.sections_in_order() {
        collect(&section.blocks, &format!("{}-", section.heading.id));
    }
    collect(&doc.closing, "c-");
    out
}
