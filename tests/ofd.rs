//! OFD files (GB/T 33190) open as their text: the notice of the corpus laid out as a 公文 on A4
//! pages (scripts/ofd-fixtures.py), its text objects written out of reading order, reads back as
//! the .txt's paragraphs, with nothing of its template page (running header, page number); a
//! damaged package names itself.

use docview::decode::docx::WordProblem;
use docview::decode::{open, DecodeError};
use docview::model::outline;
use docview::parse::parse;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/ofd/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

const SOURCE: &str = "tests/corpus/notice_国办发2022_35号_营商环境.txt";

fn source() -> String {
    std::fs::read_to_string(format!("{}/{SOURCE}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn a_notice_reads_back_as_its_paragraphs_in_order() {
    let text = open(&fixture("notice.ofd"), "notice.ofd").unwrap().text;
    let source = source();
    let paragraphs: Vec<&str> = source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let read: Vec<&str> = text.lines().collect();
    assert_eq!(read, paragraphs);
    assert!(
        !text.contains("国务院办公厅文件"),
        "the template's running header"
    );
    assert!(!text.contains("— 1 —"), "the template's page number");
}

#[test]
fn its_outline_is_the_text_files_outline() {
    let text = open(&fixture("notice.ofd"), "notice.ofd").unwrap().text;
    let squeezed = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(
        squeezed(&outline(&parse(text))),
        squeezed(&outline(&parse(source())))
    );
}

#[test]
fn a_damaged_package_says_so() {
    let refused = open(&fixture("damaged.ofd"), "damaged.ofd").unwrap_err();
    assert_eq!(refused, DecodeError::Word(WordProblem::OfdUnreadable));
    assert!(refused.in_chinese().contains("OFD"));
}
