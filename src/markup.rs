//! The document's elements as the page shows them, described once: the app builds them as DOM
//! nodes (`ui::document`), the build writes the sample's as HTML (`prerender`). Both produce the
//! same elements, ids and classes by construction, so the app takes a prerendered page over
//! without a line moving. Document text is handed to the writer only as text.

use crate::dom_ids::{outline_entry_id, unit_id, COPY_LINK_LABEL_ID, OUTLINE_PART_ID, PART_ID};
use crate::model::{Block, BlockKind, Document, Section, Span};
use std::ops::Range;

/// What the description is written into.
pub trait Markup {
    /// Opens an element (closed by [`Markup::close`]) with these attributes; an attribute with
    /// an empty value is written bare (`hidden`, `open`).
    fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]);
    /// Text inside the open element.
    fn text(&mut self, text: &str);
    fn close(&mut self);
    /// The element just opened is `what`.
    fn mark(&mut self, _what: Mark) {}
}

/// The elements the app keeps hold of, by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The element holding the text of unit `n` (the `n`-th of `Document::pieces`).
    Unit(usize),
    /// Part `n` of the text.
    Part(usize),
    /// Section `n` (reading order, `Document::sections_in_order`): its `<details>`.
    Section(usize),
    /// Section `n`'s count of matches beside its heading.
    SectionBadge(usize),
    /// Section `n`'s entry in the outline (`<li>`).
    Entry(usize),
    /// Section `n`'s count of matches in the outline.
    EntryBadge(usize),
}

/// Where a description stopped: the next unit and the next section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub unit: usize,
    pub section: usize,
}

/// What the first part may cost (see [`cost`]): about a screen and a half.
const FIRST_PART: usize = 120;
/// What each later part may cost: a task well under 50 ms.
const LATER_PART: usize = 1_500;

/// One part of the text, put on the page in a task of its own (see [`layout`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// Its top-level sections, as indices into [`Document::sections`].
    pub top_level: Range<usize>,
    /// The same sections with everything under them, as reading-order indices
    /// ([`Document::sections_in_order`]).
    pub in_reading_order: Range<usize>,
    /// Its text.
    pub span: Span,
}

/// A long document is put on the page a part at a time, one task each: the first screen shows
/// at once, the page stays responsive, and all of the text is on the page (for find-in-page
/// and print) within moments. The parts, in order: about [`FIRST_PART`], then [`LATER_PART`],
/// cost each; a section is never split.
pub fn layout(doc: &Document) -> Vec<Part> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut room = 0;
    for (i, section) in doc.sections.iter().enumerate() {
        let cost = cost(section);
        match ranges.last_mut() {
            Some(last) if cost <= room => last.end = i + 1,
            _ => {
                room = if ranges.is_empty() {
                    FIRST_PART
                } else {
                    LATER_PART
                };
                ranges.push(i..i + 1);
            }
        }
        room = room.saturating_sub(cost);
    }
    let mut first = 0;
    ranges
        .into_iter()
        .map(|top_level| {
            let sections = &doc.sections[top_level.clone()];
            let start = first;
            first += sections.iter().map(section_count).sum::<usize>();
            let span = Span::new(
                sections[0].span().start,
                sections[sections.len() - 1].span().end,
            );
            Part {
                top_level,
                in_reading_order: start..first,
                span,
            }
        })
        .collect()
}

/// Roughly what a section costs to put on the page, in paragraphs: a section (with its
/// heading, disclosure, controls and outline entry) costs about as much as ten.
fn cost(section: &Section) -> usize {
    10 + section.blocks.len() + section.children.iter().map(cost).sum::<usize>()
}

/// A section and all its descendants.
pub fn section_count(section: &Section) -> usize {
    1 + section.children.iter().map(section_count).sum::<usize>()
}

