//! The filter's result as the sample document shows it (`search::FilterView`): what each query
//! leaves out, counts and paints, which parts are written at once and which are left for later,
//! and that only what changes is written.

use docview::markup::{self, Mark};
use docview::model::{Document, Span};
use docview::parse::parse;
use docview::search::{FilterView, Matches, Rendered, SearchIndex, UnitPaint, ViewInput, Write};
use std::collections::BTreeSet;

fn sample() -> Document {
    parse(docview::sample::TEXT.to_string())
}

/// Three laws one after the other: parts enough to leave some for later.
fn long_document() -> Document {
    parse(
        [
            include_str!("versions/law_公司法_2023.md"),
            include_str!("versions/law_公司法_2018.md"),
            include_str!("versions/law_行政复议法_2023.md"),
        ]
        .join("\n"),
    )
}

/// The span of each part of the text, as the page splits it.
fn parts_of(doc: &Document) -> Vec<Span> {
    markup::layout(doc).iter().map(|p| p.span).collect()
}

/// A view of `doc` split into parts as the page splits it.
fn view_of(doc: &Document) -> FilterView {
    FilterView::new(doc, &parts_of(doc))
}

/// Every element on the page; the browser rendering the first part of the text and none of
/// the outline.
fn update(view: &mut FilterView, doc: &Document, m: &Matches, dim: bool) -> Option<Vec<Write>> {
    let to = ViewInput {
        doc,
        matches: m,
        exists: &|_| true,
    };
    let rendered = Rendered {
        first_text: 0,
        outline: &|_| false,
    };
    updated(view, &to, dim, &rendered)
}

/// The writes of [`FilterView::update`], none if it had nothing to show.
fn updated(
    view: &mut FilterView,
    to: &ViewInput,
    dim: bool,
    rendered: &Rendered,
) -> Option<Vec<Write>> {
    let mut writes = Vec::new();
    view.update(to, dim, rendered, &mut |w| writes.push(w))
        .then_some(writes)
}

/// The `index`-th match's place and the writes it took.
fn current(
    view: &mut FilterView,
    to: &ViewInput,
    index: Option<usize>,
) -> (Option<(usize, usize)>, Vec<Write>) {
    let mut writes = Vec::new();
    let at = view.current(to, index, &mut |w| writes.push(w));
    (at, writes)
}

/// Every part left for later, written.
fn drain(view: &mut FilterView, doc: &Document, m: &Matches) -> Vec<Write> {
    let to = ViewInput {
        doc,
        matches: m,
        exists: &|_| true,
    };
    let mut writes = Vec::new();
    while view.next_pending(&to, &mut |w| writes.push(w)) {}
    assert!(!view.is_pending());
    writes
}

fn left_out(writes: &[Write], out: bool) -> BTreeSet<usize> {
    writes
        .iter()
        .filter_map(|w| match w {
            Write::LeftOut(Mark::Unit(u), o) if *o == out => Some(*u),
            _ => None,
        })
        .collect()
}

fn painted(writes: &[Write]) -> Vec<&UnitPaint> {
    writes
        .iter()
        .filter_map(|w| match w {
            Write::Paint(p) => Some(p),
            _ => None,
        })
        .flatten()
        .collect()
}

fn count_at(writes: &[Write], mark: Mark) -> Option<usize> {
    writes.iter().find_map(|w| match w {
        Write::Count { at, count, .. } if *at == mark => Some(*count),
        _ => None,
    })
}

/// The reading-order index of the section whose heading starts with `start`.
fn section(doc: &Document, start: &str) -> usize {
    doc.sections_in_order()
        .iter()
        .position(|s| doc.text(s.heading.text).starts_with(start))
        .unwrap()
}

/// The passages (units that are blocks) the query does not select.
fn passages_left_out(doc: &Document, m: &Matches) -> BTreeSet<usize> {
    doc.pieces()
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p, docview::model::Piece::Block(_)) && !m.selects(p.text()))
        .map(|(u, _)| u)
        .collect()
}

