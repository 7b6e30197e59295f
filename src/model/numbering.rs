//! A heading's number as the parser read it: its kind and value. The parser decides it once
//! (`parse::numbering`); the check, the comparison and the parser's own later passes read it here.

use serde::{Deserialize, Serialize};

/// The kinds of numbering, each with a fixed rank: a kind of lower rank is never nested
/// inside one of higher rank. Levels are then taken relative to the kinds a file really uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NumberKind {
    /// `#` … `######`
    Markdown(u8),
    /// `第X编`, `第X章`, `第X节`, `第X条`
    Part,
    Chapter,
    Division,
    Article,
    /// `Article I.`, `Article. I.`
    EnArticle,
    /// `Section 1.`, `Section. 1.`
    EnSection,
    /// `一、`
    ChineseEnum,
    /// `（一）`, `(一)`
    ParenChinese,
    /// `I.`
    Roman,
    /// `A.`
    Alpha,
    /// `1.`, `1．`, `1、`
    Arabic,
    /// `1.1`, `1.1.1`: the number of components
    Decimal(u8),
    /// `（1）`, `(1)`
    ParenArabic,
    /// `①`
    Circled,
    /// No number: a short line standing alone (`基本案情`, `Background`) or a bold paragraph,
    /// below every numbered kind.
    Unnumbered,
}

impl NumberKind {
    pub fn rank(self) -> u8 {
        match self {
            NumberKind::Markdown(n) => n,
            NumberKind::Part => 10,
            NumberKind::Chapter => 11,
            NumberKind::Division => 12,
            NumberKind::Article => 13,
            NumberKind::EnArticle => 20,
            NumberKind::EnSection => 21,
            NumberKind::ChineseEnum => 30,
            NumberKind::ParenChinese => 31,
            NumberKind::Roman => 40,
            NumberKind::Alpha => 41,
            NumberKind::Arabic => 50,
            NumberKind::Decimal(n) => 50 + n.min(9),
            NumberKind::ParenArabic => 60,
            NumberKind::Circled => 61,
            NumberKind::Unnumbered => 100,
        }
    }

    /// Statute units and English articles: their shape alone makes them headings, without
    /// checking that the numbers run in sequence.
    pub fn is_unmistakable(self) -> bool {
        matches!(
            self,
            NumberKind::Markdown(_)
                | NumberKind::Part
                | NumberKind::Chapter
                | NumberKind::Division
                | NumberKind::Article
                | NumberKind::EnArticle
                | NumberKind::EnSection
        )
    }

    /// The number is the whole heading and the rest of the line is body text (`第一条 为了……`).
    pub fn heads_its_body(self) -> bool {
        matches!(
            self,
            NumberKind::Article | NumberKind::EnArticle | NumberKind::EnSection
        )
    }

    /// Numbering of Chinese body text, where a heading may share its line with the body.
    pub fn is_chinese(self) -> bool {
        matches!(
            self,
            NumberKind::ChineseEnum
                | NumberKind::ParenChinese
                | NumberKind::Arabic
                | NumberKind::ParenArabic
                | NumberKind::Circled
        )
    }

    /// Inside an article of a law these number items (项), not sections.
    pub fn numbers_items(self) -> bool {
        matches!(
            self,
            NumberKind::ParenChinese
                | NumberKind::Arabic
                | NumberKind::ParenArabic
                | NumberKind::Circled
                | NumberKind::Alpha
        )
    }
}

/// The number a heading starts with (its text is [`Heading::number`](super::Heading::number)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Numbering {
    pub kind: NumberKind,
    /// `十二` and `１２` alike: 12. 0 for Markdown's `#`.
    pub value: u32,
    /// `第二十条之一`: 1 (an article inserted after 第二十条 by an amendment); 0 otherwise.
    pub sub: u32,
}

impl Numbering {
    /// A law's article (`第十二条`, `第二十条之一`): its number and sub-number.
    pub fn article(&self) -> Option<(u32, u32)> {
        (self.kind == NumberKind::Article).then_some((self.value, self.sub))
    }
}
