//! What a comparison pairs: a law's articles (a `第X条` section with everything under it), and
//! around them the other pieces (the title, chapter headings, a preamble) one by one. A document
//! without articles is compared paragraph by paragraph. The units of a document tile its text.

use crate::model::{Block, BlockKind, Document, Section, Span};

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Unit {
    /// The whole unit in its document's text.
    pub span: Span,
    /// What is compared: the text after the article's number (the whole text for other units).
    pub body: Span,
    /// The article's number as written (`第十二条`), for articles.
    pub number: Option<String>,
    /// The title of the chapter (or 节) the unit is in, without its number: a unit paired with one
    /// in another chapter has moved.
    pub chapter: Option<String>,
    pub kind: UnitKind,
    /// False for what the page never shows (a Markdown comment): kept for the text's sake.
    pub shown: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    Article,
    Heading,
    Paragraph,
}

impl Unit {
    /// The unit's text as the page shows it: an article from its number, another unit without
    /// its markup (a Markdown title's `#`), without the blank lines after it.
    pub fn shown_text(&self, doc: &Document) -> Span {
        let whole = if self.kind == UnitKind::Article {
            self.span
        } else {
            self.body
        };
        Span::new(whole.start, whole.start + doc.text(whole).trim_end().len())
    }

    /// The shown text cut at the `marked` spans within it: the pieces in order, each with
    /// whether it is marked.
    pub fn pieces(&self, doc: &Document, marked: &[Span]) -> Vec<(Span, bool)> {
        let shown = self.shown_text(doc);
        let mut pieces = Vec::new();
        let mut at = shown.start;
        for m in marked
            .iter()
            .filter(|m| m.start >= shown.start && m.end <= shown.end)
        {
            pieces.push((Span::new(at, m.start), false));
            pieces.push((*m, true));
            at = m.end;
        }
        pieces.push((Span::new(at, shown.end), false));
        pieces.retain(|(span, _)| span.end > span.start);
        pieces
    }
}

/// The units of `doc`, in reading order.
pub fn units(doc: &Document) -> Vec<Unit> {
    let mut out = Vec::new();
    blocks(doc, &doc.front, None, &mut out);
    for section in &doc.sections {
        walk(doc, section, None, &mut out);
    }
    blocks(doc, &doc.closing, None, &mut out);
    without_blank(doc, out)
}

/// The units with those of no text (a blank line at a file's start) joined to the next one, or
/// the last to the one before: a version that differs only in such lines has no paragraph added.
fn without_blank(doc: &Document, units: Vec<Unit>) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    let mut blank: Option<Span> = None;
    for mut unit in units {
        if unit.kind == UnitKind::Paragraph && doc.text(unit.span).trim().is_empty() {
            blank = Some(blank.map_or(unit.span, |b| Span::new(b.start, unit.span.end)));
            continue;
        }
        if let Some(b) = blank.take() {
            unit.span = Span::new(b.start, unit.span.end);
        }
        out.push(unit);
    }
    if let (Some(b), Some(last)) = (blank, out.last_mut()) {
        last.span = Span::new(last.span.start, b.end);
    }
    out
}

fn walk(doc: &Document, section: &Section, chapter: Option<&str>, out: &mut Vec<Unit>) {
    let heading = &section.heading;
    if heading.numbering.article().is_some() {
        let number = doc.text(heading.number);
        let span = section.span();
        let body = Span::new(heading.number.end.max(span.start), span.end);
        out.push(Unit {
            span,
            body,
            number: Some(number.trim().to_string()),
            chapter: chapter.map(str::to_string),
            kind: UnitKind::Article,
            shown: true,
        });
        return;
    }
    out.push(Unit {
        span: heading.span,
        body: heading.title,
        number: None,
        chapter: chapter.map(str::to_string),
        kind: UnitKind::Heading,
        shown: true,
    });
    let title = doc
        .text(heading.title)
        .split_whitespace()
        .collect::<String>();
    blocks(doc, &section.blocks, Some(&title), out);
    for child in &section.children {
        walk(doc, child, Some(&title), out);
    }
}

fn blocks(doc: &Document, blocks: &[Block], chapter: Option<&str>, out: &mut Vec<Unit>) {
    out.extend(blocks.iter().map(|b| Unit {
        span: b.span,
        body: without_markup(doc, b.text),
        number: None,
        chapter: chapter.map(str::to_string),
        kind: UnitKind::Paragraph,
        shown: !matches!(b.kind, BlockKind::Comment | BlockKind::Furniture),
    }));
}

/// A Markdown title's text without its `#` marks.
fn without_markup(doc: &Document, text: Span) -> Span {
    let line = doc.text(text);
    let rest = line.trim_start_matches('#');
    if rest.len() == line.len() || !rest.starts_with(' ') {
        return text;
    }
    Span::new(text.end - rest.trim_start().len(), text.end)
}
