//! A document's model as a flat list of numbers: the form in which a long document's parse comes
//! back from the tools' Web Worker (a `Uint32Array`, handed over without a copy). The text is
//! not sent back (the page has it); the anchors are named again from their places (`anchors`).
//!
//! In order: the front's blocks, the sections (each its heading, its blocks, its children), the
//! closing's blocks, the key points' spans, the joins. A list is its length, then its members; a
//! block is its kind, span and text (5 numbers); a heading its level, span, text, number,
//! numbering (kind, its argument, value, sub) and title (13).

use super::{
    anchors, Block, BlockKind, Document, Heading, Join, NumberKind, Numbering, Section, Span,
};

const BLOCK_KINDS: [BlockKind; 15] = [
    BlockKind::Title,
    BlockKind::DocumentNumber,
    BlockKind::Metadata,
    BlockKind::Comment,
    BlockKind::Addressee,
    BlockKind::Salutation,
    BlockKind::Paragraph,
    BlockKind::Item,
    BlockKind::ListItem,
    BlockKind::Contents,
    BlockKind::Attachment,
    BlockKind::Signature,
    BlockKind::Date,
    BlockKind::Blank,
    BlockKind::Furniture,
];

pub fn encode(doc: &Document) -> Vec<u32> {
    let mut out = Vec::with_capacity(doc.source.len() / 16);
    blocks(&doc.front, &mut out);
    out.push(doc.sections.len() as u32);
    for section in &doc.sections {
        encode_section(section, &mut out);
    }
    blocks(&doc.closing, &mut out);
    out.push(doc.key_points.len() as u32);
    for point in &doc.key_points {
        span(point.span, &mut out);
    }
    out.push(doc.joins.len() as u32);
    for join in &doc.joins {
        span(join.span, &mut out);
        out.push(u32::from(join.space));
    }
    out
}

fn span(span: Span, out: &mut Vec<u32>) {
    out.extend([span.start as u32, span.end as u32]);
}

fn blocks(blocks: &[Block], out: &mut Vec<u32>) {
    out.push(blocks.len() as u32);
    for block in blocks {
        let kind = BLOCK_KINDS
            .iter()
            .position(|k| *k == block.kind)
            .unwrap_or(6);
        out.push(kind as u32);
        span(block.span, out);
        span(block.text, out);
    }
}

fn number_kind(kind: NumberKind) -> (u32, u32) {
    match kind {
        NumberKind::Markdown(n) => (0, u32::from(n)),
        NumberKind::Part => (1, 0),
        NumberKind::Chapter => (2, 0),
        NumberKind::Division => (3, 0),
        NumberKind::Article => (4, 0),
        NumberKind::EnArticle => (5, 0),
        NumberKind::EnSection => (6, 0),
        NumberKind::ChineseEnum => (7, 0),
        NumberKind::ParenChinese => (8, 0),
        NumberKind::Roman => (9, 0),
        NumberKind::Alpha => (10, 0),
        NumberKind::Arabic => (11, 0),
        NumberKind::Decimal(n) => (12, u32::from(n)),
        NumberKind::ParenArabic => (13, 0),
        NumberKind::Circled => (14, 0),
        NumberKind::Unnumbered => (15, 0),
    }
}

fn kind_of_number(tag: u32, argument: u32) -> Option<NumberKind> {
    let n = u8::try_from(argument).ok()?;
    Some(match tag {
        0 => NumberKind::Markdown(n),
        1 => NumberKind::Part,
        2 => NumberKind::Chapter,
        3 => NumberKind::Division,
        4 => NumberKind::Article,
        5 => NumberKind::EnArticle,
        6 => NumberKind::EnSection,
        7 => NumberKind::ChineseEnum,
        8 => NumberKind::ParenChinese,
        9 => NumberKind::Roman,
        10 => NumberKind::Alpha,
        11 => NumberKind::Arabic,
        12 => NumberKind::Decimal(n),
        13 => NumberKind::ParenArabic,
        14 => NumberKind::Circled,
        15 => NumberKind::Unnumbered,
        _ => return None,
    })
}

fn encode_section(section: &Section, out: &mut Vec<u32>) {
    let h = &section.heading;
    out.push(u32::from(h.level));
    span(h.span, out);
    span(h.text, out);
    span(h.number, out);
    let (tag, argument) = number_kind(h.numbering.kind);
    out.extend([tag, argument, h.numbering.value, h.numbering.sub]);
    span(h.title, out);
    blocks(&section.blocks, out);
    out.push(section.children.len() as u32);
    for child in &section.children {
        encode_section(child, out);
    }
}

/// Reads numbers off the wire, checking each span against the text.
struct Reader<'a> {
    wire: &'a [u32],
    at: usize,
    source: &'a str,
}

impl Reader<'_> {
    fn number(&mut self) -> Option<u32> {
        let n = *self.wire.get(self.at)?;
        self.at += 1;
        Some(n)
    }

    fn count(&mut self) -> Option<usize> {
        let n = self.number()? as usize;
        // Every member takes at least two numbers: a count past the rest is damage.
        (n <= self.wire.len() - self.at).then_some(n)
    }

    fn span(&mut self) -> Option<Span> {
        let (start, end) = (self.number()? as usize, self.number()? as usize);
        let fits = start <= end && self.source.get(start..end).is_some();
        fits.then(|| Span::new(start, end))
    }

    fn blocks(&mut self) -> Option<Vec<Block>> {
        (0..self.count()?)
            .map(|_| {
                Some(Block {
                    kind: *BLOCK_KINDS.get(self.number()? as usize)?,
                    span: self.span()?,
                    text: self.span()?,
                })
            })
            .collect()
    }

    fn section(&mut self, depth: usize) -> Option<Section> {
        if depth > 64 {
            return None;
        }
        let level = u8::try_from(self.number()?).ok()?;
        let (span, text, number) = (self.span()?, self.span()?, self.span()?);
        let (tag, argument) = (self.number()?, self.number()?);
        let numbering = Numbering {
            kind: kind_of_number(tag, argument)?,
            value: self.number()?,
            sub: self.number()?,
        };
        let heading = Heading {
            level,
            span,
            text,
            number,
            numbering,
            title: self.span()?,
            id: String::new(),
        };
        let blocks = self.blocks()?;
        let children = (0..self.count()?)
            .map(|_| self.section(depth + 1))
            .collect::<Option<_>>()?;
        Some(Section {
            heading,
            blocks,
            children,
        })
    }
}

/// The document `wire` describes over `source`; none if the numbers do not fit the text.
pub fn decode(wire: &[u32], source: String) -> Option<Document> {
    let mut r = Reader {
        wire,
        at: 0,
        source: &source,
    };
    let front = r.blocks()?;
    let sections = (0..r.count()?)
        .map(|_| r.section(0))
        .collect::<Option<Vec<_>>>()?;
    let closing = r.blocks()?;
    let points: Vec<Span> = (0..r.count()?).map(|_| r.span()).collect::<Option<_>>()?;
    let joins = (0..r.count()?)
        .map(|_| {
            Some(Join {
                span: r.span()?,
                space: r.number()? == 1,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    if r.at != wire.len() {
        return None;
    }
    let mut doc = Document {
        source,
        front,
        sections,
        closing,
        key_points: Vec::new(),
        joins,
    };
    anchors::name_sections(&mut doc.sections);
    doc.key_points = anchors::key_points(&doc, &points);
    // The pieces must tile the text, as the parser's always do.
    let mut at = 0;
    for piece in doc.pieces() {
        if piece.span().start != at {
            return None;
        }
        at = piece.span().end;
    }
    (at == doc.source.len()).then_some(doc)
}
