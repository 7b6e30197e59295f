//! The numbered lines of a document in reading order: its headings, and the body lines that
//! start with a number (numbered paragraphs, items, the lines of a list). The parser leaves a
//! number that breaks its sequence as body text, so the check reads both.

use crate::model::{BlockKind, Document, Numbering, Piece, Span};
use crate::parse::numbering::{numbers, Kind, Number};
use crate::parse::numerals::{chinese, is_arabic_digit, write_chinese, CHINESE_DIGITS};

pub struct NumberedLine {
    pub kind: Kind,
    pub value: u32,
    /// `第二十条之一`: 1.
    pub sub: u32,
    /// The number's punctuation, digits left out: `、`, `．`, `（）`, `()`, `第条`.
    pub form: String,
    /// The number as written, in the source.
    pub number: Span,
    /// Its position in [`Document::pieces`].
    pub piece: usize,
}

impl NumberedLine {
    /// The number as the document writes it (`四、`).
    pub fn written(&self, doc: &Document) -> String {
        doc.text(self.number).to_string()
    }

    /// A problem at this line's number.
    pub fn problem(
        &self,
        doc: &Document,
        kind: super::Kind,
        zh: String,
        en: String,
    ) -> super::Problem {
        super::Problem {
            kind,
            span: self.number,
            place: self.written(doc),
            zh,
            en,
        }
    }

    /// Another value of this line's sequence, written in its form (`三、` for 3).
    pub fn write(&self, value: u32) -> String {
        write(self.kind, value, &self.form)
    }
}

pub fn write(kind: Kind, value: u32, form: &str) -> String {
    let mut punct = form.chars();
    let (open, close): (String, String) = match form.chars().count() {
        2 => (punct.next().into_iter().collect(), punct.collect()),
        _ => (String::new(), form.to_string()),
    };
    match kind {
        Kind::Part => format!("第{}编", write_chinese(value)),
        Kind::Chapter => format!("第{}章", write_chinese(value)),
        Kind::Division => format!("第{}节", write_chinese(value)),
        Kind::Article => format!("第{}条", write_chinese(value)),
        Kind::EnArticle => format!("Article {value}"),
        Kind::EnSection => format!("Section {value}"),
        Kind::ChineseEnum | Kind::ParenChinese => format!("{open}{}{close}", write_chinese(value)),
        Kind::Circled => char::from_u32('①' as u32 + value.saturating_sub(1))
            .filter(|_| (1..=20).contains(&value))
            .map_or(value.to_string(), String::from),
        _ => format!("{open}{value}{close}"),
    }
}

/// Kinds whose numbers in body text are numbering; Latin letters and `1.5` are too often
/// something else at the start of a sentence, and count only as headings.
fn numbers_body(kind: Kind) -> bool {
    kind.is_chinese()
        || matches!(
            kind,
            Kind::Part
                | Kind::Chapter
                | Kind::Division
                | Kind::Article
                | Kind::EnArticle
                | Kind::EnSection
        )
}

pub fn numbered_lines(doc: &Document, pieces: &[Piece]) -> Vec<NumberedLine> {
    let mut out = Vec::new();
    for (at, piece) in pieces.iter().enumerate() {
        let (numbering, number) = match piece {
            // The parser read this number and placed the heading by it.
            Piece::Heading(h)
                if !matches!(h.numbering.kind, Kind::Markdown(_) | Kind::Unnumbered) =>
            {
                (h.numbering, h.number)
            }
            // A Markdown heading's level is its `#`, an unnumbered one's its place; a number in
            // its title is the drafter's.
            Piece::Heading(h) => match read_number(doc, h.title, true) {
                Some(found) => found,
                None => continue,
            },
            // `附件：1、查处酒后驾驶操作规程`: the first of a list of attachments, the rest below.
            Piece::Block(b) if b.kind == BlockKind::Attachment => {
                match attachment_list(doc, b.text).and_then(|list| read_number(doc, list, false)) {
                    Some(found) => found,
                    None => continue,
                }
            }
            Piece::Block(b)
                if matches!(
                    b.kind,
                    BlockKind::Paragraph | BlockKind::Item | BlockKind::ListItem
                ) =>
            {
                match read_number(doc, b.text, false) {
                    Some(found) => found,
                    None => continue,
                }
            }
            Piece::Block(_) => continue,
        };
        let written = doc.text(number);
        let roman = matches!(
            numbering.kind,
            Kind::EnArticle | Kind::EnSection | Kind::Roman
        );
        let is_numeral = |c: char| {
            CHINESE_DIGITS.contains(&c) || is_arabic_digit(c) || (roman && "IVXLCDM".contains(c))
        };
        // `①` is its own number: the circled kind has one form.
        let form = if numbering.kind == Kind::Circled {
            String::new()
        } else {
            written.chars().filter(|&c| !is_numeral(c)).collect()
        };
        out.push(NumberedLine {
            kind: numbering.kind,
            value: numbering.value,
            sub: numbering.sub,
            form,
            number,
            piece: at,
        });
    }
    out
}

/// What follows `附件：` on an attachment's line, where a list of attachments starts.
fn attachment_list(doc: &Document, line: Span) -> Option<Span> {
    let text = doc.text(line);
    let rest = text
        .strip_prefix("附件：")
        .or_else(|| text.strip_prefix("附件:"))?;
    let list = rest.trim_start();
    Some(Span::new(line.start + text.len() - list.len(), line.end))
}

/// The number a line of body text (or a Markdown heading's title) starts with, and where it is.
fn read_number(doc: &Document, line: Span, heading: bool) -> Option<(Numbering, Span)> {
    let number = first_number(doc.text(line), heading)?;
    Some((
        number.numbering(),
        Span::new(line.start, line.start + number.len),
    ))
}

fn first_number(line: &str, heading: bool) -> Option<Number> {
    let number = numbers(line)
        .into_iter()
        .next()
        .or_else(|| dotted_chinese(line))?;
    if matches!(number.kind, Kind::Markdown(_)) || (!heading && !numbers_body(number.kind)) {
        return None;
    }
    // `一、二月份`, `3、4月`: two numbers in a row are a range or a list of dates, not numbering.
    let after = line[number.len..].chars().next();
    let follows_digit = after.is_some_and(|c| CHINESE_DIGITS.contains(&c) || is_arabic_digit(c));
    if !heading && follows_digit && matches!(number.kind, Kind::ChineseEnum | Kind::Arabic) {
        return None;
    }
    Some(number)
}

/// `一．`, `一.`: the parser takes only `一、` as this numbering, but a drafter who types the
/// other has still numbered the line.
fn dotted_chinese(line: &str) -> Option<Number> {
    let end = line
        .char_indices()
        .find(|&(_, c)| !CHINESE_DIGITS.contains(&c))
        .map(|(i, _)| i)?;
    let value = chinese(&line[..end])?;
    let dot = line[end..]
        .chars()
        .next()
        .filter(|&c| c == '．' || c == '.')?;
    Some(Number {
        kind: Kind::ChineseEnum,
        value,
        sub: 0,
        len: end + dot.len_utf8(),
    })
}
