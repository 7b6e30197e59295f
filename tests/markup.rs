//! The document's elements as described once for the app and the prerender (`src/markup.rs`):
//! every unit and section marked once, in order, with the ids the page uses; every character of
//! the text handed over as text, in order; the parts covering every top-level section.

use docview::dom_ids::unit_id;
use docview::markup::{self, Mark, Markup};
use docview::model::{BlockKind, Document, Piece};
use docview::parse::parse;
use std::fs;

/// What a description wrote: its text, the marks in order, and for each mark the id of the
/// element it was made on.
#[derive(Default)]
struct Record {
    text: String,
    marks: Vec<(Mark, Option<String>)>,
    open: Vec<Option<String>>,
    depth_errors: usize,
}

impl Markup for Record {
    fn open(&mut self, _tag: &'static str, attributes: &[(&'static str, &str)]) {
        self.open.push(
            attributes
                .iter()
                .find(|(n, _)| *n == "id")
                .map(|(_, v)| v.to_string()),
        );
    }
    fn text(&mut self, text: &str) {
        if self.open.is_empty() {
            self.depth_errors += 1;
        }
        self.text.push_str(text);
    }
    fn close(&mut self) {
        if self.open.pop().is_none() {
            self.depth_errors += 1;
        }
    }
    fn mark(&mut self, what: Mark) {
        let id = self.open.last().cloned().flatten();
        self.marks.push((what, id));
    }
}

fn describe(doc: &Document) -> Record {
    let mut record = Record::default();
    markup::text(doc, &markup::layout(doc), &|_| true, &mut record);
    record
}

fn documents() -> Vec<(String, Document)> {
    let mut docs = vec![(
        "sample".to_string(),
        parse(docview::sample::TEXT.to_string()),
    )];
    for entry in fs::read_dir("tests/corpus").expect("the corpus") {
        let path = entry.expect("a corpus file").path();
        if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            let text = fs::read_to_string(&path).expect("UTF-8");
            docs.push((path.display().to_string(), parse(text)));
        }
    }
    docs
}

#[test]
fn every_unit_and_section_is_marked_once_in_order_with_its_id() {
    for (name, doc) in documents() {
        let record = describe(&doc);
        assert_eq!(
            record.depth_errors, 0,
            "{name}: every element closed, text only inside one"
        );
        let pieces = doc.pieces();
        let units: Vec<(usize, Option<String>)> = record
            .marks
            .iter()
            .filter_map(|(m, id)| {
                if let Mark::Unit(u) = m {
                    Some((*u, id.clone()))
                } else {
                    None
                }
            })
            .collect();
        // Every unit but a title line (shown as the page's title) is on the page, in order.
        let expected: Vec<usize> = (0..pieces.len())
            .filter(|&u| !matches!(pieces[u], Piece::Block(b) if b.kind == BlockKind::Title))
            .collect();
        assert_eq!(
            units.iter().map(|(u, _)| *u).collect::<Vec<_>>(),
            expected,
            "{name}"
        );
        assert!(
            units
                .iter()
                .all(|(u, id)| id.as_deref() == Some(unit_id(*u).as_str())),
            "{name}: each unit's element has its id"
        );
        let sections: Vec<(usize, Option<String>)> = record
            .marks
            .iter()
            .filter_map(|(m, id)| {
                if let Mark::Section(s) = m {
                    Some((*s, id.clone()))
                } else {
                    None
                }
            })
            .collect();
        let in_order = doc.sections_in_order();
        assert_eq!(sections.len(), in_order.len(), "{name}");
        for (i, (s, id)) in sections.iter().enumerate() {
            assert_eq!(*s, i, "{name}");
            assert_eq!(
                id.as_deref(),
                Some(in_order[i].heading.id.as_str()),
                "{name}"
            );
        }
        let badges = record
            .marks
            .iter()
            .filter(|(m, _)| matches!(m, Mark::SectionBadge(_)))
            .count();
        assert_eq!(
            badges,
            in_order.len(),
            "{name}: a count beside every heading"
        );
    }
}

#[test]
fn the_text_is_handed_over_whole_and_in_order() {
    for (name, doc) in documents() {
        let record = describe(&doc);
        // The reading aids and the copy-link buttons come between the pieces of text: each piece
        // of the document is found in order.
        let mut rest = record.text.as_str();
        for piece in doc.pieces() {
            if matches!(piece, Piece::Block(b) if b.kind == BlockKind::Title) {
                continue;
            }
            let text = doc.text(piece.text());
            let at = rest
                .find(text)
                .unwrap_or_else(|| panic!("{name}: {text:?} in order"));
            rest = &rest[at + text.len()..];
        }
    }
}

#[test]
fn the_parts_cover_every_section_and_all_their_text_once() {
    for (name, doc) in documents() {
        let layout = markup::layout(&doc);
        let covered: Vec<usize> = layout.iter().flat_map(|p| p.top_level.clone()).collect();
        assert_eq!(
            covered,
            (0..doc.sections.len()).collect::<Vec<_>>(),
            "{name}"
        );
        assert!(layout.iter().all(|p| !p.top_level.is_empty()), "{name}");
        let in_order: Vec<usize> = layout
            .iter()
            .flat_map(|p| p.in_reading_order.clone())
            .collect();
        assert_eq!(
            in_order,
            (0..doc.sections_in_order().len()).collect::<Vec<_>>(),
            "{name}"
        );
        for p in &layout {
            let sections = &doc.sections[p.top_level.clone()];
            assert_eq!(p.span.start, sections[0].span().start, "{name}");
            assert_eq!(p.span.end, sections.last().unwrap().span().end, "{name}");
            let first = doc.sections_in_order()[p.in_reading_order.start];
            assert_eq!(
                first.heading.span, sections[0].heading.span,
                "{name}: the part's first section"
            );
        }
        for pair in layout.windows(2) {
            assert_eq!(
                pair[0].span.end, pair[1].span.start,
                "{name}: parts are contiguous"
            );
        }
    }
}

#[test]
fn a_long_document_is_put_on_the_page_in_several_parts() {
    let report = documents()
        .into_iter()
        .find(|(n, _)| n.contains("report_2024"))
        .unwrap()
        .1;
    assert!(markup::layout(&report).len() > 1);
}

#[test]
fn outline_entries_carry_every_section_once() {
    for (name, doc) in documents() {
        let mut record = Record::default();
        markup::outline(&doc, &markup::layout(&doc), &|_| true, &mut record);
        let entries: Vec<usize> = record
            .marks
            .iter()
            .filter_map(|(m, _)| {
                if let Mark::Entry(s) = m {
                    Some(*s)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(
            entries,
            (0..doc.sections_in_order().len()).collect::<Vec<_>>(),
            "{name}"
        );
    }
}
