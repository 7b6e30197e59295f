//! Headings without numbers (issue 37): short lines standing alone above their paragraphs, and
//! bold Markdown paragraphs, are sections; poems, addresses, name lists, signatures and a
//! speech's one-line paragraphs are not.
//!
//! The held-out set is real: the 53 typical cases of LawRefBook/Laws (`tests/fixtures/unnumbered/
//! cases`, SOURCES.tsv), whose Markdown marks each section `##`. Their `#` marks taken away, they
//! are the text a reader copies from a court's page; the Markdown's own headings are the answer.

use docview::check::check;
use docview::model::{Document, NumberKind, Section};
use docview::parse::parse;
use std::collections::HashMap;
use std::path::Path;

/// Every heading in reading order: (level, title, kind).
fn headings(doc: &Document) -> Vec<(u8, String, NumberKind)> {
    fn walk(doc: &Document, sections: &[Section], out: &mut Vec<(u8, String, NumberKind)>) {
        for s in sections {
            let title = doc.text(s.heading.title).to_string();
            out.push((s.heading.level, title, s.heading.numbering.kind));
            walk(doc, &s.children, out);
        }
    }
    let mut out = Vec::new();
    walk(doc, &doc.sections, &mut out);
    out
}

fn unnumbered(doc: &Document) -> Vec<String> {
    headings(doc)
        .into_iter()
        .filter(|h| h.2 == NumberKind::Unnumbered)
        .map(|h| h.1)
        .collect()
}

/// The Markdown with its `#` marks taken away: what a reader copies from the web page.
fn as_plain_text(markdown: &str) -> String {
    markdown
        .lines()
        .map(|line| line.trim_start_matches('#').trim_start())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_typical_cases_copied_as_plain_text_have_their_sections() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unnumbered/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 50, "{} case files", files.len());
    let (mut found, mut expected, mut right, mut right_level) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for path in &files {
        let markdown = std::fs::read_to_string(path).unwrap();
        let truth = headings(&parse(markdown.clone()));
        let read = headings(&parse(as_plain_text(&markdown)));
        expected += truth.len();
        found += read.len();
        // Matched by title, in order of the truth; the level compared where matched.
        let mut left: HashMap<&str, Vec<u8>> = HashMap::new();
        for (level, title, _) in &read {
            left.entry(title.as_str()).or_default().push(*level);
        }
        for (level, title, _) in &truth {
            match left
                .get_mut(title.as_str())
                .and_then(|l| (!l.is_empty()).then(|| l.remove(0)))
            {
                Some(read_level) => {
                    right += 1;
                    right_level += usize::from(read_level == *level);
                }
                None => misses.push(format!("{}: {title}", path.display())),
            }
        }
    }
    let precision = right as f64 / found as f64;
    let recall = right as f64 / expected as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let levels = right_level as f64 / right as f64;
    eprintln!("cases: {expected} headings, {found} found, {right} right: precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}, levels {levels:.3}");
    for miss in misses.iter().take(10) {
        eprintln!("  missed {miss}");
    }
    assert!(f1 >= 0.95, "heading F1 {f1:.3}");
    assert!(levels >= 0.95, "levels {levels:.3}");
}

#[test]
fn a_case_report_with_short_lines_is_in_sections() {
    let text = "\
加班费的仲裁时效应当如何认定

基本案情

张某于2016年7月入职某建筑公司从事施工管理工作，2019年2月离职。工作期间，张某存在加班情形，但某建筑公司未支付其加班费。

申请人请求

请求裁决某建筑公司支付加班费46293元。

处理结果

仲裁委员会裁决：某建筑公司支付张某加班费18120元。

典型意义

获取劳动报酬权是劳动权益中最基本、最重要的权益，法律对于拖欠劳动报酬争议设置了特别仲裁时效。
";
    let doc = parse(text.to_string());
    assert_eq!(
        doc.title(),
        Some("加班费的仲裁时效应当如何认定".to_string())
    );
    assert_eq!(
        headings(&doc)
            .iter()
            .map(|h| (h.0, h.1.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "基本案情"),
            (1, "申请人请求"),
            (1, "处理结果"),
            (1, "典型意义")
        ]
    );
    // The check reads no numbering into them.
    assert!(check(&doc).is_empty(), "{:?}", check(&doc));
}

