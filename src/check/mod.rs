//! Document → problems: what a careful proofreader of a speech, a report or a law would point
//! out before it goes out. Numbering ([`sequences`]), announced counts ([`counts`]), paired
//! punctuation ([`pairs`]), references to the law's own articles ([`references`]) and stray
//! punctuation ([`punctuation`]). Nothing here changes the document.

mod counts;
mod lines;
mod pairs;
mod punctuation;
mod references;
mod sequences;
pub mod wire;

use crate::model::{BlockKind, Document, Piece, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A number skipped in a sequence (`一、二、四、`), or a sequence that starts past its first.
    Gap,
    Duplicate,
    /// A number lower than one before it in the same sequence.
    Order,
    /// Numbering of one level used where another belongs (`（一）` items inside a `1.` item).
    Level,
    /// One sequence written in two forms (`1.` and `1．`).
    Mixed,
    /// `讲三点意见` followed by four sections.
    Count,
    /// A `《` with no `》`, or a `》` with no `《`, in one paragraph.
    Pair,
    /// `本法第八十条` in a law of 65 articles.
    Reference,
    /// `。。`, or a half-width `,` between Chinese characters.
    Punctuation,
}

impl Kind {
    /// In the order of the enum: `kind as usize` is its index here.
    pub const ALL: [Kind; 9] = [
        Kind::Gap,
        Kind::Duplicate,
        Kind::Order,
        Kind::Level,
        Kind::Mixed,
        Kind::Count,
        Kind::Pair,
        Kind::Reference,
        Kind::Punctuation,
    ];

    /// The name the page and its tests use (`data-kind`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Gap => "gap",
            Kind::Duplicate => "duplicate",
            Kind::Order => "order",
            Kind::Level => "level",
            Kind::Mixed => "mixed",
            Kind::Count => "count",
            Kind::Pair => "pair",
            Kind::Reference => "reference",
            Kind::Punctuation => "punctuation",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Kind::Gap => "编号缺漏",
            Kind::Duplicate => "编号重复",
            Kind::Order => "编号颠倒",
            Kind::Level => "层次错用",
            Kind::Mixed => "格式不一",
            Kind::Count => "数目不符",
            Kind::Pair => "标点不成对",
            Kind::Reference => "引用条文不存在",
            Kind::Punctuation => "标点误用",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Kind::Gap => "Number skipped",
            Kind::Duplicate => "Number repeated",
            Kind::Order => "Out of order",
            Kind::Level => "Wrong level",
            Kind::Mixed => "Mixed forms",
            Kind::Count => "Count differs",
            Kind::Pair => "Unpaired mark",
            Kind::Reference => "No such article",
            Kind::Punctuation => "Punctuation",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: Kind,
    /// Where it is: the number, the mark or the words at fault.
    pub span: Span,
    /// What the reader looks for to find it: the number or the words at fault (`四、`, `《`).
    pub place: String,
    pub zh: String,
    pub en: String,
}

/// Every problem in `doc`, in document order.
pub fn check(doc: &Document) -> Vec<Problem> {
    let pieces = doc.pieces();
    let numbered = lines::numbered_lines(doc, &pieces);
    let (mut problems, runs) = sequences::check(doc, &numbered);
    problems.extend(counts::check(doc, &pieces, &numbered, &runs));
    problems.extend(pairs::check(doc, &pieces));
    problems.extend(references::check(doc));
    problems.extend(punctuation::check(doc, &pieces));
    problems.sort_by_key(|p| (p.span.start, p.kind));
    problems
}

/// A kind with more problems than this in one document is listed by its first few and the
/// number of the others (a hundred half-width commas are one finding to a drafter).
const GROUP_OVER: usize = 5;
const FIRST_FEW: usize = 3;

/// One line of a list of problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    /// The problem at this index.
    Problem(usize),
    /// After the first few of a kind with many, how many more of that kind there are.
    More { kind: Kind, count: usize },
}

/// The lines that list problems of `kinds` (in document order): every problem of a kind that
/// has few, the first few of one that has many followed by the number of the others.
pub fn listed(kinds: &[Kind]) -> Vec<Listed> {
    let counts = counts_by_kind(kinds.iter().copied());
    let mut seen = [0; Kind::ALL.len()];
    let mut out = Vec::new();
    for (i, &kind) in kinds.iter().enumerate() {
        let (n, total) = (&mut seen[kind as usize], counts[kind as usize]);
        *n += 1;
        if total <= GROUP_OVER || *n <= FIRST_FEW {
            out.push(Listed::Problem(i));
        }
        if total > GROUP_OVER && *n == FIRST_FEW {
            out.push(Listed::More {
                kind,
                count: total - FIRST_FEW,
            });
        }
    }
    out
}

/// How many of `kinds` are of each kind, in the order of [`Kind::ALL`].
pub fn counts_by_kind(kinds: impl IntoIterator<Item = Kind>) -> [usize; Kind::ALL.len()] {
    let mut counts = [0; Kind::ALL.len()];
    for kind in kinds {
        counts[kind as usize] += 1;
    }
    counts
}

/// Text a proofreader reads: everything but comments, metadata and blank lines.
fn is_read(piece: &Piece) -> bool {
    !matches!(piece, Piece::Block(b) if matches!(b.kind, BlockKind::Comment | BlockKind::Metadata | BlockKind::Blank | BlockKind::Furniture))
}
