//! The document model: plain data, no I/O, no web types.
//!
//! Every node points into [`Document::source`] with byte [`Span`]s. The spans of all
//! blocks and headings, taken in document order, tile the source exactly: nothing of
//! the input is dropped or reordered (see [`Document::pieces`]).

pub mod anchors;
mod numbering;
mod outline;
mod reading;
pub mod script;
mod span;
mod walk;
pub mod wire;

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
    /// The line breaks inside paragraphs rebuilt from a wrapped text (with any page furniture
    /// between the two lines), in order: not text, shown as nothing or one space.
    #[serde(default)]
    pub joins: Vec<Join>,
}

/// Where a paragraph of a wrapped text went on in its next line: the end of one line to the
/// start of the next (a word's hyphen at the break included), read as one space between Latin
/// words and as nothing in Chinese.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Join {
    pub span: Span,
    pub space: bool,
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
    /// What a page put around the text of a wrapped copy (a page number, a running header):
    /// kept in the model, not shown, printed, searched or counted.
    Furniture,
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
        let read = self.read(block.text);
        let text: &str = &read;
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
        if self.joins.is_empty() {
            return Length::of(self.text(span));
        }
        let furniture = self.pieces().into_iter().filter_map(|p| match p {
            Piece::Block(b) if b.kind == BlockKind::Furniture && span.contains(b.span) => {
                Some(Length::of(self.text(b.span)))
            }
            _ => None,
        });
        let all = Length::of(&self.shown(span));
        furniture.fold(all, |left, f| Length {
            han: left.han.saturating_sub(f.han),
            words: left.words.saturating_sub(f.words),
        })
    }

    /// How many lines of a wrapped text were joined, into how many paragraphs; none if it
    /// was not wrapped.
    pub fn rebuilt(&self) -> Option<(usize, usize)> {
        if self.joins.is_empty() {
            return None;
        }
        let paragraphs = self
            .pieces()
            .iter()
            .filter(|p| !self.joins[self.joins.overlapping(p.text())].is_empty())
            .count();
        Some((self.joins.len() + paragraphs, paragraphs))
    }

    /// The text of `span` as it reads: each [`Join`] as one space or nothing (for exports).
    pub fn read(&self, span: Span) -> std::borrow::Cow<'_, str> {
        self.with_joins(span, |out, join, _| {
            if join.space {
                out.push(' ');
            }
        })
    }

    /// The text of `span` as the page shows it: each character of a [`Join`] replaced by a
    /// zero-width space (the first by a space where the join is one), so that it has the same
    /// length in UTF-16 as the source and a place in it is the same place in the source.
    pub fn shown(&self, span: Span) -> std::borrow::Cow<'_, str> {
        self.with_joins(span, |out, join, text| {
            for (i, c) in text.chars().enumerate() {
                out.push(if i == 0 && join.space {
                    ' '
                } else {
                    '\u{200B}'
                });
                if c.len_utf16() == 2 {
                    out.push('\u{200B}');
                }
            }
        })
    }

    /// The text of `span` with what `write` makes of each join's text inside it; borrowed where
    /// no join is.
    fn with_joins(
        &self,
        span: Span,
        write: impl Fn(&mut String, Join, &str),
    ) -> std::borrow::Cow<'_, str> {
        let joins = &self.joins[self.joins.overlapping(span)];
        if joins.is_empty() {
            return std::borrow::Cow::Borrowed(self.text(span));
        }
        let mut out = String::with_capacity(span.len() + 8 * joins.len());
        let mut at = span.start;
        for join in joins {
            let (start, end) = (join.span.start.max(at), join.span.end.min(span.end));
            if start >= end {
                continue;
            }
            out.push_str(&self.source[at..start]);
            // Part of a join cut by the span's start has no space of its own.
            let join = Join {
                space: join.space && start == join.span.start,
                ..*join
            };
            write(&mut out, join, &self.source[start..end]);
            at = end;
        }
        out.push_str(&self.source[at..span.end]);
        std::borrow::Cow::Owned(out)
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
