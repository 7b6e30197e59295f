//! The document model: plain data, no I/O, no web types.
//!
//! Every node points into [`Document::source`] with byte [`Span`]s. The spans of all
//! blocks and headings, taken in document order, tile the source exactly: nothing of
//! the input is dropped or reordered (see [`Document::pieces`]).

mod numbering;
mod outline;
mod reading;
pub mod script;
mod span;
mod walk;

use serde::{Deserialize, Serialize};

pub use numbering::{NumberKind, Numbering};
pub use outline::{outline, paragraph_count};
pub use reading::Length;
pub use span::{SortedSpans, Span, Spanned};
pub use walk::Piece;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub source: String,
    /// Blocks before the first heading: title, salutation, opening paragraphs.
    pub front: Vec<Block>,
    pub sections: Vec<Section>,
    /// Blocks after the last section that belong to none of them: a speech's closing words,
    /// attachments, signature and date.
    pub closing: Vec<Block>,
    /// Sentences that carry a point without a heading line of their own, in reading order.
    pub key_points: Vec<KeyPoint>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    /// The document's title, possibly over two lines.
    Title,
    /// `国办发〔2022〕35号`
    DocumentNumber,
    /// Dates and sources before the body of a Markdown copy of a law.
    Metadata,
    /// `<!-- INFO END -->`: a Markdown comment, kept in the model, not shown.
    Comment,
    /// `各省、自治区、直辖市人民政府：`
    Addressee,
    /// `各位代表：`, `同志们！`
    Salutation,
    Paragraph,
    /// `（一）……` inside an article of a law.
    Item,
    /// A line of a list: one of a run of numbered lines with no text between them
    /// (`1．关于……的决定`), which would otherwise read as empty sections.
    ListItem,
    /// A line of a table of contents (`目录` and the chapter names after it).
    Contents,
    /// `附件：…`
    Attachment,
    Signature,
    Date,
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
    /// The numbering (`一、`, `第十条`, `##`); empty when there is none.
    pub number: Span,
    /// What that number is (kind and value), as the parser read it.
    pub numbering: Numbering,
    /// The part after the numbering (`把准方向推工作`); empty for `第十条 …`, whose text is body.
    pub title: Span,
    /// A stable anchor: the positions among siblings from the top, `s2-1`.
    pub id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub heading: Heading,
    /// Blocks between the heading and the first subsection.
    pub blocks: Vec<Block>,
    pub children: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyPoint {
    /// The sentence, inside one block's text.
    pub span: Span,
    /// `s2-k1`: the section's id and the point's position in it.
    pub id: String,
}

impl Document {
    pub fn text(&self, span: Span) -> &str {
        &self.source[span.range()]
    }

    /// The title of the document, if it has a title line (a title over two lines joined into one).
    pub fn title(&self) -> Option<String> {
        let block = self.front.iter().find(|b| b.kind == BlockKind::Title)?;
        let text = self.text(block.text);
        let text = text
            .strip_prefix('#')
            .map_or(text, |t| t.trim_start_matches('#').trim_start());
        Some(text.lines().map(str::trim).collect())
    }

    /// Whether the document is written in Chinese (more Han characters than Latin letters in its
    /// first 20,000 characters): it then prints as a Chinese official document by default.
    pub fn is_chinese(&self) -> bool {
        let (mut han, mut latin) = (0usize, 0usize);
        for c in self.source.chars().take(20_000) {
            if script::is_han_ideograph(c) {
                han += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        han > latin
    }

    /// How long the text in `span` is to read.
    pub fn length(&self, span: Span) -> Length {
        Length::of(self.text(span))
    }

    /// The key points that share any text with `span`.
    pub fn key_points_overlapping(&self, span: Span) -> &[KeyPoint] {
        &self.key_points[self.key_points.overlapping(span)]
    }

    /// The key points in the text of `blocks` (consecutive blocks: a section's own, the front
    /// matter).
    pub fn key_points_of(&self, blocks: &[Block]) -> &[KeyPoint] {
        match (blocks.first(), blocks.last()) {
            (Some(first), Some(last)) => {
                self.key_points_in(Span::new(first.span.start, last.span.end))
            }
            _ => &[],
        }
    }

    /// The key points inside `span`.
    pub fn key_points_in(&self, span: Span) -> &[KeyPoint] {
        &self.key_points[self.key_points.starting_within(span)]
    }
}