#[test]
fn 监督_in_the_sample_shows_the_counts_and_paints_its_two_paragraphs() {
    let doc = sample();
    let mut view = view_of(&doc);
    let m = SearchIndex::new(&doc).find("监督");
    let now = update(&mut view, &doc, &m, false).unwrap();
    assert_eq!(left_out(&now, true), passages_left_out(&doc, &m));
    assert!(left_out(&now, false).is_empty());
    // The counts the page shows for 监督 (tests/browser/prerender.test.mjs).
    let two = section(&doc, "二、");
    assert_eq!(count_at(&now, Mark::SectionBadge(two)), Some(12));
    let paint = painted(&now);
    assert_eq!(m.units.len(), 2);
    assert_eq!(paint.len(), 2, "the two paragraphs with matches, once each");
    assert_eq!(
        paint
            .iter()
            .map(|p| p.matches.as_ref().unwrap().len())
            .sum::<usize>(),
        13
    );
    assert!(paint.iter().all(|p| p.dimmed.is_none()));
    // The outline waits for the browser to render it.
    assert_eq!(count_at(&now, Mark::EntryBadge(two)), None);
    assert!(view.is_pending());
    let later = drain(&mut view, &doc, &m);
    assert_eq!(count_at(&later, Mark::EntryBadge(two)), Some(12));
    assert!(later.contains(&Write::LeftOut(Mark::Entry(section(&doc, "一、")), true)));
}

#[test]
fn a_long_document_is_written_on_screen_first_and_everywhere_once_the_rest_is_written() {
    let doc = long_document();
    let parts = parts_of(&doc);
    assert!(parts.len() > 5, "{}", parts.len());
    let mut view = view_of(&doc);
    let m = SearchIndex::new(&doc).find("监督");
    let to = ViewInput {
        doc: &doc,
        matches: &m,
        exists: &|_| true,
    };
    // The browser renders from the third part on.
    let rendered = Rendered {
        first_text: 2,
        outline: &|_| true,
    };
    let now = updated(&mut view, &to, false, &rendered).unwrap();
    let settling: Vec<usize> = now
        .iter()
        .filter_map(|w| match w {
            Write::Settling(p, true) => Some(*p),
            _ => None,
        })
        .collect();
    let later_parts: Vec<usize> = (0..parts.len()).filter(|p| !(2..5).contains(p)).collect();
    assert_eq!(settling, later_parts);
    let units_now = left_out(&now, true);
    let pieces = doc.pieces();
    assert!(units_now
        .iter()
        .all(|&u| (2..5).any(|p| parts[p].contains(pieces[u].text()))
            || !parts.iter().any(|p| p.contains(pieces[u].text()))));
    let later = drain(&mut view, &doc, &m);
    let settled: Vec<usize> = later
        .iter()
        .filter_map(|w| match w {
            Write::Settling(p, false) => Some(*p),
            _ => None,
        })
        .collect();
    assert_eq!(settled, later_parts, "in order");
    let all: Vec<Write> = now.iter().chain(&later).cloned().collect();
    assert_eq!(left_out(&all, true), passages_left_out(&doc, &m));
    assert_eq!(painted(&all).len(), m.units.len());
}

#[test]
fn the_same_result_again_writes_nothing_and_a_narrower_one_only_what_changes() {
    let doc = sample();
    let mut view = view_of(&doc);
    let index = SearchIndex::new(&doc);
    let m = index.find("人大");
    update(&mut view, &doc, &m, false);
    drain(&mut view, &doc, &m);
    let again = update(&mut view, &doc, &m, false).unwrap();
    let again: Vec<Write> = again
        .into_iter()
        .chain(drain(&mut view, &doc, &m))
        .collect();
    assert!(
        again.iter().all(|w| matches!(w, Write::Settling(..))),
        "{again:?}"
    );
    let narrower = index.find("人大 监督");
    assert!(narrower.units.len() < m.units.len() && !narrower.units.is_empty());
    let writes = update(&mut view, &doc, &narrower, false).unwrap();
    let writes: Vec<Write> = writes
        .into_iter()
        .chain(drain(&mut view, &doc, &narrower))
        .collect();
    let newly_out: BTreeSet<usize> = passages_left_out(&doc, &narrower)
        .difference(&passages_left_out(&doc, &m))
        .copied()
        .collect();
    assert_eq!(left_out(&writes, true), newly_out);
    assert!(left_out(&writes, false).is_empty());
}

