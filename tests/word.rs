//! Word documents (tests/fixtures/word, made by scripts/word-fixtures.py with python-docx, part
//! by part by hand, and with LibreOffice): the outline their authors made with heading styles,
//! Chinese style names and automatic numbering, written down from what each file holds; what is
//! taken from the body; and the files that are not Word documents, each refused with what it is.

use docview::decode::docx::zip::{Inflater, ZipError};
use docview::decode::docx::{self, WordProblem};
use docview::decode::{
    open, open_with, DecodeError, Native, Notice, Opened, Platform, MAX_TEXT_BYTES,
};
use docview::model::outline;
use docview::parse::parse;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

fn opened(name: &str) -> Opened {
    let path = format!("{}/tests/fixtures/word/{name}", env!("CARGO_MANIFEST_DIR"));
    open(&std::fs::read(&path).unwrap(), name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn outline_of(name: &str) -> String {
    outline(&parse(opened(name).text))
}

fn refused(name: &str) -> DecodeError {
    let path = format!(
        "{}/tests/fixtures/word/bad/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    open(&std::fs::read(&path).unwrap(), name).expect_err(name)
}

#[test]
fn heading_styles_and_the_title_style_make_the_outline() {
    assert_eq!(
        outline_of("headings.docx"),
        "title: 关于复制推广营商环境创新试点改革举措的通知\nparagraphs: 5\n\
         # 一、复制推广的改革举措\n## （一）进一步破除区域分割和地方保护等不合理限制\n\
         ## （二）健全更加开放透明的市场主体准入和退出机制\n# 二、切实做好组织实施\n"
    );
}

#[test]
fn chinese_style_names_and_styles_based_on_them_are_headings() {
    // 标题 1, 标题 2, and 我的章标题 (based on 标题 1); 第一条 is typed, found by the parser.
    assert_eq!(
        outline_of("chinese_styles.docx"),
        "paragraphs: 3\n# 总则\n## 第一条\n## 适用范围\n# 附则\n"
    );
}

#[test]
fn automatic_numbering_is_the_number_the_author_saw() {
    assert_eq!(
        outline_of("numbering.docx"),
        "title: 州人大常委会2025年工作要点\nparagraphs: 5\n# 一、总体要求\n# 二、主要任务\n\
         ## （一）加强立法工作\n## （二）加强监督工作\n# 三、工作要求\n"
    );
    let text = opened("numbering.docx").text;
    assert!(
        text.contains("\n\n1.制定民族团结进步条例。\n\n2.修订城乡规划条例。\n\n"),
        "{text}"
    );
    assert!(
        text.contains("\n\n（1）听取审议专项工作报告。\n\n"),
        "{text}"
    );
}

#[test]
fn a_document_without_styles_is_read_like_text() {
    // The title centred in 二号; the headings typed.
    assert_eq!(
        outline_of("typed.docx"),
        "title: 州人民政府办公室关于做好冬季安全生产工作的通知\nparagraphs: 4\n# 一、提高思想认识\n# 二、强化责任落实\n\
         ## （一）压实属地责任\n## （二）压实部门责任\n"
    );
}

#[test]
fn tables_notes_tracked_changes_fields_text_boxes_and_split_runs() {
    let word = opened("features.docx");
    assert_eq!(word.notice, Some(Notice::TrackedChanges));
    assert_eq!(
        word.text,
        "# 监督工作\n\n依法开展执法检查[1]，听取审议报告。\n\n本条新加的文字保留。\n\n甲\t乙\n丙\n\n7页\n\n文本框里的字\n\n正文\n\n\
         # 代表工作\n\n密切联系人民群众[2]。\n\n[1] 见《中华人民共和国各级人民代表大会常务委员会监督法》。\n\n[2] 代表法第四条。\n"
    );
    assert_eq!(
        outline(&parse(word.text)),
        "paragraphs: 10\n# 监督工作\n# 代表工作\n"
    );
    let table = opened("headings.docx").text;
    assert!(
        table.contains("\n\n举措\t牵头部门\t完成时限\n\n一照多址\t市场监管总局\t2022年底\n\n"),
        "{table}"
    );
    assert_eq!(opened("headings.docx").notice, None);
}

#[test]
fn what_is_not_a_word_document_is_named() {
    assert_eq!(
        refused("damaged.docx"),
        DecodeError::Word(WordProblem::Damaged)
    );
    assert_eq!(
        refused("password.docx"),
        DecodeError::Word(WordProblem::Encrypted)
    );
    assert_eq!(
        refused("bomb.docx"),
        DecodeError::Word(WordProblem::TooLarge)
    );
    assert!(refused("old.doc")
        .in_chinese()
        .contains("旧版 Word 文档（.doc"));
    assert!(refused("old.wps").in_chinese().contains("WPS"));
    assert!(refused("sheet.docx")
        .in_english()
        .contains("Excel workbook (.xlsx)"));
    assert!(refused("slides.docx")
        .in_english()
        .contains("PowerPoint presentation (.pptx)"));
}

#[test]
fn libreoffice_a_notice_typed_without_styles_reads_as_its_text_does() {
    let expected = std::fs::read_to_string(format!(
        "{}/tests/outlines/notice_国办发2022_35号_营商环境.txt.outline",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(outline_of("libreoffice_notice.docx"), expected);
}

#[test]
fn libreoffice_heading_styles_and_list_numbers() {
    assert_eq!(
        outline_of("libreoffice_headings.docx"),
        "title: 州人大常委会关于加强预算审查监督的决定\nparagraphs: 8\n# 一、加强预算编制的审查\n## （一）初步审查\n# 二、加强预算执行的监督\n"
    );
    let text = opened("libreoffice_headings.docx").text;
    assert!(
        text.contains("\n\n1. 听取州财政部门的汇报；\n\n2. 提出初步审查意见。\n\n"),
        "{text}"
    );
    assert!(
        text.contains("\n\n预算执行情况报告\t每年七月\n\n"),
        "{text}"
    );
}

/// The native inflater made to wait once for each part, as the browser's `DecompressionStream`
/// does.
struct Waiting;

impl Inflater for Waiting {
    fn inflate(
        &self,
        deflated: &[u8],
        limit: usize,
    ) -> impl Future<Output = Result<Vec<u8>, ZipError>> {
        let mut inflated = Some(docview::decode::ready(Native.inflate(deflated, limit)));
        let mut waited = false;
        std::future::poll_fn(move |_| match std::mem::replace(&mut waited, true) {
            false => Poll::Pending,
            true => Poll::Ready(
                inflated
                    .take()
                    .expect("polled once more after it was ready"),
            ),
        })
    }
}

impl Platform for Waiting {
    fn word(
        &self,
        bytes: &[u8],
    ) -> impl std::future::Future<Output = Result<docx::Word, docx::WordProblem>> {
        docx::read(bytes, MAX_TEXT_BYTES, self)
    }

    fn pdf(
        &self,
        bytes: &[u8],
    ) -> impl Future<Output = Result<docview::decode::pdf::Pdf, docview::decode::pdf::PdfProblem>>
    {
        Native.pdf(bytes)
    }

    fn gb18030(&self, bytes: &[u8]) -> Option<String> {
        Native.gb18030(bytes)
    }

    fn article(&self, html: &str) -> Option<String> {
        Native.article(html)
    }
}

/// `future` polled until it is ready, and how many times it waited.
fn run<T>(future: impl Future<Output = T>) -> (T, usize) {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    (0..)
        .find_map(|waits| match future.as_mut().poll(&mut context) {
            Poll::Ready(outcome) => Some((outcome, waits)),
            Poll::Pending => None,
        })
        .unwrap()
}

#[test]
fn an_inflater_that_waits_reads_each_file_as_the_native_one_does() {
    let word = format!("{}/tests/fixtures/word", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = ["", "/bad"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(format!("{word}{dir}")).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 14, "{names:?}");
    for path in &names {
        let bytes = std::fs::read(path).unwrap();
        let (waiting, waits) = run(open_with(&bytes, path, &Waiting));
        assert_eq!(waiting, open(&bytes, path), "{path}");
        // Every Word file here has deflated parts: the text came after the inflater waited.
        if waiting.is_ok() {
            assert!(waits >= 1, "{path}");
        }
    }
    let bomb = std::fs::read(format!("{word}/bad/bomb.docx")).unwrap();
    let (refused, waits) = run(open_with(&bomb, "bomb.docx", &Waiting));
    assert_eq!(refused, Err(DecodeError::Word(WordProblem::TooLarge)));
    assert!(waits >= 1);
}

/// In the page a Word file is read by the second wasm, in its worker, and crosses back as a list
/// of strings (`docx::wire`): every fixture's reading, text or problem, arrives as it left.
#[test]
fn a_reading_crosses_from_the_worker_whole() {
    let word = format!("{}/tests/fixtures/word", env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<_> = ["", "/bad"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(format!("{word}{dir}")).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    let mut problems = std::collections::BTreeSet::new();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let read = match docview::decode::ready(Native.word(&bytes)) {
            Err(WordProblem::Damaged) if bytes.starts_with(b"\xD0\xCF\x11\xE0") => {
                Err(docx::old_format(&bytes, &path.to_string_lossy()))
            }
            read => read,
        };
        if let Err(problem) = &read {
            problems.insert(problem.in_english());
        }
        assert_eq!(
            docx::wire::decode(docx::wire::encode(&read)),
            Some(read),
            "{path:?}"
        );
    }
    assert!(problems.len() >= 5, "{problems:?}");
    let ofd = Err(WordProblem::OfdUnreadable);
    assert_eq!(docx::wire::decode(docx::wire::encode(&ofd)), Some(ofd));
    let not_word = Err(WordProblem::NotWord("ZIP 压缩包"));
    assert_eq!(
        docx::wire::decode(docx::wire::encode(&not_word)),
        Some(not_word)
    );
    for bad in [
        vec![],
        vec!["text".to_string(), "2".to_string(), "x".to_string()],
        vec![
            "problem".to_string(),
            "old-format".to_string(),
            "99".to_string(),
        ],
    ] {
        assert_eq!(docx::wire::decode(bad.clone()), None, "{bad:?}");
    }
}
