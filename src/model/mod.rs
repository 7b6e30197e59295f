//! The document model: plain data, no I/O, no web types.
//!
//! Every node points into [`Document::source`] with byte [`Span`]s. The spans of all
//! blocks and headings, taken in document order, tile the source exactly: nothing of
//! the input is dropped or reordered (see [`Document::pieces`]).

mod span;
mod walk;

use serde::{Deserialize, Serialize};

pub use span::Span;
pub use walk::Piece;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub source: String,
    /// Blocks before the first heading: title, salutation, opening paragraphs.
    pub front: Vec<Block>,
    pub sections: Vec<Section>,
    /// Blocks after the last section that belong to none of them, such as a speech's closing words.
    pub closing: Vec<Block>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Title,
    Salutation,
    Paragraph,
    /// Whitespace-only lines with no block before them to belong to.
    Blank,
}

/// One or more whole lines of the source: the line with its text, then its line ending
/// and any blank lines after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Everything the block owns, line endings included.
    pub span: Span,
    /// The visible text: `span` without surrounding whitespace.
    pub text: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    /// 1 for the top level.
    pub level: u8,
    /// The whole heading line, line ending and following blank lines included.
    pub span: Span,
    /// The visible heading, numbering included (`一、把准方向推工作`).
    pub text: Span,
    /// The part after the numbering (`把准方向推工作`); equal to `text` when unnumbered.
    pub title: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub heading: Heading,
    /// Blocks between the heading and the first subsection.
    pub blocks: Vec<Block>,
    pub children: Vec<Section>,
}

impl Document {
    pub fn text(&self, span: Span) -> &str {
        &self.source[span.range()]
    }

    /// The title line of the document, if it has one.
    pub fn title(&self) -> Option<&str> {
        self.front
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .map(|b| self.text(b.text))
    }
}
