//! The sample speech parses into the parts a reader sees: title, occasion and speaker, salutation,
//! the numbered headings and the key points that open paragraphs.

use docview::model::{BlockKind, Document};
use docview::parse::parse;
use docview::sample;

fn speech() -> Document {
    parse(sample::TEXT.to_string())
}

#[test]
fn front_matter_is_salutation_and_two_opening_paragraphs() {
    let doc = speech();
    let kinds: Vec<BlockKind> = doc.front.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Salutation,
            BlockKind::Paragraph,
            BlockKind::Paragraph
        ]
    );
    assert_eq!(doc.text(doc.front[0].text), "各位常委会组成人员，同志们：");
    assert!(doc.text(doc.front[2].text).ends_with("讲三点意见。"));
    assert_eq!(doc.title(), None, "the speech has no title line");
}

#[test]
fn three_top_level_sections_with_one_paragraph_each() {
    let doc = speech();
    let headings: Vec<&str> = doc
        .sections
        .iter()
        .map(|s| doc.text(s.heading.text))
        .collect();
    assert_eq!(
        headings,
        [
            "一、把准方向推工作",
            "二、务求实效履职责",
            "三、内强素质树形象"
        ]
    );
    let titles: Vec<&str> = doc
        .sections
        .iter()
        .map(|s| doc.text(s.heading.title))
        .collect();
    assert_eq!(
        titles,
        ["把准方向推工作", "务求实效履职责", "内强素质树形象"]
    );
    for section in &doc.sections {
        assert_eq!(section.heading.level, 1);
        assert_eq!(section.blocks.len(), 1);
        assert!(section.children.is_empty());
    }
    let lengths: Vec<usize> = doc
        .sections
        .iter()
        .map(|s| doc.text(s.blocks[0].text).chars().count())
        .collect();
    assert_eq!(lengths, [462, 723, 617]);
}

#[test]
fn closing_is_its_own_part_after_section_three() {
    let doc = speech();
    let closing: Vec<&str> = doc.closing.iter().map(|b| doc.text(b.text)).collect();
    assert_eq!(closing.len(), 2);
    assert!(closing[0].starts_with("同志们，州第十二次党代会"));
    assert_eq!(closing[1], "会议到此结束，散会！");
    // The empty lines at the end of the file belong to the last block.
    assert_eq!(doc.text(doc.closing[1].span), "会议到此结束，散会！\n\n\n");
    assert_eq!(doc.closing[1].span.end, doc.source.len());
}

#[test]
fn supervision_occurs_once_in_the_opening_and_twelve_times_in_section_two() {
    let doc = speech();
    let index = docview::search::SearchIndex::new(&doc);
    let matches = index.find("监督");
    assert_eq!(matches.len(), 13);
    let front: usize = doc.front.iter().map(|b| matches.count_in(b.span)).sum();
    let per_section: Vec<usize> = doc
        .sections
        .iter()
        .map(|s| matches.count_in(s.span()))
        .collect();
    assert_eq!(front, 1);
    assert_eq!(per_section, [0, 12, 0]);
}

#[test]
fn the_speech_is_chinese_and_an_english_document_is_not() {
    assert!(speech().is_chinese());
    let english = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/en_us_constitution.txt"
    ))
    .unwrap();
    assert!(!parse(english).is_chinese());
    assert!(!parse("Article 1. 中文 in an English text.".to_string()).is_chinese());
}
