//! A wrapped text (copied out of a PDF, saved from a viewer): its lines broken at the page's
//! width, page numbers and running headers between its pages. Recognised by its lines: most run
//! to about the same length (the measure) and many break where no sentence ends. Its paragraphs
//! are rebuilt: a line that reaches the measure goes on in the next one, unless that one is
//! indented, after a blank line, or starts a numbered heading; the breaks inside a paragraph
//! become [`Join`]s (the text keeps every character), the page furniture blocks of its own. A
//! text that is not wrapped is left as it is.

use super::furniture::{is_page_number, running_key};
use super::{Item, Role, PARAGRAPH};
use crate::model::script::{is_han_ideograph, is_wide};
use crate::model::{BlockKind, Join, Span};
use std::collections::HashMap;

/// Fewer lines than this are never a wrapped text.
const FEWEST_LINES: usize = 8;
/// A measure shorter than this (in characters) is a list or a poem, not a page's width.
const SHORTEST_MEASURE: usize = 12;

fn percentile_90(mut values: Vec<usize>) -> usize {
    if values.is_empty() {
        return 0;
    }
    let at = values.len() * 9 / 10;
    *values.select_nth_unstable(at).1
}

/// Whether the lines could be a wrapped text at all, from their lengths in bytes alone (no
/// character looked at): most lines of a wrapped text are about as long as its longest, while a
/// text of one paragraph a line has lines of every length.
fn could_be_wrapped(items: &[Item], lines: &[usize]) -> bool {
    let length = |i: usize| items[i].text.end - items[i].span.start;
    let long = percentile_90(lines.iter().map(|&i| length(i)).collect());
    let near = lines
        .iter()
        .filter(|&&i| length(i) * 10 >= long * 7)
        .count();
    near * 10 >= lines.len() * 3
}

/// The first word of `text` in columns (a Chinese line's first character).
fn first_word(text: &str) -> usize {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if is_wide(c) => 2,
        Some(_) => {
            1 + chars
                .take_while(|c| !c.is_whitespace() && !is_wide(*c))
                .count()
        }
        None => 0,
    }
}

/// A numbered heading's start (`一、`, `（一）`, `第三条`, `第二章`) or an attachment's
/// (`附件：`), which begins a paragraph.
fn starts_heading(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十百零〇";
    if text.starts_with("附件") {
        return true;
    }
    let numeral_run = |s: &str| s.chars().take_while(|c| NUMERALS.contains(*c)).count();
    let run = numeral_run(text);
    if run > 0 && text.chars().nth(run) == Some('、') {
        return true;
    }
    if let Some(rest) = text.strip_prefix('（').or_else(|| text.strip_prefix('(')) {
        let run = numeral_run(rest);
        return run > 0 && matches!(rest.chars().nth(run), Some('）' | ')'));
    }
    if let Some(rest) = text.strip_prefix('第') {
        let run = rest
            .chars()
            .take_while(|c| NUMERALS.contains(*c) || c.is_ascii_digit())
            .count();
        return run > 0 && matches!(rest.chars().nth(run), Some('条' | '章' | '节' | '编'));
    }
    false
}

/// Whether a line ends a sentence.
fn ends_sentence(text: &str) -> bool {
    text.ends_with([
        '。', '！', '？', '；', '：', '.', '!', '?', ';', ':', '”', '」', '…',
    ])
}

/// The page furniture among `items`: page numbers, and a line repeated every so many lines (a
/// running header or footer).
fn furniture(source: &str, items: &[Item]) -> Vec<bool> {
    let text = |i: &Item| &source[i.text.range()];
    let mut found: Vec<bool> = items.iter().map(|i| is_page_number(text(i))).collect();
    let mut places: HashMap<String, Vec<usize>> = HashMap::new();
    for (at, item) in items.iter().enumerate() {
        let line = text(item);
        let short = line.len() <= 160 && line.chars().count() <= 40;
        if item.role == PARAGRAPH
            && short
            && line.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        {
            places.entry(running_key(text(item))).or_default().push(at);
        }
    }
    for at in places.into_values().filter(|at| at.len() >= 3) {
        let mut gaps: Vec<usize> = at.windows(2).map(|w| w[1] - w[0]).collect();
        gaps.sort_unstable();
        let (shortest, longest) = (gaps[0], gaps[gaps.len() - 1]);
        // A page holds the same number of lines, give or take a heading's.
        if shortest >= 4 && longest - shortest <= 2 {
            for i in at {
                found[i] = true;
            }
        }
    }
    found
}

