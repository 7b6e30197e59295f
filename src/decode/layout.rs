//! Text placed on pages (an OFD's text objects, a PDF's text items) → text in reading order, as
//! the author wrote it. A page's pieces are read column by column (one column is the common case;
//! two are found by the gutter between them), lines by baseline, a line's pieces left to right,
//! pages in order. A line that runs to the right edge of its column goes on in the next one
//! unless that one is indented, set in another size or further down than the lines before it;
//! a Chinese line joins the next without a space, a Latin one with a space (a word hyphenated at
//! the break joined whole). What repeats on the pages is not text: page numbers, and a running
//! header or footer (the same line at the same place on most pages).

use crate::model::script::{is_han_ideograph, is_wide};
use crate::parse::furniture::{is_page_number, running_key};

/// A run of text placed on a page: its baseline (down from the page's top), where it starts and
/// ends, its size.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub y: f64,
    pub x: f64,
    pub end: f64,
    pub size: f64,
    pub text: String,
}

/// A line of a column, the left and right edges of that column's text, and how far down from
/// the line before it (in the same column) it is compared with the column's usual line pitch.
#[derive(Debug)]
struct Line {
    pieces: Vec<Piece>,
    left: f64,
    right: f64,
    further_apart: bool,
}

/// The text of `pages`, each a page's pieces in any order.
pub fn text(pages: Vec<Vec<Piece>>) -> String {
    let pages: Vec<Vec<Vec<Line>>> = pages.into_iter().map(page_columns).collect();
    let lines: Vec<Line> = without_running_lines(pages)
        .into_iter()
        .flatten()
        .flat_map(spaced)
        .collect();
    paragraphs(&lines)
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied()
}

/// A page's pieces in reading order, as the lines of each of its columns: by baseline, then
/// left to right. Page numbers are not text, nor is a page number set in pieces (`—`, `3`, `—`).
fn page_columns(mut pieces: Vec<Piece>) -> Vec<Vec<Line>> {
    pieces.retain(|p| !p.text.trim().is_empty() && !is_page_number(&p.text));
    columns(pieces)
        .into_iter()
        .map(|column| {
            column_lines(column)
                .into_iter()
                .filter(|line| !is_page_number(&line.text()))
                .collect()
        })
        .collect()
}

/// The pieces of a page as blocks to read one after another: the page whole, or, when its text
/// stands in two columns with a gutter between them, what spans both above, the left column,
/// the right one, and what spans both below.
fn columns(pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    let left = pieces.iter().map(|p| p.x).fold(f64::INFINITY, f64::min);
    let right = pieces
        .iter()
        .map(|p| p.end)
        .fold(f64::NEG_INFINITY, f64::max);
    let width = right - left;
    let Some(size) = median(pieces.iter().map(|p| p.size).collect()) else {
        return vec![pieces];
    };
    if pieces.len() < 16 || width <= 0.0 {
        return vec![pieces];
    }
    let mut narrow: Vec<(f64, f64)> = pieces
        .iter()
        .filter(|p| p.end - p.x < width * 0.6)
        .map(|p| (p.x, p.end))
        .collect();
    if (pieces.len() - narrow.len()) * 5 > pieces.len() {
        return vec![pieces];
    }
    narrow.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut gutter = None;
    let mut covered = f64::NEG_INFINITY;
    for (start, end) in narrow {
        let middle = (covered + start) / 2.0;
        let central = (middle - left) > width * 0.3 && (right - middle) > width * 0.3;
        if start - covered >= size && central {
            gutter = Some(middle);
        }
        covered = covered.max(end);
    }
    let Some(gutter) = gutter else {
        return vec![pieces];
    };
    let (mut first, mut second, mut spanning) = (Vec::new(), Vec::new(), Vec::new());
    for piece in pieces {
        if piece.end <= gutter {
            first.push(piece);
        } else if piece.x >= gutter {
            second.push(piece);
        } else {
            spanning.push(piece);
        }
    }
    // A table's cells also leave a gap: a column of text runs up to the gutter.
    let reach = median(first.iter().map(|p| gutter - p.end).collect()).unwrap_or(f64::MAX);
    if first.len() < 8 || second.len() < 8 || reach > size * 6.0 {
        first.extend(second);
        first.extend(spanning);
        return vec![first];
    }
    let top = first
        .iter()
        .chain(&second)
        .map(|p| p.y)
        .fold(f64::INFINITY, f64::min);
    let (above, below): (Vec<Piece>, Vec<Piece>) = spanning.into_iter().partition(|p| p.y < top);
    vec![above, first, second, below]
}

/// A column's pieces as lines, each knowing the column's edges.
fn column_lines(mut pieces: Vec<Piece>) -> Vec<Line> {
    pieces.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut grouped: Vec<Vec<Piece>> = Vec::new();
    for piece in pieces {
        match grouped.last_mut() {
            Some(line) if (piece.y - line[0].y).abs() <= line[0].size.max(piece.size) * 0.5 => {
                line.push(piece)
            }
            _ => grouped.push(vec![piece]),
        }
    }
    let left = grouped
        .iter()
        .flat_map(|l| l.iter().map(|p| p.x))
        .fold(f64::INFINITY, f64::min);
    let right = grouped
        .iter()
        .flat_map(|l| l.iter().map(|p| p.end))
        .fold(f64::NEG_INFINITY, f64::max);
    grouped
        .into_iter()
        .map(|mut pieces| {
            pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
            Line {
                pieces,
                left,
                right,
                further_apart: false,
            }
        })
        .collect()
}

