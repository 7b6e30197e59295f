//! A PDF's text items (as pdf.js gives them, scripts/read-pdf.mjs) put in reading order: lines,
//! paragraphs, columns, page furniture, characters no font maps. The fixtures' PDFs themselves
//! are read in the browser, where pdf.js runs (tests/browser/pdf.test.mjs).

use docview::decode::pdf::{from_items, wire, Pdf, PdfProblem};

const HEIGHT: f64 = 842.0;

/// An item: where its baseline starts (x, y up from the page's foot), its size, its text; its
/// width is its characters' (a Chinese character as wide as the size, a Latin one half).
fn item(x: f64, y: f64, size: f64, text: &str) -> (Vec<f64>, String) {
    let width: f64 = text
        .chars()
        .map(|c| if c.is_ascii() { size * 0.5 } else { size })
        .sum();
    (
        vec![size, 0.0, 0.0, size, x, y, width, size],
        text.to_string(),
    )
}

fn pages(pages: Vec<Vec<(Vec<f64>, String)>>) -> (Vec<f64>, Vec<String>) {
    let (mut numbers, mut strings) = (Vec::new(), Vec::new());
    for page in pages {
        numbers.extend([595.0, HEIGHT, page.len() as f64]);
        for (n, s) in page {
            numbers.extend(n);
            strings.push(s);
        }
    }
    (numbers, strings)
}

/// A page of one line of `text`.
fn one_line(text: &str) -> Pdf {
    read(vec![vec![item(90.0, 700.0, 16.0, text)]])
}

fn read(list: Vec<Vec<(Vec<f64>, String)>>) -> Pdf {
    let (numbers, strings) = pages(list);
    from_items(&numbers, &strings).unwrap()
}

/// A Chinese paragraph set in lines of `per_line` characters from `top`, its first line indented
/// two characters, as items (one to a line).
fn chinese(text: &str, top: f64, per_line: usize) -> Vec<(Vec<f64>, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut at, mut line) = (0, 0);
    while at < chars.len() {
        let room = if line == 0 { per_line - 2 } else { per_line };
        let end = (at + room).min(chars.len());
        let x = if line == 0 { 90.0 + 32.0 } else { 90.0 };
        out.push(item(
            x,
            top - line as f64 * 28.0,
            16.0,
            &chars[at..end].iter().collect::<String>(),
        ));
        at = end;
        line += 1;
    }
    out
}

#[test]
fn chinese_lines_join_into_their_paragraphs_without_spaces_in_reading_order() {
    let first = "优化营商环境是培育和激发市场主体活力、增强发展内生动力的关键之举，党中央、国务院对此高度重视。2021年，国务院部署在北京开展试点。";
    let second = "相关地方和部门认真落实各项试点改革任务，积极探索创新，着力为市场主体减负担、破堵点、解难题，取得明显成效。";
    let mut page = chinese(first, 700.0, 26);
    let below = 700.0 - 28.0 * page.len() as f64;
    page.extend(chinese(second, below, 26));
    page.reverse();
    let pdf = read(vec![page]);
    assert_eq!(pdf.text, format!("{first}\n{second}\n"));
    assert_eq!(pdf.unmapped, 0);
}

#[test]
fn latin_lines_join_with_a_space_and_a_hyphenated_word_whole() {
    let lines = [
        "All legislative Powers herein granted shall be",
        "vested in a Congress of the United States, which",
        "shall consist of a Senate and House of Repre-",
        "sentatives.",
    ];
    let mut page: Vec<_> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| item(72.0, 700.0 - i as f64 * 12.0, 10.0, l))
        .collect();
    // The right edge of the text: a full line in another paragraph below, after a gap.
    page.push(item(
        72.0,
        640.0,
        10.0,
        "Section. 2. The House of Representatives shall",
    ));
    let pdf = read(vec![page]);
    assert_eq!(
        pdf.text.lines().next().unwrap(),
        "All legislative Powers herein granted shall be vested in a Congress of the United States, which shall consist of a Senate and House of Representatives."
    );
    assert_eq!(pdf.text.lines().count(), 2, "{}", pdf.text);
}

#[test]
fn two_columns_are_read_one_after_the_other() {
    let mut page = Vec::new();
    for i in 0..12 {
        let y = 750.0 - i as f64 * 12.0;
        page.push(item(
            72.0,
            y,
            10.0,
            &format!("left column line {i:02} of the text and"),
        ));
        page.push(item(
            320.0,
            y,
            10.0,
            &format!("right column line {i:02} of the text and"),
        ));
    }
    let text = read(vec![page]).text;
    let left = text.find("left column line 11").unwrap();
    let right = text.find("right column line 00").unwrap();
    assert!(left < right, "{text}");
}

