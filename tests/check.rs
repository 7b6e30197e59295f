//! The drafters' check: one test per kind of problem on a short text written for it, and every
//! document of the corpus checked, each problem found there listed with why it is real.

use docview::check::{check, Problem};
use docview::parse::parse;

fn problems(text: &str) -> Vec<Problem> {
    check(&parse(text.to_string()))
}

/// The problems as `kind place`.
fn found(text: &str) -> Vec<String> {
    problems(text)
        .iter()
        .map(|p| format!("{} {}", p.kind.name(), p.place))
        .collect()
}

const SPEECH_HEAD: &str = "在全省工作会议上的讲话\n\n同志们：\n\n今天召开会议，部署工作。\n\n";

#[test]
fn a_gap_in_chinese_sections_even_where_the_parser_saw_body_text() {
    let text = format!("{SPEECH_HEAD}一、统一思想\n\n要提高认识。\n\n二、明确任务\n\n要抓好落实。\n\n四、加强领导\n\n要压实责任。\n");
    assert_eq!(found(&text), ["gap 四、"]);
    let p = &problems(&text)[0];
    assert!(p.zh.contains("缺少三、"), "{}", p.zh);
    assert!(p.en.contains("三、 is missing"), "{}", p.en);
}

#[test]
fn gaps_at_every_level_and_in_statutes() {
    assert_eq!(
        found("一、总则\n（一）范围\n内容。\n（三）原则\n内容。\n"),
        ["gap （三）"]
    );
    assert_eq!(found("一、要求\n1.第一项内容\n3.第三项内容\n"), ["gap 3."]);
    assert_eq!(found("一、要求\n①第一项\n③第三项\n"), ["gap ③"]);
    assert_eq!(
        found("第一章 总则\n第一条 为了规范。\n第二章 分则\n第二条 内容。\n第三条 内容。\n第五条 内容。\n第四章 附则\n第六条 施行。\n"),
        ["gap 第五条", "gap 第四章"],
        "articles run on across chapters; chapters and articles both checked"
    );
    assert_eq!(
        found("第一章 总则\n第一节 一般规定\n第一条 内容。\n第三节 特别规定\n第二条 内容。\n"),
        ["gap 第三节"]
    );
    let statute = problems("第十三条 内容。\n第十四条 内容。\n第十六条 内容。\n");
    assert!(
        statute
            .iter()
            .any(|p| p.place == "第十六条" && p.zh.contains("缺少第十五条")),
        "{statute:?}"
    );
}

#[test]
fn duplicates_and_numbers_out_of_order() {
    assert_eq!(
        found("一、总则\n（一）范围\n内容。\n（二）原则\n内容。\n（二）目标\n内容。\n"),
        ["duplicate （二）"]
    );
    assert_eq!(
        found("第一条 内容。\n第二条 内容。\n第二条 内容。\n第三条 内容。\n"),
        ["duplicate 第二条"]
    );
    assert_eq!(
        found("一、甲\n内容。\n二、乙\n内容。\n四、丁\n内容。\n三、丙\n内容。\n五、戊\n内容。\n"),
        ["gap 四、", "order 三、"]
    );
}

#[test]
fn a_new_list_in_a_new_paragraph_starts_again() {
    let text = "第一条 有下列情形之一的，不予受理：\n（一）超过期限；\n（二）不属于范围。\n有下列情形之一的，予以驳回：\n（一）无理由；\n（二）材料虚假。\n第二条 内容。\n";
    assert_eq!(found(text), Vec::<String>::new());
}

#[test]
fn levels_used_out_of_order() {
    assert_eq!(
        found("一、总则\n1.范围\n内容。\n（一）甲项\n内容。\n（二）乙项\n内容。\n2.原则\n内容。\n"),
        ["level （一）"]
    );
    assert_eq!(
        found("（一）前言\n内容。\n一、总则\n内容。\n二、分则\n内容。\n"),
        ["level （一）"]
    );
    // Numbered on through the sections: a style some drafters use, not a slip.
    assert_eq!(
        found("一、甲\n1.子一\n内容。\n2.子二\n内容。\n二、乙\n3.子三\n内容。\n"),
        Vec::<String>::new()
    );
}