/// A column's lines, each marked if it stands further from the line above than the column's
/// lines usually do (a space between paragraphs).
fn spaced(mut lines: Vec<Line>) -> Vec<Line> {
    let pitches: Vec<f64> = lines
        .windows(2)
        .map(|w| w[1].pieces[0].y - w[0].pieces[0].y)
        .collect();
    let pitch = median(pitches.clone()).unwrap_or(0.0);
    for (line, gap) in lines.iter_mut().skip(1).zip(pitches) {
        line.further_apart = gap > pitch * 1.3;
    }
    lines
}

/// The pages' lines without their running headers and footers: a line (its numbers aside) at
/// the same height on at least half of three or more pages.
fn without_running_lines(pages: Vec<Vec<Vec<Line>>>) -> Vec<Vec<Vec<Line>>> {
    use std::collections::HashMap;
    if pages.len() < 3 {
        return pages;
    }
    let key = |line: &Line| {
        (
            running_key(&line.text()),
            (line.pieces[0].y / 2.0).round() as i64,
        )
    };
    let mut pages_with: HashMap<(String, i64), usize> = HashMap::new();
    for page in &pages {
        let mut keys: Vec<_> = page.iter().flatten().map(key).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *pages_with.entry(k).or_default() += 1;
        }
    }
    let count = pages.len();
    let running = |line: &Line| pages_with.get(&key(line)).copied().unwrap_or(0) * 2 >= count;
    pages
        .into_iter()
        .map(|page| {
            page.into_iter()
                .map(|column| column.into_iter().filter(|line| !running(line)).collect())
                .collect()
        })
        .collect()
}

impl Line {
    fn size(&self) -> f64 {
        self.pieces.iter().map(|p| p.size).fold(0.0, f64::max)
    }

    fn start(&self) -> f64 {
        self.pieces.first().map_or(self.left, |p| p.x)
    }

    fn end(&self) -> f64 {
        self.pieces.last().map_or(self.left, |p| p.end)
    }

    /// The line's text: pieces apart by a quarter of a character are apart by a space, but
    /// Chinese, which has no spaces, only by a whole character (less is justification).
    fn text(&self) -> String {
        let mut out = String::new();
        let mut end = None;
        for piece in &self.pieces {
            let wide = out.chars().last().is_some_and(is_wide)
                || piece.text.chars().next().is_some_and(is_wide);
            let space = piece.size * if wide { 1.0 } else { 0.25 };
            let apart = end.is_some_and(|end: f64| piece.x - end > space);
            if apart && !out.ends_with(' ') && !piece.text.starts_with(' ') {
                out.push(' ');
            }
            out.push_str(&piece.text);
            end = Some(piece.end);
        }
        out
    }

    /// Whether the line stands in the middle of its column.
    fn centred(&self) -> bool {
        ((self.start() + self.end()) - (self.left + self.right)).abs() / 2.0 <= self.size()
    }

    /// How wide the first word of the line is (a Chinese line's first character).
    fn first_word_width(&self) -> f64 {
        let Some(first) = self.pieces.first() else {
            return 0.0;
        };
        let chars = first.text.chars().count().max(1) as f64;
        let per_char = (first.end - first.x) / chars;
        let word = first
            .text
            .trim_start()
            .chars()
            .take_while(|c| !c.is_whitespace() && !is_wide(*c))
            .count()
            .max(1);
        per_char * word as f64
    }

    /// Whether the line was broken only because it was full: it runs, as one run (not the cells
    /// of a table's row), so near the right edge of its column that `next`'s first word would
    /// not have fitted after it.
    fn full_before(&self, next: &Line) -> bool {
        let one_run = self
            .pieces
            .windows(2)
            .all(|pair| pair[1].x - pair[0].end <= pair[1].size * 0.6);
        one_run && self.right - self.end() <= next.first_word_width() + self.size()
    }

    /// Whether the line starts at the left edge (not indented, not centred).
    fn flush_left(&self) -> bool {
        self.start() - self.left <= self.size() * 0.5
    }
}

/// The lines as paragraphs, one to a line of text. A title set larger than the text and
/// centred goes on in its centred last line.
fn paragraphs(lines: &[Line]) -> String {
    let body = median(lines.iter().map(Line::size).collect()).unwrap_or(0.0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let text = line.text();
        let text = text.trim();
        let goes_on = i > 0 && {
            let before = &lines[i - 1];
            let title = before.size() > body * 1.15 && before.centred() && line.centred();
            before.full_before(line)
                && (line.flush_left() || title)
                && !line.further_apart
                && (before.size() - line.size()).abs() < before.size() * 0.05
        };
        if !goes_on {
            if i > 0 {
                out.push('\n');
            }
        } else if !out_line(&out).chars().any(is_han_ideograph) {
            let hyphenated = out.ends_with('-')
                && out[..out.len() - 1].ends_with(|c: char| c.is_alphabetic())
                && text.starts_with(|c: char| c.is_lowercase());
            if hyphenated {
                out.pop();
            } else {
                out.push(' ');
            }
        }
        out.push_str(text);
    }
    out.push('\n');
    out
}

/// The last line of `out` (the paragraph being written).
fn out_line(out: &str) -> &str {
    out.rsplit('\n').next().unwrap_or(out)
}
