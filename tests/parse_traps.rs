//! The traps of real documents, one test each: variant brackets and digits in numbering, headings
//! sharing a line with their body, numbered paragraphs that are not headings, titles over two lines,
//! salutations, blank lines in any number, indents kept but not shown.

use docview::model::{outline, BlockKind, Document};
use docview::parse::{parse, sentences};

fn doc(text: &str) -> Document {
    parse(text.to_string())
}

/// Headings as `level text`, in reading order.
fn headings(d: &Document) -> Vec<String> {
    d.sections_in_order()
        .iter()
        .map(|s| format!("{} {}", s.heading.level, d.text(s.heading.text)))
        .collect()
}

fn kinds(d: &Document) -> Vec<BlockKind> {
    d.front
        .iter()
        .chain(d.sections_in_order().iter().flat_map(|s| s.blocks.iter()))
        .chain(&d.closing)
        .map(|b| b.kind)
        .collect()
}

#[test]
fn chinese_levels_with_variant_brackets_digits_and_dots() {
    let d = doc("一、总体要求\n(一)指导思想\n１．坚持原则\n（1）第一点\n①细目\n（2）第二点\n2．再议\n（二）基本原则\n二、主要任务\n");
    assert_eq!(
        headings(&d),
        [
            "1 一、总体要求",
            "2 (一)指导思想",
            "3 １．坚持原则",
            "4 （1）第一点",
            "5 ①细目",
            "4 （2）第二点",
            "3 2．再议",
            "2 （二）基本原则",
            "1 二、主要任务",
        ]
    );
}

#[test]
fn a_heading_sharing_its_line_keeps_the_body_as_text_of_its_section() {
    let d = doc("一、任务\n（一）构建高水平市场体系。坚持平等准入，公正监管。\n");
    let section = &d.sections[0].children[0];
    assert_eq!(d.text(section.heading.text), "（一）构建高水平市场体系。");
    assert_eq!(d.text(section.heading.title), "构建高水平市场体系。");
    assert_eq!(d.text(section.blocks[0].text), "坚持平等准入，公正监管。");
}

#[test]
fn law_units_nest_and_articles_keep_their_text_and_items() {
    let d = doc("第一编 总则\n第一章 基本规定\n第一节 一般规定\n第一百零一条 为了规范，制定本法。\n（一）第一项；\n（二）第二项。\n第二节 其他\n第一百零二条 本法自公布之日起施行。\n第二章 附则\n");
    assert_eq!(
        headings(&d),
        [
            "1 第一编 总则",
            "2 第一章 基本规定",
            "3 第一节 一般规定",
            "4 第一百零一条",
            "3 第二节 其他",
            "4 第一百零二条",
            "2 第二章 附则"
        ]
    );
    let article = &d.sections[0].children[0].children[0].children[0];
    assert_eq!(d.text(article.blocks[0].text), "为了规范，制定本法。");
    let items: Vec<BlockKind> = article.blocks[1..].iter().map(|b| b.kind).collect();
    assert_eq!(items, [BlockKind::Item, BlockKind::Item]);
    assert!(article.children.is_empty(), "items are not sections");
}

#[test]
fn markdown_levels_are_relative_to_each_file() {
    let two = doc("# 某法\n\n## 第一章 总则\n\n第一条 内容。\n");
    let three = doc("# 某法\n\n### 第一章 总则\n\n第一条 内容。\n");
    assert_eq!(headings(&two), ["1 第一章 总则", "2 第一条"]);
    assert_eq!(headings(&three), headings(&two));
    assert_eq!(two.title().as_deref(), Some("某法"));
}

#[test]
fn english_numbering() {
    // Each heading has text of its own: numbered lines with nothing between them are a list.
    let d = doc("Article I.\nSection 1.\nText.\nArticle. II.\nSection. 1.\nI. Scope\nA. Terms\nText.\nB. Rules\nText.\nII. Limits\n1. First\n1.1 Detail\nText.\n2. Second\n");
    assert_eq!(
        headings(&d),
        [
            "1 Article I.",
            "2 Section 1.",
            "1 Article. II.",
            "2 Section. 1.",
            "3 I. Scope",
            "4 A. Terms",
            "4 B. Rules",
            "3 II. Limits",
            "4 1. First",
            "5 1.1 Detail",
            "4 2. Second",
        ]
    );
}

#[test]
fn numbered_paragraphs_out_of_order_are_not_headings() {
    let d = doc("1.先帝创业未半而中道崩殂。\n3.宫中府中，俱为一体。\n2.侍中、侍郎郭攸之。\n");
    assert!(d.sections.is_empty(), "{:?}", headings(&d));
    assert_eq!(d.front.len(), 3);
}

#[test]
fn key_points_of_each_kind() {
    let d = doc("一、工作\n总的看。要完善运行机制。坚持不懈地抓好各项工作的落实。\n一是加大力度。二是依靠创新。\n首先，统一思想。\n——经济回升向好。国内生产总值增长。\n");
    let points: Vec<&str> = d.key_points.iter().map(|k| d.text(k.span)).collect();
    assert_eq!(
        points,
        [
            "要完善运行机制。",
            "一是加大力度。",
            "二是依靠创新。",
            "首先，统一思想。",
            "——经济回升向好。"
        ]
    );
    assert_eq!(d.key_points[0].id, "s1-k1");
}

