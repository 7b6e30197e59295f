//! Turning numbered lines into nested levels. Each kind of numbering has a rank; the open
//! kinds form a stack ordered by rank, and a heading's level is its depth in that stack, so
//! levels are relative to the kinds each file uses (`##` chapters in one law, `###` in another).

use super::numbering::{Kind, Number};

struct Open {
    kind: Kind,
    value: u32,
}

#[derive(Default)]
pub struct Levels {
    open: Vec<Open>,
    /// `一、一般规定` above `第一条`: a judicial interpretation's parts hold its articles, as a
    /// law's chapters do.
    parts_hold_articles: bool,
}

pub enum Verdict {
    Heading {
        level: u8,
        number: Number,
    },
    /// Numbers out of sequence: a numbered paragraph, not a heading.
    Paragraph,
}

impl Levels {
    /// Decides among the readings of a line's number (usually one) and opens the heading.
    pub fn place(&mut self, candidates: &[Number]) -> Verdict {
        let Some(number) = candidates
            .iter()
            .find(|n| n.kind.is_unmistakable() || self.continues(n))
        else {
            return Verdict::Paragraph;
        };
        if number.kind == Kind::Article
            && self.open.iter().any(|o| o.kind == Kind::ChineseEnum)
            && !self
                .open
                .iter()
                .any(|o| matches!(o.kind, Kind::Part | Kind::Chapter | Kind::Division))
        {
            self.parts_hold_articles = true;
        }
        self.close_to(rank_of(number.kind, self.parts_hold_articles));
        self.open.push(Open {
            kind: number.kind,
            value: number.value,
        });
        Verdict::Heading {
            level: self.open.len() as u8,
            number: *number,
        }
    }

    /// A Markdown heading: always a heading, at its depth among the open kinds.
    pub fn place_markdown(&mut self, hashes: u8) -> u8 {
        let kind = Kind::Markdown(hashes);
        self.close_to(rank_of(kind, self.parts_hold_articles));
        self.open.push(Open { kind, value: 0 });
        self.open.len() as u8
    }

    /// A heading without a number: below every numbered kind open, or, above a law's articles
    /// while one is open, at the level of the part or chapter that holds them (a chapter whose
    /// `第X章` the text lost).
    pub fn place_unnumbered(&mut self, above_articles: bool) -> u8 {
        let kind = match self.open.iter().rposition(|o| o.kind == Kind::Article) {
            Some(0) if above_articles => Kind::Chapter,
            Some(article) if above_articles => self.open[article - 1].kind,
            _ => Kind::Unnumbered,
        };
        self.close_to(rank_of(kind, self.parts_hold_articles));
        self.open.push(Open { kind, value: 0 });
        self.open.len() as u8
    }

    /// Inside an article of a law, `（一）` numbers an item of the article, not a section.
    pub fn in_article(&self) -> bool {
        self.open.last().is_some_and(|o| o.kind == Kind::Article)
    }

    /// Closes every open heading of `rank` or finer.
    fn close_to(&mut self, rank: u8) {
        let holds = self.parts_hold_articles;
        self.open.retain(|o| rank_of(o.kind, holds) < rank);
    }

    /// The next number of its kind: one more than the last, or 1 for a kind not open.
    fn continues(&self, number: &Number) -> bool {
        let expected = match self.open.iter().find(|o| o.kind == number.kind) {
            Some(open) => open.value + 1,
            None => 1,
        };
        number.value == expected
    }
}

/// A kind's rank: a part that holds articles (`holds`) ranks as a division.
fn rank_of(kind: Kind, holds: bool) -> u8 {
    match kind {
        Kind::ChineseEnum if holds => Kind::Division.rank(),
        _ => kind.rank(),
    }
}