/// The front matter (a title line is shown as the page's title, not again here).
pub fn front(doc: &Document, m: &mut impl Markup) -> Position {
    m.open("div", &[("class", "front")]);
    for (unit, block) in doc.front.iter().enumerate() {
        if block.kind != BlockKind::Title {
            passage(doc, block, unit, m);
        }
    }
    m.close();
    Position {
        unit: doc.front.len(),
        section: 0,
    }
}

/// The whole text: the front matter, every part of `layout` and the closing.
pub fn text(doc: &Document, layout: &[Part], open: &dyn Fn(usize) -> bool, m: &mut impl Markup) {
    let mut at = front(doc, m);
    for (n, p) in layout.iter().enumerate() {
        part(doc, n, p, &mut at, open, m);
    }
    closing(doc, at.unit, m);
}

/// The whole outline: the entries of every part of `layout`.
pub fn outline(doc: &Document, layout: &[Part], open: &dyn Fn(usize) -> bool, m: &mut impl Markup) {
    for (n, p) in layout.iter().enumerate() {
        outline_part(doc, n, p, open, m);
    }
}

/// Part `n` of the text, starting at `at`; `open` says whether a section (by reading-order
/// index) is unfolded.
pub fn part(
    doc: &Document,
    n: usize,
    part: &Part,
    at: &mut Position,
    open: &dyn Fn(usize) -> bool,
    m: &mut impl Markup,
) {
    m.open(
        "div",
        &[("class", "part"), ("id", &format!("{PART_ID}{n}"))],
    );
    m.mark(Mark::Part(n));
    for s in &doc.sections[part.top_level.clone()] {
        section(doc, s, at, open, m);
    }
    m.close();
}

/// The closing matter, whose first unit is `unit`.
pub fn closing(doc: &Document, mut unit: usize, m: &mut impl Markup) {
    m.open("div", &[("class", "closing"), ("data-testid", "closing")]);
    for block in &doc.closing {
        passage(doc, block, unit, m);
        unit += 1;
    }
    m.close();
}

const HEADINGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];

/// One section: a native disclosure whose summary is the heading.
fn section(
    doc: &Document,
    section: &Section,
    at: &mut Position,
    open: &dyn Fn(usize) -> bool,
    m: &mut impl Markup,
) {
    let index = at.section;
    let id = section.heading.id.as_str();
    let attributes: &[(&str, &str)] = &[
        ("class", "section"),
        ("id", id),
        ("data-testid", "section"),
        ("open", ""),
    ];
    m.open(
        "details",
        if open(index) {
            attributes
        } else {
            &attributes[..3]
        },
    );
    m.mark(Mark::Section(index));
    m.open("summary", &[]);
    // The page's title is the h1, so top-level sections are h2.
    let tag = HEADINGS[usize::from(section.heading.level.clamp(1, 5)) - 1];
    m.open(tag, &[("class", "heading"), ("id", &unit_id(at.unit))]);
    m.mark(Mark::Unit(at.unit));
    m.text(&doc.shown(section.heading.text));
    m.close();
    m.open(
        "span",
        &[("class", "badge"), ("data-testid", "section-count")],
    );
    m.mark(Mark::SectionBadge(index));
    m.close();
    let length = doc.length(section.span());
    m.open(
        "span",
        &[
            ("class", "reading-length bilingual no-print"),
            ("data-testid", "section-length"),
        ],
    );
    m.open("span", &[("lang", "zh-CN")]);
    m.text(&length.describe(true));
    m.close();
    m.open("span", &[("lang", "en")]);
    m.text(&length.describe(false));
    m.close();
    m.close();
    m.close();
    m.open("div", &[("class", "section-body")]);
    m.open(
        "button",
        &[
            ("type", "button"),
            ("class", "copy-link no-print"),
            ("data-testid", "copy-link"),
            ("data-section", id),
            ("aria-labelledby", COPY_LINK_LABEL_ID),
        ],
    );
    m.text("#");
    m.close();
    at.unit += 1;
    at.section += 1;
    for block in &section.blocks {
        passage(doc, block, at.unit, m);
        at.unit += 1;
    }
    for child in &section.children {
        self::section(doc, child, at, open, m);
    }
    m.close();
    m.close();
}

