//! The outline of a document as plain text: what `docview outline` prints and what the
//! expected outlines in `tests/outlines/` are written in.
//!
//! ```text
//! title: 国务院办公厅关于复制推广营商环境创新试点改革举措的通知
//! paragraphs: 31
//! # 一、复制推广的改革举措
//! ## （一）进一步破除区域分割和地方保护等不合理限制（4项）。
//! * 要……。
//! ```
//! One `#` per level; a key point is a `*` line under its section (or before the first).

use super::{BlockKind, Document, Section};
use std::fmt::Write;

pub fn outline(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(title) = doc.title() {
        let _ = writeln!(out, "title: {title}");
    }
    let _ = writeln!(out, "paragraphs: {}", paragraph_count(doc));
    for point in doc.key_points_of(&doc.front) {
        let _ = writeln!(out, "* {}", doc.read(point.span));
    }
    for section in &doc.sections {
        write_section(doc, section, &mut out);
    }
    out
}

fn write_section(doc: &Document, section: &Section, out: &mut String) {
    let heading = &section.heading;
    let _ = writeln!(
        out,
        "{} {}",
        "#".repeat(heading.level as usize),
        doc.read(heading.text)
    );
    for point in doc.key_points_of(&section.blocks) {
        let _ = writeln!(out, "* {}", doc.read(point.span));
    }
    for child in &section.children {
        write_section(doc, child, out);
    }
}

/// Paragraphs and items of the body, wherever they are (title, salutation, metadata and
/// the like are not counted).
pub fn paragraph_count(doc: &Document) -> usize {
    let counts = |b: &&super::Block| matches!(b.kind, BlockKind::Paragraph | BlockKind::Item);
    let in_sections: usize = doc
        .sections_in_order()
        .iter()
        .map(|s| s.blocks.iter().filter(counts).count())
        .sum();
    doc.front.iter().filter(counts).count()
        + in_sections
        + doc.closing.iter().filter(counts).count()
}
