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
    assert!(
        !text.contains('—'),
        "no page number, the template's or the pages' own"
    );
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
fn page_numbers_as_documents_set_them_are_not_text() {
    for number in [
        "— 3 —",
        "- 12 -",
        "第 3 页",
        "第3页 共18页",
        "3 / 18",
        "－ 7 －",
    ] {
        let page = format!(
            r#"<ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer><ofd:TextObject Boundary="20 30 100 6" Size="5"><ofd:TextCode X="0" Y="5">正文一行。</ofd:TextCode></ofd:TextObject><ofd:TextObject Boundary="90 280 30 6" Size="5"><ofd:TextCode X="0" Y="5">{number}</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#
        );
        assert_eq!(
            docview::decode::ofd::page_text(&page),
            "正文一行。\n",
            "{number}"
        );
    }
    // Numbers that are text stay.
    let page = r#"<ofd:Page><ofd:Content><ofd:Layer><ofd:TextObject Boundary="20 30 100 6" Size="5"><ofd:TextCode X="0" Y="5">2023</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#;
    assert_eq!(docview::decode::ofd::page_text(page), "2023\n");
}

#[test]
fn a_package_of_graphics_only_says_it_has_no_text() {
    let refused = open(&fixture("shapes.ofd"), "shapes.ofd").unwrap_err();
    assert_eq!(refused, DecodeError::Word(WordProblem::OfdWithoutText));
}

#[test]
fn a_damaged_package_says_so() {
    let refused = open(&fixture("damaged.ofd"), "damaged.ofd").unwrap_err();
    assert_eq!(refused, DecodeError::Word(WordProblem::OfdUnreadable));
    assert!(refused.in_chinese().contains("OFD"));
}

/// Files written by another program (ofdrw's test files, tests/fixtures/ofd/SOURCES.md).
#[test]
fn a_reply_written_elsewhere_reads_as_its_paragraphs_without_page_numbers() {
    let text = open(&fixture("ofdrw_reply.ofd"), "reply.ofd").unwrap().text;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[2], "关于同意张阿三同志辞职的批复");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("该同志由于家庭") && l.ends_with("同意张阿三同志辞职。")),
        "a paragraph over four lines, joined: {lines:?}"
    );
    assert!(!text.contains('—'), "no page number");
    assert_eq!(
        parse(text.clone()).title().as_deref(),
        Some("测试符路桥区卫生局文件")
    );
}

#[test]
fn an_invoice_opens_as_its_lines_its_rows_apart() {
    let text = open(&fixture("ofdrw_invoice.ofd"), "invoice.ofd")
        .unwrap()
        .text;
    assert!(text.contains("壹万零陆佰圆整 ¥10600.00"), "{text}");
    let rows = text
        .lines()
        .filter(|l| l.contains("*餐饮服务*餐费"))
        .count();
    assert!(rows >= 9, "each row of items a line of its own: {rows}");
}

/// Text objects drawn through a transform (`CTM`, as WPS and other writers set it) are placed where
/// the transform puts them: here the second line is written first, scaled by half and moved down.
#[test]
fn text_set_through_a_transform_is_placed_where_it_is_drawn() {
    let page = r#"<ofd:Page><ofd:Content><ofd:Layer>
        <ofd:TextObject Boundary="0 0 210 297" Size="10" CTM="0.5 0 0 0.5 20 50"><ofd:TextCode X="0" Y="10">第二行的文字。</ofd:TextCode></ofd:TextObject>
        <ofd:TextObject Boundary="20 30 100 6" Size="5"><ofd:TextCode X="0" Y="5">第一行。</ofd:TextCode></ofd:TextObject>
    </ofd:Layer></ofd:Content></ofd:Page>"#;
    assert_eq!(
        docview::decode::ofd::page_text(page),
        "第一行。\n第二行的文字。\n"
    );
}
