//! Traversal helpers over the section tree.

use super::{Block, Document, Heading, Section};

/// A node of the document in reading order.
#[derive(Clone, Copy, Debug)]
pub enum Piece<'a> {
    Block(&'a Block),
    Heading(&'a Heading),
}

impl Piece<'_> {
    pub fn span(&self) -> super::Span {
        match self {
            Piece::Block(b) => b.span,
            Piece::Heading(h) => h.span,
        }
    }

    /// The visible text.
    pub fn text(&self) -> super::Span {
        match self {
            Piece::Block(b) => b.text,
            Piece::Heading(h) => h.text,
        }
    }
}

impl Document {
    /// Every block and heading in reading order. Their spans tile `source`.
    pub fn pieces(&self) -> Vec<Piece<'_>> {
        let mut out: Vec<Piece> = self.front.iter().map(Piece::Block).collect();
        for section in &self.sections {
            section.push_pieces(&mut out);
        }
        out.extend(self.closing.iter().map(Piece::Block));
        out
    }

    /// All sections, parents before their children, in reading order.
    pub fn sections_in_order(&self) -> Vec<&Section> {
        let mut out = Vec::new();
        for section in &self.sections {
            section.push_preorder(&mut out);
        }
        out
    }
}

impl Section {
    fn push_pieces<'a>(&'a self, out: &mut Vec<Piece<'a>>) {
        out.push(Piece::Heading(&self.heading));
        out.extend(self.blocks.iter().map(Piece::Block));
        for child in &self.children {
            child.push_pieces(out);
        }
    }

    fn push_preorder<'a>(&'a self, out: &mut Vec<&'a Section>) {
        out.push(self);
        for child in &self.children {
            child.push_preorder(out);
        }
    }

    /// The span from the heading to the end of the last descendant.
    pub fn span(&self) -> super::Span {
        let mut end = self.heading.span.end;
        if let Some(b) = self.blocks.last() {
            end = b.span.end;
        }
        if let Some(c) = self.children.last() {
            end = c.span().end;
        }
        super::Span::new(self.heading.span.start, end)
    }
}
