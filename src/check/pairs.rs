//! Paired punctuation within a paragraph: `《` with no `》`, a `》` with no `《`, and a quotation
//! mark opened again before it was closed (Chinese nests `“‘’”` and `《〈〉》`, never a mark in
//! itself).

use super::{is_read, Kind, Problem};
use crate::model::{Document, Piece, Span};
use crate::parse::numerals::{is_arabic_digit, CHINESE_DIGITS};

const PAIRS: [(char, char); 6] = [
    ('《', '》'),
    ('“', '”'),
    ('‘', '’'),
    ('（', '）'),
    ('【', '】'),
    ('「', '」'),
];

pub fn check(doc: &Document, pieces: &[Piece]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (at, piece) in pieces.iter().enumerate().filter(|(_, p)| is_read(p)) {
        let span = piece.text();
        let text = doc.text(span);
        let next = pieces.get(at + 1).map(|p| doc.text(p.text())).unwrap_or("");
        out.extend(in_paragraph(text, span.start, next));
    }
    out
}

fn in_paragraph(text: &str, base: usize, next: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut open: [Vec<usize>; 6] = Default::default();
    let numbering_end = leading_number_end(text);
    for (i, c) in marks(text) {
        if let Some(k) = PAIRS.iter().position(|&(o, _)| o == c) {
            let nests = c == '（';
            if let (false, Some(&before)) = (nests, open[k].last()) {
                out.push(problem(
                    text,
                    base,
                    i,
                    c,
                    format!("{c}前面已有一个{c}尚未闭合"),
                    format!(
                        "{c} opened again before the one at “{}” was closed",
                        context(text, before)
                    ),
                ));
                open[k].clear();
            }
            open[k].push(i);
        } else if let Some(k) = PAIRS.iter().position(|&(_, close)| close == c) {
            if open[k].pop().is_none() && !(c == '）' && i < numbering_end) {
                let o = PAIRS[k].0;
                out.push(problem(
                    text,
                    base,
                    i,
                    c,
                    format!("{c}前面没有与之成对的{o}"),
                    format!("{c} has no {o} before it"),
                ));
            }
        }
    }
    for (k, left) in open.iter().enumerate() {
        let (o, close) = PAIRS[k];
        // A quotation over several paragraphs opens each of them and closes only the last.
        if matches!(o, '“' | '‘') && next.starts_with(o) {
            continue;
        }
        for &i in left {
            out.push(problem(
                text,
                base,
                i,
                o,
                format!("{o}没有与之成对的{close}"),
                format!("{o} is never closed with {close}"),
            ));
        }
    }
    out
}

fn problem(text: &str, base: usize, at: usize, mark: char, zh: String, en: String) -> Problem {
    Problem {
        kind: Kind::Pair,
        span: Span::new(base + at, base + at + mark.len_utf8()),
        place: context(text, at),
        zh,
        en,
    }
}

/// A few characters from `at`, to find the mark by.
fn context(text: &str, at: usize) -> String {
    let start = text[..at].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(8)
        .map_or(text.len(), |(i, _)| at + i);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push('…');
    }
    out
}

/// `1）`, `一）`, `a)`: a number closed by a parenthesis alone, at the start of the line.
fn leading_number_end(text: &str) -> usize {
    let digits = text.char_indices().find(|&(_, c)| {
        !(c.is_ascii_alphanumeric() || CHINESE_DIGITS.contains(&c) || is_arabic_digit(c))
    });
    match digits {
        Some((i, '）')) if i > 0 && i <= 12 => i + '）'.len_utf8(),
        _ => 0,
    }
}

/// The characters of `text` that may be marks of a pair, with their offsets: those whose first
/// byte is that of `“‘` (E2), `《【「` (E3) or `（` (EF). A scan of bytes, not of characters: this
/// runs over the whole text.
fn marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, 0xE2 | 0xE3 | 0xEF))
        .filter_map(|(i, _)| Some((i, text[i..].chars().next()?)))
}