/// One block of text, its key points emphasised; comments and page furniture are kept, hidden.
fn passage(doc: &Document, block: &Block, unit: usize, m: &mut impl Markup) {
    let id = unit_id(unit);
    let class = format!("passage {}", class_name(block.kind));
    // Right-to-left paragraphs (Arabic, Hebrew) run and align as their script does.
    let attributes: &[(&str, &str)] = &[
        ("id", &id),
        ("class", &class),
        ("dir", "auto"),
        ("hidden", ""),
    ];
    m.open(
        "p",
        if matches!(block.kind, BlockKind::Comment | BlockKind::Furniture) {
            attributes
        } else {
            &attributes[..3]
        },
    );
    m.mark(Mark::Unit(unit));
    let text = block.text;
    let mut at = text.start;
    for point in doc.key_points_overlapping(text) {
        let (start, end) = (
            point.span.start.max(text.start).max(at),
            point.span.end.min(text.end),
        );
        if start >= end {
            continue;
        }
        if start > at {
            m.text(&doc.shown(Span::new(at, start)));
        }
        // The anchor goes where the point starts.
        let attributes: &[(&str, &str)] = &[("class", "key-point"), ("id", &point.id)];
        m.open(
            "strong",
            if start == point.span.start {
                attributes
            } else {
                &attributes[..1]
            },
        );
        m.text(&doc.shown(Span::new(start, end)));
        m.close();
        at = end;
    }
    if at < text.end {
        m.text(&doc.shown(Span::new(at, text.end)));
    }
    m.close();
}

/// The outline's entries for part `n`: links to the sections and their key points, nested as
/// they are.
pub fn outline_part(
    doc: &Document,
    n: usize,
    part: &Part,
    open: &dyn Fn(usize) -> bool,
    m: &mut impl Markup,
) {
    m.open(
        "ol",
        &[
            ("class", "outline-part"),
            ("id", &format!("{OUTLINE_PART_ID}{n}")),
        ],
    );
    let mut index = part.in_reading_order.start;
    for s in &doc.sections[part.top_level.clone()] {
        entry(doc, s, &mut index, open, m);
    }
    m.close();
}

fn entry(
    doc: &Document,
    section: &Section,
    index: &mut usize,
    open: &dyn Fn(usize) -> bool,
    m: &mut impl Markup,
) {
    let this = *index;
    *index += 1;
    let id = section.heading.id.as_str();
    let entry_id = outline_entry_id(id);
    let attributes: &[(&str, &str)] = &[("id", &entry_id), ("class", "folded")];
    m.open(
        "li",
        if open(this) {
            &attributes[..1]
        } else {
            attributes
        },
    );
    m.mark(Mark::Entry(this));
    m.open("a", &[("href", &format!("#{id}"))]);
    m.text(&doc.shown(section.heading.text));
    m.close();
    m.open("span", &[("class", "badge")]);
    m.mark(Mark::EntryBadge(this));
    m.close();
    let points = doc.key_points_of(&section.blocks);
    if !points.is_empty() {
        m.open("ul", &[("class", "key-points")]);
        for point in points {
            m.open("li", &[("class", "key-point-entry")]);
            m.open("a", &[("href", &format!("#{}", point.id))]);
            m.text(&doc.shown(point.span));
            m.close();
            m.close();
        }
        m.close();
    }
    if !section.children.is_empty() {
        m.open("ol", &[]);
        for child in &section.children {
            entry(doc, child, index, open, m);
        }
        m.close();
    }
    m.close();
}