#[test]
fn one_sequence_in_two_forms() {
    assert_eq!(found("一、要求\n1.第一项\n2．第二项\n"), ["mixed 2．"]);
    assert_eq!(
        found("一、总则\n（一）范围\n内容。\n(二)原则\n内容。\n"),
        ["mixed (二)"]
    );
    assert_eq!(
        found("一、总则\n内容。\n二．分则\n内容。\n"),
        ["mixed 二．"]
    );
}

#[test]
fn an_announced_count_the_text_does_not_keep() {
    let four = format!("{SPEECH_HEAD}下面，我讲三点意见。\n\n一、甲\n\n内容。\n\n二、乙\n\n内容。\n\n三、丙\n\n内容。\n\n四、丁\n\n内容。\n");
    assert_eq!(found(&four), ["count 讲三点意见"]);
    assert!(
        problems(&four)[0].zh.contains("四"),
        "{}",
        problems(&four)[0].zh
    );
    let kept = four.replace("三点意见", "四点意见");
    assert_eq!(found(&kept), Vec::<String>::new());
    assert_eq!(
        found("今年要从四个方面推进：一是加强领导；二是完善制度；三是强化监督。\n"),
        ["count 从四个方面"]
    );
    assert_eq!(
        found("我强调两点。\n\n一是提高认识。\n\n二是狠抓落实。\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        found("我强调两点。\n\n一是提高认识。\n\n二是狠抓落实。\n\n三是加强督查。\n"),
        ["count 强调两点"]
    );
    assert_eq!(
        found("主要做好以下五项工作：\n1.甲项\n2.乙项\n3.丙项\n4.丁项\n"),
        ["count 以下五项工作"]
    );
    // A count in a narrative sentence announces nothing.
    assert_eq!(
        found("我们在三个方面取得了进展。\n\n一、甲\n\n内容。\n"),
        Vec::<String>::new()
    );
}

#[test]
fn paired_punctuation_within_a_paragraph() {
    assert_eq!(
        found("根据《中华人民共和国行政复议法的规定，办理案件。\n"),
        ["pair 根据《中华人民共和国…"]
    );
    assert_eq!(
        found("依照行政复议法》办理。\n"),
        ["pair …政复议法》办理。"]
    );
    assert_eq!(found("他说：“要落实“责任”。\n"), ["pair …“要落实“责任”。"]);
    assert_eq!(
        found("（一）范围\n这一条（见附件）说明了范围）。\n"),
        ["pair …明了范围）。"]
    );
    assert_eq!(found("请见【附件一。\n"), ["pair 请见【附件一。"]);
    // Closed properly; a quotation over two paragraphs opens both and closes the second.
    assert_eq!(
        found("《关于〈决定〉的说明》和“‘两个确立’”。\n"),
        Vec::<String>::new()
    );
    assert_eq!(found("他说：“第一段。\n“第二段。”\n"), Vec::<String>::new());
    assert_eq!(
        found("1）第一项\n2）第二项\n"),
        Vec::<String>::new(),
        "a number closed by a parenthesis"
    );
}

#[test]
fn references_to_articles_of_the_same_law() {
    let law = "第一条 为了规范，制定本法。\n第二条 适用本法第一条的规定。\n前款规定以外的，依照本法第三条。\n第三条 依照本法第二条第二款、第三款和本法第五条的规定。\n第三条之一 依照本法第三条之一第一款办理。\n第四条 前款所称，依照本法第三条之二。\n";
    assert_eq!(
        found(law),
        [
            "reference 本法第二条第二款、第三款",
            "reference 本法第五条",
            "reference 前款",
            "reference 本法第三条之二"
        ],
        "{:#?}",
        problems(law)
    );
    let five = &problems(law)[1];
    assert!(five.zh.contains("只有四条"), "{}", five.zh);
}

#[test]
fn doubled_and_half_width_punctuation() {
    assert_eq!(
        found("会议听取了报告。。会议认为，，工作扎实。\n"),
        ["punctuation 报告。。会议", "punctuation 认为，，工作"]
    );
    assert_eq!(
        found("会议认为,工作扎实;成效明显:值得肯定?\n"),
        [
            "punctuation 认为,工作",
            "punctuation 扎实;成效",
            "punctuation 明显:值得"
        ]
    );
    assert_eq!(
        found("In 2024, revenue rose; costs fell: good?\n会议于10:30开始……——好。\n"),
        Vec::<String>::new()
    );
}

#[test]
fn lists_are_checked_and_a_table_of_contents_is_not_a_second_set_of_chapters() {
    assert_eq!(found("关于废止部分文件的通知\n\n经研究，决定废止下列文件：\n\n1．关于甲的决定\n2．关于乙的决定\n4．关于丁的决定\n"), ["gap 4．"]);
    let law = "某法\n\n目录\n\n第一章 总则\n\n第二章 附则\n\n第一章 总则\n\n第一条 为了规范。\n\n第二章 附则\n\n第二条 本法施行。\n";
    assert_eq!(found(law), Vec::<String>::new());
}

#[test]
fn the_sample_speech_reports_nothing_and_a_renumbered_section_one_gap() {
    let sample = docview::sample::TEXT;
    assert_eq!(found(sample), Vec::<String>::new());
    let renumbered = sample.replacen("\n三、", "\n四、", 1);
    assert_ne!(renumbered, sample);
    assert_eq!(found(&renumbered), ["gap 四、"]);
}

/// Every document of the corpus and of the versions, and what a proofreader would say of each
/// problem found: nothing else may be reported.
#[test]
fn no_false_alarms_on_real_documents() {
    let expected: &[(&str, &[&str], &str)] = &[
        (
            "corpus/classical_桃花源记.txt",
            &["punctuation 元中,武陵"],
            "晋太元中,武陵人: the transcription's one half-width comma among full-width ones",
        ),
        (
            "corpus/en_us_constitution.txt",
            &["mixed Article III."],
            "every other article is written `Article. II.`",
        ),
    ];
    let mut dirs: Vec<_> = ["tests/corpus", "tests/versions"]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    dirs.retain(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"));
    dirs.sort();
    assert!(dirs.len() >= 15, "{dirs:?}");
    for path in dirs {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path
            .strip_prefix("tests")
            .unwrap()
            .to_string_lossy()
            .to_string();
        let want: Vec<String> = expected
            .iter()
            .filter(|e| e.0 == name)
            .flat_map(|e| e.1.iter().map(|s| s.to_string()))
            .collect();
        assert_eq!(found(&text), want, "{name}: {:#?}", problems(&text));
    }
}

/// In the page the check runs in the second wasm, in its worker, and its problems cross back as
/// a list of strings (`check::wire`): every problem of the drafts written for the check arrives
/// as it left, and a list that does not fit the text is refused.
#[test]
fn the_problems_cross_from_the_worker_whole() {
    use docview::check::wire;
    let slips = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/check/slips.txt"
    ))
    .unwrap();
    let renumbered = docview::sample::TEXT.replace("\n三、", "\n四、");
    for text in [slips.as_str(), renumbered.as_str(), docview::sample::TEXT] {
        let found = problems(text);
        assert_eq!(
            wire::decode(wire::encode(&found), text),
            Some(found.clone())
        );
    }
    let found = problems(&slips);
    assert!(found.len() >= 5);
    let wire = wire::encode(&found);
    assert_eq!(
        wire::decode(wire.clone(), "短"),
        None,
        "spans past the text"
    );
    assert_eq!(
        wire::decode(wire[..wire.len() - 1].to_vec(), &slips),
        None,
        "a field missing"
    );
    let mut unknown = wire.clone();
    unknown[0] = "spelling".to_string();
    assert_eq!(
        wire::decode(unknown, &slips),
        None,
        "a kind the page does not know"
    );
}

