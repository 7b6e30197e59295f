//! The filter: substring matching on characters, folding Latin case and full-width forms, and
//! the query language, over the paragraphs and headings of a document.

use docview::model::{Document, Span};
use docview::parse::parse;
use docview::search::{utf16_offsets, SearchIndex};

/// The match map's placement in pixels belongs to the page (`ui`, built for wasm only) but is
/// plain Rust: included here to be tested natively, with the `crate::search` it names.
#[path = "../src/ui/filter/mark_placement.rs"]
mod mark_placement;
mod search {
    pub use docview::search::MapMark;
}

fn doc(text: &str) -> Document {
    parse(text.to_string())
}

fn found(text: &str, query: &str) -> Vec<String> {
    let d = doc(text);
    SearchIndex::new(&d)
        .find(query)
        .spans
        .iter()
        .map(|s: &Span| d.text(*s).to_string())
        .collect()
}

/// The selected paragraphs and headings.
fn selected(text: &str, query: &str) -> Vec<String> {
    let d = doc(text);
    SearchIndex::new(&d)
        .find(query)
        .units
        .iter()
        .map(|s| d.text(*s).to_string())
        .collect()
}

#[test]
fn chinese_substrings_match_without_segmentation() {
    assert_eq!(found("依法监督，监督有力", "监督"), ["监督", "监督"]);
    assert_eq!(found("人大代表建议", "代表建"), ["代表建"]);
}

#[test]
fn latin_ignores_case_and_width_and_marks_the_original_characters() {
    assert_eq!(
        found("The CONSTITUTION of the United States", "constitution"),
        ["CONSTITUTION"]
    );
    assert_eq!(found("ＡＢＣ和１２３", "abc"), ["ＡＢＣ"]);
    assert_eq!(found("第１２条规定", "12"), ["１２"]);
    assert_eq!(found("按照\u{3000}规定", "\"照 规\""), ["照\u{3000}规"]);
}

#[test]
fn empty_and_blank_queries_are_not_active() {
    let d = doc("abc");
    let index = SearchIndex::new(&d);
    for q in ["", "   ", "\"\"", "\u{3000}"] {
        assert!(!index.find(q).is_active(), "{q:?}");
    }
}

const TEXT: &str =
    "甲：监督和代表。\n乙：只有监督。\n丙：立法工作。\n丁：预算审查。\n戊：代表建议。\n";

#[test]
fn terms_must_all_occur_in_the_same_paragraph() {
    assert_eq!(selected(TEXT, "监督 代表"), ["甲：监督和代表。"]);
    assert_eq!(found(TEXT, "监督 代表"), ["监督", "代表"]);
}

#[test]
fn a_bar_means_either() {
    assert_eq!(
        selected(TEXT, "立法|预算"),
        ["丙：立法工作。", "丁：预算审查。"]
    );
}

#[test]
fn quotes_make_a_phrase() {
    assert_eq!(selected(TEXT, "\"监督和代表\""), ["甲：监督和代表。"]);
    assert!(selected(TEXT, "\"代表和监督\"").is_empty());
}

#[test]
fn a_minus_leaves_paragraphs_out() {
    assert_eq!(selected(TEXT, "监督 -代表"), ["乙：只有监督。"]);
    assert_eq!(selected(TEXT, "-监督").len(), 3);
    assert!(found(TEXT, "-监督").is_empty(), "nothing to mark");
}

#[test]
fn overlapping_terms_give_one_mark() {
    assert_eq!(found("监督促进", "监督 督促"), ["监督促"]);
}

#[test]
fn matches_are_counted_per_span() {
    let text = "监督一。\n监督二监督。\n三。";
    let d = doc(text);
    let matches = SearchIndex::new(&d).find("监督");
    let second_line = Span::new(text.find("监督二").unwrap(), text.find("\n三").unwrap());
    assert_eq!(matches.count_in(second_line), 2);
    assert_eq!(matches.count_in(Span::new(0, text.len())), 3);
    assert_eq!(matches.units_in(Span::new(0, text.len())), 2);
    assert!(matches.selects(second_line));
}

#[test]
fn headings_are_searched_and_html_is_just_text() {
    let text = "一、监督工作\n<script>alert(1)</script>\n";
    assert_eq!(selected(text, "监督"), ["一、监督工作"]);
    assert_eq!(found(text, "<script>"), ["<script>"]);
}