#[test]
fn title_split_over_two_lines_number_addressee_attachment() {
    let d = doc("\n国务院办公厅关于复制推广\n\n营商环境创新试点改革举措的通知\n\n国办发〔2022〕35号\n\n各省、自治区、直辖市人民政府：\n\n正文第一段。\n\n一、任务\n\n正文。\n\n附件：清单\n");
    assert_eq!(
        d.title().as_deref(),
        Some("国务院办公厅关于复制推广营商环境创新试点改革举措的通知")
    );
    assert_eq!(
        kinds(&d),
        [
            BlockKind::Blank,
            BlockKind::Title,
            BlockKind::DocumentNumber,
            BlockKind::Addressee,
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::Attachment
        ]
    );
    assert_eq!(headings(&d), ["1 一、任务"]);
}

#[test]
fn salutations_anywhere_signature_and_date_at_the_end() {
    let d = doc("各位代表：\n现在报告工作。\n一、回顾\n过去一年。\n各位代表！\n新的一年。\n国务院办公厅\n2022年9月7日\n");
    assert_eq!(
        kinds(&d),
        [
            BlockKind::Salutation,
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::Salutation,
            BlockKind::Paragraph,
            BlockKind::Signature,
            BlockKind::Date
        ]
    );
    assert_eq!(
        d.closing.len(),
        2,
        "signature and date follow the last section"
    );
}

#[test]
fn paragraph_breaks_with_no_one_or_several_blank_lines() {
    let d = doc("甲。\n乙。\n\n丙。\n\n\n\n丁。\r\n戊。\r己。");
    let texts: Vec<&str> = d.front.iter().map(|b| d.text(b.text)).collect();
    assert_eq!(texts, ["甲。", "乙。", "丙。", "丁。", "戊。", "己。"]);
}

#[test]
fn indents_and_trailing_spaces_are_kept_but_not_shown() {
    let d = doc("\u{3000}\u{3000}根据规定，调整如下：\u{3000}\n");
    let block = d.front[0];
    assert_eq!(d.text(block.text), "根据规定，调整如下：");
    assert_eq!(
        d.text(block.span),
        "\u{3000}\u{3000}根据规定，调整如下：\u{3000}\n"
    );
}

#[test]
fn a_document_without_headings_is_a_list_of_paragraphs() {
    let d = doc("晋太元中，武陵人捕鱼为业。\n\n林尽水源，便得一山。\n");
    assert!(d.sections.is_empty());
    assert_eq!(outline(&d), "paragraphs: 2\n");
}

#[test]
fn sentences_end_with_their_closing_quotes() {
    let text = "他说：“要改。”我们照办！真的吗？";
    let split: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(split, ["他说：“要改。”", "我们照办！", "真的吗？"]);
}

#[test]
fn ids_follow_positions() {
    let d = doc("一、甲\n（一）子\n内容。\n（二）丑\n内容。\n二、乙\n");
    let ids: Vec<&str> = d
        .sections_in_order()
        .iter()
        .map(|s| s.heading.id.as_str())
        .collect();
    assert_eq!(ids, ["s1", "s1-1", "s1-2", "s2"]);
}

#[test]
fn numbered_lines_with_nothing_between_them_are_a_list() {
    let d = doc("关于废止部分文件的通知\n\n各单位：\n\n经研究，决定废止下列文件：\n\n1．关于甲的决定\n2．关于乙的决定\n3．关于丙的决定\n\n特此通知。\n");
    assert_eq!(headings(&d), Vec::<String>::new());
    let lists: Vec<&str> = d
        .front
        .iter()
        .filter(|b| b.kind == BlockKind::ListItem)
        .map(|b| d.text(b.text))
        .collect();
    assert_eq!(
        lists,
        ["1．关于甲的决定", "2．关于乙的决定", "3．关于丙的决定"]
    );
    assert!(!outline(&d).contains("关于甲"), "{}", outline(&d));
    // In a law, after its last article: the items of that article, not sections either.
    let d = doc("某法\n\n第一条 本法自公布之日起施行。下列决定同时废止：\n\n1．关于甲的决定\n2．关于乙的决定\n");
    assert_eq!(headings(&d), ["1 第一条"]);

    // The last line of a run keeps its section when a heading below it follows.
    let d = doc("一、甲\n二、乙\n三、丙\n（一）子\n内容。\n");
    assert_eq!(headings(&d), ["1 三、丙", "2 （一）子"]);
    assert_eq!(kinds(&d)[..2], [BlockKind::ListItem, BlockKind::ListItem]);
}

#[test]
fn a_table_of_contents_stays_one() {
    let d = doc("中华人民共和国某法\n\n目　　录\n\n第一章　总　　则\n\n第二章　附　　则\n\n第一章　总　　则\n\n第一条 为了规范。\n\n第二章　附　　则\n\n第二条 本法施行。\n");
    assert_eq!(
        headings(&d),
        [
            "1 第一章　总　　则",
            "2 第一条",
            "1 第二章　附　　则",
            "2 第二条"
        ]
    );
    let contents: Vec<&str> = d
        .front
        .iter()
        .filter(|b| b.kind == BlockKind::Contents)
        .map(|b| d.text(b.text))
        .collect();
    assert_eq!(
        contents,
        ["目　　录", "第一章　总　　则", "第二章　附　　则"]
    );
}