/// Rebuilds the paragraphs of a wrapped text in `items` (one a line, as `parse` makes them),
/// marks its page furniture, and returns the joins; a text that is not wrapped is left as it is.
pub(super) fn rebuild(source: &str, items: &mut Vec<Item>) -> Vec<Join> {
    let lines: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].role == PARAGRAPH)
        .collect();
    if lines.len() < FEWEST_LINES || !could_be_wrapped(items, &lines) {
        return Vec::new();
    }
    // Each line's width as the page sets it (its indent counts), in characters and in columns,
    // measured once.
    let mut chars = vec![0; items.len()];
    let mut widths = vec![0; items.len()];
    for &i in &lines {
        for c in source[items[i].span.start..items[i].text.end].chars() {
            chars[i] += 1;
            widths[i] += if is_wide(c) { 2 } else { 1 };
        }
    }
    let measured = Measured {
        source,
        items,
        chars,
        widths,
    };
    // Most texts are not wrapped: told first, before the furniture is looked for.
    if measured.plan(&lines).is_none() {
        return Vec::new();
    }
    let furniture = furniture(source, items);
    let body: Vec<usize> = lines.into_iter().filter(|&i| !furniture[i]).collect();
    match measured.plan(&body) {
        Some(goes_on) => join(source, items, &furniture, &goes_on),
        None => Vec::new(),
    }
}

/// The lines of a text with their widths.
struct Measured<'a> {
    source: &'a str,
    items: &'a [Item],
    chars: Vec<usize>,
    widths: Vec<usize>,
}

impl Measured<'_> {
    fn text(&self, i: usize) -> &str {
        &self.source[self.items[i].text.range()]
    }

    /// For each item, whether its paragraph goes on in the next of `body` (the text's lines,
    /// in order), if the text is wrapped.
    fn plan(&self, body: &[usize]) -> Option<Vec<bool>> {
        if body.len() < FEWEST_LINES {
            return None;
        }
        let measure_chars = percentile_90(body.iter().map(|&i| self.chars[i]).collect());
        let measure_columns = percentile_90(body.iter().map(|&i| self.widths[i]).collect());
        if measure_chars < SHORTEST_MEASURE {
            return None;
        }
        let tabular = body
            .iter()
            .filter(|&&i| self.text(i).contains('\t') || self.text(i).contains("  "))
            .count();
        if tabular * 5 > body.len() {
            return None;
        }
        let items = self.items;
        // Broken after the measure's last character, or where the next word would not fit.
        let full = |i: usize, next: usize| {
            let (line, after) = (self.text(i), self.text(next));
            let space = usize::from(!line.ends_with(is_wide) && !after.starts_with(is_wide));
            self.chars[i] >= measure_chars
                || self.widths[i] + space + first_word(after) > measure_columns
        };
        // A blank line after a line, or an indented next line, starts a paragraph; blank lines
        // around page furniture do not (a page's break).
        let blank_after = |i: usize| {
            self.source[items[i].text.end..items[i].span.end]
                .matches('\n')
                .count()
                > 1
        };
        let indented = |i: usize| items[i].text.start > items[i].span.start;
        // A Markdown heading or comment is a line of its own.
        let own_line = |t: &str| t.starts_with('#') || t.starts_with("<!--");
        let mut goes_on = vec![false; items.len()];
        let (mut full_lines, mut mid_sentence) = (0, 0);
        for pair in body.windows(2) {
            let (i, next) = (pair[0], pair[1]);
            if !full(i, next) {
                continue;
            }
            full_lines += 1;
            mid_sentence += usize::from(!ends_sentence(self.text(i)));
            goes_on[i] = !indented(next)
                && (next > i + 1 || !blank_after(i))
                && !starts_heading(self.text(next))
                && !own_line(self.text(i))
                && !own_line(self.text(next));
        }
        let wrapped = full_lines * 10 >= body.len() * 3 && mid_sentence * 10 >= full_lines * 3;
        wrapped.then_some(goes_on)
    }
}

/// The items with each run of lines that goes on joined into one paragraph (the furniture
/// between them inside it), the other furniture marked as such; the joins.
fn join(source: &str, items: &mut Vec<Item>, furniture: &[bool], goes_on: &[bool]) -> Vec<Join> {
    let old = std::mem::take(items);
    let mut joins = Vec::new();
    let mut open: Option<Item> = None;
    let mut last_line = Span::new(0, 0);
    for (i, item) in old.into_iter().enumerate() {
        if furniture[i] {
            match open {
                // Page furniture inside a paragraph is part of its join.
                Some(_) => continue,
                None => {
                    items.push(Item {
                        role: Role::Block(BlockKind::Furniture),
                        ..item
                    });
                    continue;
                }
            }
        }
        let item = match open.take() {
            Some(mut paragraph) => {
                // The paragraph's last line so far.
                let line = &source[last_line.range()];
                let hyphen = line.ends_with('-')
                    && line[..line.len() - 1].ends_with(|c: char| c.is_alphabetic())
                    && source[item.text.range()].starts_with(|c: char| c.is_lowercase());
                let chinese = line.chars().any(is_han_ideograph);
                let start = paragraph.text.end - usize::from(hyphen);
                joins.push(Join {
                    span: Span::new(start, item.text.start),
                    space: !chinese && !hyphen,
                });
                paragraph.span.end = item.span.end;
                paragraph.text.end = item.text.end;
                last_line = item.text;
                paragraph
            }
            None => {
                last_line = item.text;
                item
            }
        };
        if goes_on[i] {
            open = Some(item);
        } else {
            items.push(item);
        }
    }
    items.extend(open);
    joins
}