/// The four false alarms the check gave on the LawRefBook/Laws collection (issue 38), and four
/// real slips beside them, each on the real document (tests/fixtures/check/real, SOURCES.tsv).
#[test]
fn real_laws_no_false_alarms_and_the_real_slips_kept() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/real");
    let read = |name: &str| {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        (parse(text.clone()), problems(&text))
    };
    let said = |problems: &[Problem]| -> Vec<String> {
        problems
            .iter()
            .map(|p| format!("{} {} {}", p.kind.name(), p.place, p.zh))
            .collect()
    };

    // A judicial interpretation's parts (一、…) hold its articles: no level problem, and the
    // outline nests the articles under the parts.
    let (doc, found) = read("parts_审理期限规定.md");
    assert!(
        found.iter().all(|p| p.kind.name() != "level"),
        "{:?}",
        said(&found)
    );
    assert_eq!(doc.sections.len(), 5, "five parts at the top");
    assert_eq!(
        doc.text(doc.sections[0].heading.text),
        "一、各类案件的审理、执行期限"
    );
    assert!(doc.sections[0]
        .children
        .iter()
        .any(|s| doc.text(s.heading.number) == "第一条"));

    // 前款 in the paragraph after an article's items: the second paragraph, nothing to say.
    let (_, found) = read("items_住宅物业管理规定.md");
    assert!(
        found.iter().all(|p| p.place != "前款"),
        "{:?}",
        said(&found)
    );

    // One 编 of the Civil Code: the references to other 编 are not checked, and the first
    // article says once that it may be an excerpt.
    let (_, found) = read("excerpt_民法典合同编.md");
    let references: Vec<_> = found
        .iter()
        .filter(|p| p.kind.name() == "reference")
        .collect();
    assert!(references.is_empty(), "{:?}", said(&found));
    let notes: Vec<_> = found.iter().filter(|p| p.zh.contains("节选")).collect();
    assert_eq!(notes.len(), 1, "{:?}", said(&found));
    assert_eq!(notes[0].place, "第四百六十三条");

    // `附件：1、…` on the attachment's line numbers the list that goes on below it.
    let (_, found) = read("attachments_交通警察执勤规范.md");
    assert!(found.iter().all(|p| p.place != "2、"), "{:?}", said(&found));
    assert!(
        said(&found).contains(&"gap 第二章 第二章之前没有第一章".to_string()),
        "the text has no 第一章: {:?}",
        said(&found)
    );

    // The real slips: items （一）–（三） run into one line, a chapter missing, 前款 in a first
    // paragraph, a reference past the last article of a copy cut short.
    for (name, expected) in [
        (
            "items_lost_人力资源市场条例.md",
            "gap （四） （四）之前没有（一）",
        ),
        (
            "chapter_missing_公共文化服务条例.md",
            "gap 第六章 第四章之后是第六章，缺少第五章",
        ),
        (
            "first_paragraph_注册商标解释.md",
            "reference 前款 前款：这是该条第一款，前面没有款",
        ),
        (
            "truncated_证券代表人诉讼规定.md",
            "reference 本规定第十二条 本规定第十二条：本规定只有七条",
        ),
    ] {
        let (_, found) = read(name);
        assert!(
            said(&found).contains(&expected.to_string()),
            "{name}: {:?}",
            said(&found)
        );
    }
}

#[test]
fn many_problems_of_one_kind_are_listed_by_the_first_few_and_a_count() {
    use docview::check::{listed, Kind, Listed};
    let kinds = [
        Kind::Gap,
        Kind::Punctuation,
        Kind::Punctuation,
        Kind::Punctuation,
        Kind::Pair,
        Kind::Punctuation,
        Kind::Punctuation,
        Kind::Punctuation,
    ];
    assert_eq!(
        listed(&kinds),
        [
            Listed::Problem(0),
            Listed::Problem(1),
            Listed::Problem(2),
            Listed::Problem(3),
            Listed::More {
                kind: Kind::Punctuation,
                count: 3
            },
            Listed::Problem(4),
        ]
    );
    // Five of a kind are all listed.
    assert_eq!(listed(&[Kind::Gap; 5]).len(), 5);
}
