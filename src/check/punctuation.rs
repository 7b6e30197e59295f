//! Stray punctuation: a mark typed twice (`。。`, `，，`) and a half-width mark between Chinese
//! characters (`,` `;` `:` `?`), where the full-width one belongs.

use super::{is_read, Kind, Problem};
use crate::model::script::is_han_ideograph;
use crate::model::{Document, Piece, Span};

const DOUBLED: &[char] = &['。', '，', '、', '；', '：'];
const HALF_WIDTH: &[(char, char)] = &[(',', '，'), (';', '；'), (':', '：'), ('?', '？')];

pub fn check(doc: &Document, pieces: &[Piece]) -> Vec<Problem> {
    let mut out = Vec::new();
    for piece in pieces.iter().filter(|p| is_read(p)) {
        let span = piece.text();
        let text = doc.text(span);
        let bytes = text.as_bytes();
        let mut i = 0;
        // A scan of bytes: every mark checked here is ASCII or starts with E3 or EF in UTF-8.
        while i < bytes.len() {
            let b = bytes[i];
            if !matches!(b, b',' | b';' | b':' | b'?' | 0xE3 | 0xEF) {
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let width = c.len_utf8();
            if DOUBLED.contains(&c) && text[i + width..].starts_with(c) {
                let twice = format!("{c}{c}");
                out.push(Problem {
                    kind: Kind::Punctuation,
                    span: Span::new(span.start + i, span.start + i + 2 * width),
                    place: around(text, i, i + 2 * width),
                    zh: format!("{twice}：标点重复"),
                    en: format!("{twice}: a mark typed twice"),
                });
                // One problem for a run of three or more.
                while text[i..].starts_with(c) {
                    i += width;
                }
                continue;
            }
            if let Some(&(_, full)) = HALF_WIDTH.iter().find(|&&(half, _)| half == c) {
                let before = text[..i].chars().next_back();
                let after = text[i + 1..].chars().next();
                if before.is_some_and(is_han_ideograph) && after.is_some_and(is_han_ideograph) {
                    out.push(Problem {
                        kind: Kind::Punctuation,
                        span: Span::new(span.start + i, span.start + i + 1),
                        place: around(text, i, i + 1),
                        zh: format!("半角“{c}”夹在汉字之间，应为全角“{full}”"),
                        en: format!(
                            "half-width “{c}” between Chinese characters, where “{full}” belongs"
                        ),
                    });
                }
            }
            i += width;
        }
    }
    out
}

/// The mark with two characters either side.
fn around(text: &str, start: usize, end: usize) -> String {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(1)
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(2)
        .map_or(text.len(), |(i, _)| end + i);
    text[from..to].to_string()
}