#[test]
fn bare_subheadings_under_numbered_parts_are_one_level_down() {
    let text = "\
市档案馆2023年工作总结

2023年，市档案馆在市委、市政府的坚强领导下，围绕中心、服务大局，各项工作取得新进展。现将有关情况总结如下。

一、主要工作

档案资源建设

全年接收进馆档案2.3万卷、照片档案4100张，完成重点建设项目档案验收12个，馆藏结构进一步优化。

档案利用服务

全年接待查阅利用者8600人次，提供档案1.9万卷次，开通线上查档预约，办理跨馆出具档案证明320件。

二、存在问题

一是数字化进度不均衡，部分年代较早的档案尚未完成扫描；二是专业人才不足，库房管理人员年龄偏大。

三、下一步工作

继续推进馆藏档案数字化，力争2024年底完成80%的扫描任务，同时加强业务培训。
";
    let doc = parse(text.to_string());
    assert_eq!(
        headings(&doc)
            .iter()
            .map(|h| (h.0, h.1.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "主要工作"),
            (2, "档案资源建设"),
            (2, "档案利用服务"),
            (1, "存在问题"),
            (1, "下一步工作"),
        ]
    );
}

#[test]
fn minutes_and_an_english_report_and_bold_markdown() {
    let minutes = "\
市政府第十五次常务会议纪要

2024年6月12日，市长主持召开市政府第十五次常务会议，研究城市更新和防汛工作。现将会议议定事项纪要如下。

会议议定事项

会议原则同意《城市更新三年行动方案》，由市住房城乡建设局根据会议意见修改完善后按程序印发实施。

会议要求各区、各部门压实防汛责任，6月底前完成全部易涝点排查整治，确保安全度汛。

出席人员

市长、常务副市长、副市长，市政府秘书长，市住房城乡建设局、市水务局主要负责同志。
";
    assert_eq!(
        unnumbered(&parse(minutes.to_string())),
        ["会议议定事项", "出席人员"]
    );

    let report = "\
Annual Review of the Records Office

Background

The Records Office keeps the county's deeds, minutes and court records. This review covers the fiscal year that ended on June 30.

Findings

Requests for records rose by a fifth over the year, and nine in ten were answered within five working days.

Recommendations

The office should finish scanning the deeds recorded before 1950 and publish an index of them online.
";
    assert_eq!(
        unnumbered(&parse(report.to_string())),
        ["Background", "Findings", "Recommendations"]
    );

    let bold = "\
# 某区人民法院发布劳动争议典型案例

**基本案情**

李某与某公司签订劳动合同，约定月工资6000元。公司以经营困难为由拖欠李某三个月工资。

**裁判结果**

法院判决某公司支付李某拖欠的工资18000元及经济补偿金。
";
    assert_eq!(
        unnumbered(&parse(bold.to_string())),
        ["基本案情", "裁判结果"]
    );
}

#[test]
fn poems_addresses_names_signatures_and_a_speechs_short_lines_stay_paragraphs() {
    let traps = [
        // A modern poem: short lines with no punctuation, one after another.
        "\
乡愁

小时候
乡愁是一枚小小的邮票
我在这头
母亲在那头

长大后
乡愁是一张窄窄的船票
我在这头
新娘在那头
",
        // An address block and a list of names.
        "\
关于召开年度工作会议的通知

各单位：

定于2024年1月10日上午9时在市政府三楼会议室召开年度工作会议，请各单位主要负责同志准时参加。

联系人
王小明
李红
张伟

市政府办公室
2024年1月3日
",
        // A speech's one-line paragraphs.
        "\
在表彰大会上的讲话

同志们：

今天，我们隆重召开表彰大会，表彰过去一年涌现出的先进集体和先进个人。

谢谢大家！

让我们以更加饱满的热情，投入到新的工作中去，为全市经济社会发展作出新的更大贡献。

谢谢大家！
",
        // One short line, not a usual section's name: not enough to go on.
        "\
致读者

这本书写了三年，其间几易其稿，感谢所有帮助过我的朋友和同事。

书中的错误，由我一人负责，欢迎读者批评指正，来信请寄出版社转交。

写于北京
",
    ];
    for trap in traps {
        assert_eq!(
            unnumbered(&parse(trap.to_string())),
            Vec::<String>::new(),
            "{trap}"
        );
    }
}