#[test]
fn matches_map_to_utf16_offsets_within_their_paragraph() {
    // Wide characters are one UTF-16 unit, an emoji two, whatever their UTF-8 length.
    let text = "一、总则\n\n😀ＡＢＣ监督abc，再监督。\n";
    let d = doc(text);
    let index = SearchIndex::new(&d);
    let m = index.find("监督");
    let unit = m.units[0];
    assert_eq!(&text[unit.range()], "😀ＡＢＣ监督abc，再监督。");
    assert_eq!(
        utf16_offsets(text, unit.start, m.within(unit)),
        vec![(5, 7), (12, 14)]
    );
    let m = index.find("abc");
    assert_eq!(
        utf16_offsets(text, unit.start, m.within(unit)),
        vec![(2, 5), (7, 10)]
    );
}

#[test]
fn the_sentences_without_a_match_are_those_of_a_matching_paragraph_left_to_dim() {
    let text = "一、总则\n\n要加强监督。其他工作。监督要有力！\n\n没有关键词。\n";
    let d = doc(text);
    let m = SearchIndex::new(&d).find("监督");
    let unit = m.units[0];
    let dim: Vec<&str> = m
        .sentences_without_match(text, unit)
        .iter()
        .map(|s| d.text(*s))
        .collect();
    assert_eq!(dim, ["其他工作。"]);
    let other = d
        .pieces()
        .iter()
        .map(|p| p.text())
        .find(|t| d.text(*t) == "没有关键词。")
        .unwrap();
    assert!(
        m.sentences_without_match(text, other).is_empty(),
        "a paragraph without a match is not dimmed"
    );
}

#[test]
fn the_match_map_of_监督_in_the_speech_marks_the_opening_and_section_二_only() {
    let d = doc(docview::sample::TEXT);
    let matches = SearchIndex::new(&d).find("监督");
    let marks = docview::search::match_map(&d, &matches);
    assert_eq!(
        marks.iter().map(|m| m.section).collect::<Vec<_>>(),
        [None, Some(1)]
    );
    assert_eq!(
        marks.iter().map(|m| m.count).sum::<usize>(),
        matches.spans.len()
    );
    assert_eq!(marks[0].first, 0);
    assert_eq!(
        marks[1].first, marks[0].count,
        "section 二's first match follows the opening's"
    );
    assert!(
        marks[0].from == 0.0 && marks[0].to < marks[1].from && marks[1].to < 1.0,
        "{marks:?}"
    );
    let second = &d.sections[1];
    assert!(d.text(second.heading.text).starts_with("二、"));
    assert_eq!(
        marks[1].from,
        second.span().start as f64 / d.source.len() as f64
    );
}

#[test]
fn a_query_without_matches_has_an_empty_map_and_the_closing_counts_as_a_region() {
    let d = doc(docview::sample::TEXT);
    assert!(docview::search::match_map(&d, &SearchIndex::new(&d).find("预算法")).is_empty());
    let d = doc("开头。\n一、第一部分\n内容。\n二、第二部分\n内容。\n");
    let marks = docview::search::match_map(&d, &SearchIndex::new(&d).find("内容"));
    assert_eq!(
        marks
            .iter()
            .map(|m| (m.section, m.count))
            .collect::<Vec<_>>(),
        [(Some(0), 1), (Some(1), 1)]
    );
}

#[test]
fn marks_too_close_for_the_strip_become_one_and_none_overlap() {
    use docview::search::MapMark;
    use mark_placement::place_marks;
    let mark = |from: f64, to: f64, first: usize| MapMark {
        from,
        to,
        count: 2,
        first,
        section: Some(first),
    };
    let marks = [
        mark(0.0, 0.1, 0),
        mark(0.1, 0.101, 2),
        mark(0.5, 0.6, 4),
        mark(0.995, 1.0, 6),
    ];
    let placed = place_marks(&marks, 100.0, 44.0);
    // 0.0 and 0.1 are within one 44 px target; 0.5 starts below it; the last is kept on the strip.
    assert_eq!(
        placed
            .iter()
            .map(|p| (p.top, p.count, p.first))
            .collect::<Vec<_>>(),
        [(0.0, 4, 0), (50.0, 4, 4)]
    );
    let placed = place_marks(&marks, 1000.0, 4.0);
    assert_eq!(
        placed.iter().map(|p| p.first).collect::<Vec<_>>(),
        [0, 2, 4, 6]
    );
    assert!(
        placed
            .windows(2)
            .all(|w| w[0].top + w[0].height <= w[1].top),
        "{placed:?}"
    );
    assert!(placed
        .iter()
        .all(|p| p.top >= 0.0 && p.top + p.height <= 1000.0 && p.height >= 4.0));
}
