//! Stray punctuation: a mark typed twice (`。。`, `，，`) and a half-width mark between Chinese
//! characters (`,` `;` `:` `?`), where the full-width one belongs.

use super::{Kind, Problem};
use crate::model::script::is_han_ideograph;
use crate::model::{BlockKind, Document, Piece, Span};

const DOUBLED: &[char] = &['。', '，', '、', '；', '：'];
const HALF_WIDTH: &[(char, char)] = &[(',', '，'), (';', '；'), (':', '：'), ('?', '？')];

pub fn check(doc: &Document, pieces: &[Piece]) -> Vec<Problem> {
    let mut out = Vec::new();
    for piece in pieces {
        if let Piece::Block(b) = piece {
            if matches!(b.kind, BlockKind::Comment | BlockKind::Metadata | BlockKind::Blank) {
                continue;
            }
        }
        let span = piece.text();
        let text = doc.text(span);
        let mut previous: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let at = Span::new(span.start + i, span.start + i + c.len_utf8());
            if DOUBLED.contains(&c) && previous == Some(c) {
                let twice = format!("{c}{c}");
                out.push(Problem {
                    kind: Kind::Punctuation,
                    span: Span::new(at.start - c.len_utf8(), at.end),
                    place: around(text, i - c.len_utf8(), i + c.len_utf8()),
                    zh: format!("{twice}：标点重复"),
                    en: format!("{twice}: a mark typed twice"),
                });
                // One problem for a run of three or more.
                while chars.peek().is_some_and(|&(_, n)| n == c) {
                    chars.next();
                }
            } else if let Some(&(_, full)) = HALF_WIDTH.iter().find(|&&(half, _)| half == c) {
                if previous.is_some_and(is_han_ideograph) && next.is_some_and(is_han_ideograph) {
                    out.push(Problem {
                        kind: Kind::Punctuation,
                        span: at,
                        place: around(text, i, i + 1),
                        zh: format!("半角“{c}”夹在汉字之间，应为全角“{full}”"),
                        en: format!("half-width “{c}” between Chinese characters, where “{full}” belongs"),
                    });
                }
            }
            previous = Some(c);
        }
    }
    out
}

/// The mark with two characters either side.
fn around(text: &str, start: usize, end: usize) -> String {
    let from = text[..start].char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
    text[from..to].to_string()
}
