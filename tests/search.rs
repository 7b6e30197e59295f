//! Substring matching on characters, folding Latin case and full-width forms.

use docview::model::Span;
use docview::search::SearchIndex;

fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
    SearchIndex::new(text).find(query).spans.iter().map(|s: &Span| &text[s.range()]).collect()
}

#[test]
fn chinese_substrings_match_without_segmentation() {
    assert_eq!(found("依法监督，监督有力", "监督"), ["监督", "监督"]);
    assert_eq!(found("人大代表建议", "代表建"), ["代表建"]);
}

#[test]
fn latin_ignores_case_and_width_and_returns_the_original_characters() {
    assert_eq!(found("The CONSTITUTION of the United States", "constitution"), ["CONSTITUTION"]);
    assert_eq!(found("ＡＢＣ和１２３", "abc"), ["ＡＢＣ"]);
    assert_eq!(found("第１２条", "12"), ["１２"]);
    assert_eq!(found("一、\u{3000}总则", "、 总"), ["、\u{3000}总"]);
}

#[test]
fn empty_and_blank_queries_find_nothing() {
    assert!(SearchIndex::new("abc").find("").is_empty());
    assert!(SearchIndex::new("a b").find("   ").is_empty());
}

#[test]
fn matches_are_counted_per_span() {
    let text = "监督一\n监督二监督\n三";
    let matches = SearchIndex::new(text).find("监督");
    let second_line = Span::new(text.find("监督二").unwrap(), text.find("\n三").unwrap());
    assert_eq!(matches.count_in(second_line), 2);
    assert_eq!(matches.count_in(Span::new(0, text.len())), 3);
}