/// A filter's field: its box, labelled by an icon, and its status over the box's end. The
/// reader's and a comparison's are this one, with their own ids and texts (Chinese, English).
pub struct FilterField {
    /// The box's id (the label's `for`) and test id, and the status's test id.
    pub id: &'static str,
    pub test_id: &'static str,
    pub status_test_id: &'static str,
    /// The label's text, hidden but read out, and its tooltip.
    pub label: [&'static str; 2],
    pub placeholder: [&'static str; 2],
    /// The box's tooltip, and the id of the help it is described by.
    pub title: Option<[&'static str; 2]>,
    pub described_by: Option<&'static str>,
}

pub const READER_FILTER: FilterField = FilterField {
    id: crate::dom_ids::FILTER_INPUT_ID,
    test_id: "filter",
    status_test_id: "match-count",
    label: ["筛选", "Filter"],
    placeholder: ["筛选：关键词，如 监督", "Filter: keywords, e.g. budget"],
    title: Some([
        "空格分隔：都要有；|：任一；\"引号\"：短语；-词：排除。Enter 下一处，Shift+Enter 上一处，/ 聚焦，Esc 清除",
        "Spaces: all of them; |: any; \"quotes\": a phrase; -word: without. Enter next, Shift+Enter previous, / focus, Esc clear",
    ]),
    described_by: Some(crate::dom_ids::FILTER_HELP_ID),
};

pub const COMPARE_FILTER: FilterField = FilterField {
    id: crate::dom_ids::COMPARE_FILTER_ID,
    test_id: "compare-filter",
    status_test_id: "compare-filter-status",
    label: ["在两栏中筛选", "Filter both columns"],
    placeholder: ["在两栏中筛选", "Filter both columns"],
    title: None,
    described_by: None,
};

/// The field's class, and its label text's (read out, not shown).
pub const FILTER_FIELD_CLASS: &str = "filter-field";
pub const VISUALLY_HIDDEN_CLASS: &str = "visually-hidden";

/// `field`'s elements as a page without the app shows them (the prerendered page): the same
/// elements and classes as the app's (`ui::filter::filter_field`), the label in both languages
/// (the page's `lang` shows one), and none of the ids, which the app's field carries on the
/// page at the same time.
pub fn filter_field(field: &FilterField, m: &mut impl Markup) {
    m.open("div", &[("class", FILTER_FIELD_CLASS)]);
    m.open("label", &[]);
    icon(crate::icons::SEARCH, m);
    m.open("span", &[("class", VISUALLY_HIDDEN_CLASS)]);
    bilingual(field.label, m);
    m.close();
    m.close();
    m.open("input", &[("type", "search"), ("autocomplete", "off")]);
    m.close();
    m.open("output", &[("data-testid", field.status_test_id)]);
    m.close();
    m.close();
}

/// One of [`crate::icons`], as `ui::controls::icon` draws it.
fn icon(path: &str, m: &mut impl Markup) {
    m.open(
        "svg",
        &[
            ("class", "icon"),
            ("viewBox", "0 0 24 24"),
            ("aria-hidden", "true"),
        ],
    );
    m.open("path", &[("d", path)]);
    m.close();
    m.close();
}

/// A label in both languages, as `prerender` writes the interface's.
fn bilingual([zh, en]: [&str; 2], m: &mut impl Markup) {
    m.open("span", &[("class", "bilingual")]);
    m.open("span", &[("lang", "zh-CN")]);
    m.text(zh);
    m.close();
    m.open("span", &[("lang", "en")]);
    m.text(en);
    m.close();
    m.close();
}

/// The class of the element the page shows a block of kind `kind` in.
fn class_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Title => "title-line",
        BlockKind::DocumentNumber => "document-number",
        BlockKind::Metadata => "metadata",
        BlockKind::Comment => "comment",
        BlockKind::Furniture => "furniture",
        BlockKind::Addressee => "addressee",
        BlockKind::Salutation => "salutation",
        BlockKind::Paragraph | BlockKind::Blank => "paragraph",
        BlockKind::Item => "item",
        BlockKind::ListItem => "list-item",
        BlockKind::Contents => "contents",
        BlockKind::Attachment => "attachment",
        BlockKind::Signature => "signature",
        BlockKind::Date => "date",
    }
}