#[test]
fn an_empty_query_clears_the_highlights_and_leaves_what_it_hid_for_the_next_query() {
    let doc = sample();
    let mut view = view_of(&doc);
    let index = SearchIndex::new(&doc);
    let none = index.find("");
    assert_eq!(
        update(&mut view, &doc, &none, false),
        None,
        "nothing to show"
    );
    let m = index.find("监督");
    update(&mut view, &doc, &m, false);
    drain(&mut view, &doc, &m);
    let cleared = update(&mut view, &doc, &none, false).unwrap();
    assert_eq!(cleared.first(), Some(&Write::ClearHighlights));
    assert!(cleared
        .iter()
        .skip(1)
        .all(|w| matches!(w, Write::Settling(_, true))));
    // Every part settles again, without a write.
    assert!(drain(&mut view, &doc, &none)
        .iter()
        .all(|w| matches!(w, Write::Settling(_, false))));
    // The same query again: nothing to show or hide (the page's class did it), all to paint.
    let back = update(&mut view, &doc, &m, false).unwrap();
    let back: Vec<Write> = back.into_iter().chain(drain(&mut view, &doc, &m)).collect();
    assert!(left_out(&back, true).is_empty() && left_out(&back, false).is_empty());
    assert_eq!(painted(&back).len(), 2);
}

#[test]
fn matching_sentences_only_dims_the_rest_of_each_matching_paragraph() {
    let doc = sample();
    let mut view = view_of(&doc);
    let m = SearchIndex::new(&doc).find("监督");
    update(&mut view, &doc, &m, false);
    drain(&mut view, &doc, &m);
    let dim = update(&mut view, &doc, &m, true).unwrap();
    let dim: Vec<Write> = dim.into_iter().chain(drain(&mut view, &doc, &m)).collect();
    assert_eq!(dim.first(), Some(&Write::ShowDimmed(true)));
    let paint = painted(&dim);
    assert_eq!(paint.len(), 2);
    assert!(paint
        .iter()
        .all(|p| p.matches.is_none() && p.dimmed.as_ref().is_some_and(|d| !d.is_empty())));
}

#[test]
fn the_current_match_is_found_in_its_unit_and_its_part_written_first() {
    let doc = long_document();
    let parts = parts_of(&doc);
    let mut view = view_of(&doc);
    let m = SearchIndex::new(&doc).find("监督");
    update(&mut view, &doc, &m, false);
    let to = ViewInput {
        doc: &doc,
        matches: &m,
        exists: &|_| true,
    };
    let pieces = doc.pieces();
    let last = m.spans.len() - 1;
    let (at, writes) = current(&mut view, &to, Some(last));
    let (unit, nth) = at.unwrap();
    assert!(pieces[unit].text().contains(m.spans[last]));
    assert_eq!(nth, m.within(pieces[unit].text()).len() - 1);
    let part = parts
        .iter()
        .position(|p| p.contains(m.spans[last]))
        .unwrap();
    assert!(part >= 3, "a part left for later");
    assert!(
        !painted(&writes).is_empty(),
        "its part, left for later, painted now"
    );
    assert!(
        current(&mut view, &to, Some(last)).1.is_empty(),
        "and only once"
    );
    let (first, _) = current(&mut view, &to, Some(0));
    assert_eq!(first.map(|(_, nth)| nth), Some(0));
    assert_eq!(current(&mut view, &to, None).0, None);
    assert_eq!(current(&mut view, &to, Some(m.spans.len())).0, None);
}

#[test]
fn elements_not_yet_built_are_written_once_they_are() {
    let doc = sample();
    let mut view = view_of(&doc);
    let m = SearchIndex::new(&doc).find("监督");
    let rendered = Rendered {
        first_text: 0,
        outline: &|_| true,
    };
    let nothing = ViewInput {
        doc: &doc,
        matches: &m,
        exists: &|_| false,
    };
    let writes = updated(&mut view, &nothing, false, &rendered).unwrap();
    assert!(writes.is_empty(), "{writes:?}");
    let everything = ViewInput {
        exists: &|_| true,
        ..nothing
    };
    let writes = updated(&mut view, &everything, false, &rendered).unwrap();
    let writes: Vec<Write> = writes
        .into_iter()
        .chain(drain(&mut view, &doc, &m))
        .collect();
    assert_eq!(left_out(&writes, true), passages_left_out(&doc, &m));
}