#[test]
fn a_table_s_cells_stay_in_their_rows() {
    let mut page = Vec::new();
    for i in 0..12 {
        let y = 750.0 - i as f64 * 20.0;
        page.push(item(72.0, y, 10.0, &format!("项目{i}")));
        page.push(item(320.0, y, 10.0, &format!("金额 {i}00 元")));
    }
    let text = read(vec![page]).text;
    assert!(
        text.starts_with("项目0 金额 000 元\n项目1 金额 100 元\n"),
        "{text}"
    );
}

#[test]
fn page_numbers_running_headers_and_watermarks_are_not_text() {
    let body = |n: usize| {
        [
            "一、总体要求",
            "二、主要任务",
            "三、保障措施",
            "四、工作要求",
        ][n - 1]
            .to_string()
    };
    let list = (1..=4)
        .map(|n| {
            let mut page = vec![
                item(200.0, 800.0, 10.5, "国务院办公厅文件"),
                item(90.0, 700.0, 16.0, &body(n)),
                item(280.0, 60.0, 14.0, &format!("— {n} —")),
            ];
            // A watermark: set at 45 degrees.
            page.push((
                vec![40.0, 40.0, -40.0, 40.0, 150.0, 300.0, 400.0, 56.0],
                "内部资料".to_string(),
            ));
            page
        })
        .collect();
    let text = read(list).text;
    assert_eq!(
        text,
        (1..=4).map(|n| body(n) + "\n").collect::<String>(),
        "{text}"
    );
}

#[test]
fn characters_no_font_maps_show_as_replacement_and_are_counted() {
    let pdf = one_line("监督\u{E001}工作\u{0001}");
    assert_eq!(pdf.text, "监督\u{FFFD}工作\u{FFFD}\n");
    assert_eq!(pdf.unmapped, 2);
}

#[test]
fn spaces_that_justify_a_chinese_line_are_not_text() {
    let pdf = read(vec![vec![
        item(
            90.0,
            700.0,
            16.0,
            "简化检验检测机构 人 员 信 息 变 更 办 理 程 序 ” 、 “ 简 化",
        ),
        item(122.0, 672.0, 16.0, "国务院总理 李强"),
    ]]);
    assert_eq!(
        pdf.text,
        "简化检验检测机构人员信息变更办理程序”、“简化\n国务院总理 李强\n"
    );
}

#[test]
fn radicals_read_as_the_characters_they_look_like() {
    let pdf = one_line("⼀、复制推⼴的改⾰举措，⻓期⻔户");
    assert_eq!(pdf.text, "一、复制推广的改革举措，长期门户\n");
}

#[test]
fn no_text_and_broken_lists_are_named() {
    let (numbers, strings) = pages(vec![vec![]]);
    assert_eq!(from_items(&numbers, &strings), Err(PdfProblem::WithoutText));
    let (numbers, _) = pages(vec![vec![item(90.0, 700.0, 16.0, "字")]]);
    assert_eq!(from_items(&numbers, &[]), Err(PdfProblem::Damaged));
    assert_eq!(
        from_items(&numbers[..numbers.len() - 1], &["字".to_string()]),
        Err(PdfProblem::Damaged)
    );
    for count in [f64::NAN, -1.0, 1e30, f64::INFINITY] {
        let numbers = [595.0, 842.0, count, f64::NAN];
        assert!(from_items(&numbers, &["字".to_string()]).is_err());
    }
}

#[test]
fn the_reading_crosses_from_the_worker_whole() {
    let read = Ok(Pdf {
        text: "标题\n正文\n".to_string(),
        unmapped: 3,
    });
    assert_eq!(wire::decode(wire::encode(&read)), Some(read));
    for problem in [
        PdfProblem::Scanned,
        PdfProblem::WithoutText,
        PdfProblem::Encrypted,
        PdfProblem::Damaged,
        PdfProblem::ReaderNotLoaded,
        PdfProblem::SingleFile,
    ] {
        assert_eq!(
            wire::decode(wire::encode(&Err(problem))),
            Some(Err(problem))
        );
        assert!(!problem.in_chinese().is_empty() && !problem.in_english().is_empty());
    }
    assert_eq!(
        wire::decode(vec!["problem".into(), "nonsense".into()]),
        None
    );
}

#[test]
fn a_pdf_file_goes_to_the_pdf_reader() {
    // Natively there is none: the message says so rather than "not a text file".
    let opened = docview::decode::open(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "x.pdf");
    assert_eq!(
        opened,
        Err(docview::decode::DecodeError::Pdf(
            PdfProblem::ReaderNotLoaded
        ))
    );
}
