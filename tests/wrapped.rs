//! Text copied out of a PDF: corpus documents broken at a page's width (26 to 40 characters, with
//! and without the two-character indent, English at 72 columns with hyphenated words), with page
//! numbers and running headers between their pages, read as the documents they came from; the
//! corpus as it is, unchanged.

use docview::model::{BlockKind, Document, Piece};
use docview::parse::parse;

fn corpus(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/corpus/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// What a page puts between its pages: page `n` of `pages`.
#[derive(Clone, Copy)]
enum Furniture {
    Dashes,
    EmDashes,
    PageOf,
    Header,
}

impl Furniture {
    fn lines(self, n: usize, pages: usize) -> Vec<String> {
        match self {
            Furniture::Dashes => vec![format!("- {n} -")],
            Furniture::EmDashes => vec![String::new(), format!("— {n} —"), String::new()],
            Furniture::PageOf => vec![format!("第 {n} 页 共 {pages} 页")],
            Furniture::Header => vec![format!("- {n} -"), "国务院关于印发文件的通知".to_string()],
        }
    }
}

/// `text`'s paragraphs broken every `width` characters (Chinese) or at spaces within `width`
/// columns (Latin, a long word hyphenated, a blank line after each paragraph as `fmt` keeps
/// them), the first line indented two characters if `indent`, `furniture` every 22 lines.
fn wrapped(text: &str, width: usize, indent: bool, furniture: Furniture) -> String {
    let mut lines = Vec::new();
    for paragraph in paragraphs(text) {
        let latin = !paragraph.chars().any(|c| c > '\u{2E80}');
        let first = if indent { "\u{3000}\u{3000}" } else { "" };
        if latin {
            let mut line = first.to_string();
            for word in paragraph.split(' ') {
                let room = width.saturating_sub(line.chars().count() + 1);
                if !line.trim().is_empty() && word.len() > room {
                    if word.len() > 10 && room > 4 && word.is_ascii() {
                        let cut = room - 1;
                        lines.push(format!("{line} {}-", &word[..cut]));
                        line = word[cut..].to_string();
                        continue;
                    }
                    lines.push(std::mem::take(&mut line));
                    line = word.to_string();
                } else if line.trim().is_empty() {
                    line.push_str(word);
                } else {
                    line = format!("{line} {word}");
                }
            }
            lines.push(line);
            lines.push(String::new());
        } else {
            let chars: Vec<char> = paragraph.chars().collect();
            let mut at = 0;
            let mut line_no = 0;
            while at < chars.len() {
                let room = if line_no == 0 && indent {
                    width - 2
                } else {
                    width
                };
                let end = (at + room).min(chars.len());
                let lead = if line_no == 0 { first } else { "" };
                lines.push(format!(
                    "{lead}{}",
                    chars[at..end].iter().collect::<String>()
                ));
                at = end;
                line_no += 1;
            }
        }
    }
    let pages = lines.len().div_ceil(22);
    let mut out = String::new();
    for (n, page) in lines.chunks(22).enumerate() {
        for line in page {
            out += line;
            out += "\n";
        }
        if n + 1 < pages {
            for line in furniture.lines(n + 1, pages) {
                out += &line;
                out += "\n";
            }
        }
    }
    out
}

/// The document's text as it reads (joins applied), a block or heading a line, furniture and
/// comments left out.
fn reading(doc: &Document) -> Vec<String> {
    doc.pieces()
        .iter()
        .filter(|p| !matches!(p, Piece::Block(b) if matches!(b.kind, BlockKind::Furniture | BlockKind::Blank | BlockKind::Comment)))
        .map(|p| doc.read(p.text()).split_whitespace().collect::<String>())
        .filter(|t| !t.is_empty())
        .collect()
}

fn headings(doc: &Document) -> Vec<String> {
    docview::model::outline(doc)
        .lines()
        .filter(|l| l.starts_with('#') || l.starts_with("title:"))
        .map(|l| l.split_whitespace().collect())
        .collect()
}

fn f1(found: &[String], expected: &[String]) -> f64 {
    let mut left = expected.to_vec();
    let hits = found
        .iter()
        .filter(|f| match left.iter().position(|e| e == *f) {
            Some(i) => {
                left.remove(i);
                true
            }
            None => false,
        })
        .count();
    2.0 * hits as f64 / (found.len() + expected.len()).max(1) as f64
}

fn squeezed(lines: &[String]) -> String {
    lines.concat()
}

#[test]
fn wrapped_documents_read_as_the_documents_they_came_from() {
    let cases = [
        ("report_2024政府工作报告.txt", Furniture::Dashes),
        ("notice_国办发2022_35号_营商环境.txt", Furniture::PageOf),
        ("law_行政复议法_2023.md", Furniture::EmDashes),
        ("report_2024政府工作报告.txt", Furniture::Header),
    ];
    for (name, furniture) in cases {
        let source = corpus(name);
        let original = parse(source.clone());
        let expected = reading(&original);
        let expected_headings = headings(&original);
        for width in [26, 30, 34, 40] {
            for indent in [true, false] {
                let text = wrapped(&source, width, indent, furniture);
                let doc = parse(text.clone());
                let what = format!("{name} at {width}, indent {indent}");
                assert!(!doc.joins.is_empty(), "{what}: not recognised as wrapped");
                let read = reading(&doc);
                let (got, want) = (squeezed(&read), squeezed(&expected));
                if got != want {
                    let at = got
                        .chars()
                        .zip(want.chars())
                        .take_while(|(a, b)| a == b)
                        .count();
                    let around = |s: &str| {
                        s.chars()
                            .skip(at.saturating_sub(20))
                            .take(50)
                            .collect::<String>()
                    };
                    panic!(
                        "{what}: the characters differ at {at}: {} / {}",
                        around(&got),
                        around(&want)
                    );
                }
                let whole = expected.iter().filter(|p| read.contains(p)).count();
                let share = whole as f64 / expected.len() as f64;
                let missing: Vec<_> = expected
                    .iter()
                    .filter(|p| !read.contains(p))
                    .map(|p| p.chars().take(30).collect::<String>())
                    .collect();
                assert!(
                    share >= 0.95,
                    "{what}: {share:.3} of the paragraphs whole; not: {missing:?}"
                );
                let heading_f1 = f1(&headings(&doc), &expected_headings);
                assert!(heading_f1 >= 0.98, "{what}: heading F1 {heading_f1:.3}");
                let rebuilt: String = doc.pieces().iter().map(|p| doc.text(p.span())).collect();
                assert_eq!(rebuilt, text, "{what}: every character in the model");
            }
        }
    }
}

#[test]
fn english_lines_join_with_a_space_and_a_hyphenated_word_whole() {
    let source = corpus("en_us_constitution.txt");
    let expected: Vec<String> = paragraphs(&source);
    let text = wrapped(&source, 72, false, Furniture::Dashes);
    assert!(
        text.lines().any(|l| l.ends_with('-') && l.len() > 60),
        "the fixture hyphenates"
    );
    let doc = parse(text);
    let read: Vec<String> = doc
        .pieces()
        .iter()
        .filter(|p| !matches!(p, Piece::Block(b) if b.kind == BlockKind::Furniture))
        .map(|p| doc.read(p.text()).trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let whole = expected.iter().filter(|p| read.contains(p)).count();
    let missing: Vec<String> = expected
        .iter()
        .filter(|p| !read.contains(p))
        .map(|p| p.chars().take(40).collect())
        .collect();
    assert!(
        whole * 100 >= expected.len() * 95,
        "{whole} of {} paragraphs whole: not {missing:?}",
        expected.len()
    );
}

#[test]
fn page_furniture_is_kept_in_the_model_and_not_read() {
    let source = corpus("report_2024政府工作报告.txt");
    let text = wrapped(&source, 30, true, Furniture::Header);
    let doc = parse(text.clone());
    // Between two paragraphs it is a block of its own; inside one, part of the join that
    // carries the paragraph over the page's break.
    let blocks: Vec<docview::model::Span> = doc
        .pieces()
        .iter()
        .filter_map(|p| match p {
            Piece::Block(b) if b.kind == BlockKind::Furniture => Some(b.span),
            _ => None,
        })
        .collect();
    assert!(!blocks.is_empty());
    let places = text
        .match_indices("- 3 -")
        .chain(text.match_indices("国务院关于印发文件的通知"));
    for (place, _) in places {
        let kept = blocks
            .iter()
            .chain(doc.joins.iter().map(|j| &j.span))
            .any(|s| s.start <= place && place < s.end);
        assert!(
            kept,
            "furniture at byte {place} is neither a block nor in a join"
        );
    }
    let read = reading(&doc).concat();
    assert!(!read.contains("-3-") && !read.contains("国务院关于印发文件的通知"));
    let json = docview::export::model_json(&doc);
    assert!(
        json.contains("\"Furniture\"") && json.contains("\"joins\""),
        "the JSON export keeps both"
    );
    // Nor is it counted in the length, or found by the filter.
    let whole = |d: &Document| d.length(docview::model::Span::new(0, d.source.len()));
    assert_eq!(whole(&doc), whole(&parse(source)));
    assert!(docview::search::SearchIndex::new(&doc)
        .find("印发文件")
        .spans
        .is_empty());
}

#[test]
fn a_phrase_broken_across_two_lines_is_found_whole() {
    let text = wrapped(
        &corpus("report_2024政府工作报告.txt"),
        30,
        true,
        Furniture::Dashes,
    );
    let doc = parse(text);
    let in_paragraph = |at: usize| {
        doc.pieces().iter().any(|p| matches!(p, Piece::Block(b) if b.kind == BlockKind::Paragraph && b.text.start < at && at < b.text.end))
    };
    let join = doc
        .joins
        .iter()
        .find(|j| !j.space && in_paragraph(j.span.start))
        .unwrap();
    let before: String = doc.source[..join.span.start]
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = doc.source[join.span.end..].chars().take(2).collect();
    let phrase = format!("{before}{after}");
    let found = docview::search::SearchIndex::new(&doc).find(&phrase);
    assert!(
        found
            .spans
            .iter()
            .any(|h| h.start < join.span.start && h.end > join.span.end),
        "{phrase:?} across the break"
    );
}

#[test]
fn the_corpus_and_short_texts_are_left_as_they_are() {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    texts.push(("sample".into(), docview::sample::TEXT.to_string()));
    texts.push((
        "five short lines".into(),
        "一二三四五六七八九十一二三四五六七八九十\n".repeat(5),
    ));
    for (name, text) in texts {
        let doc = parse(text);
        assert!(doc.joins.is_empty(), "{name}: lines joined");
        assert!(
            !doc.pieces()
                .iter()
                .any(|p| matches!(p, Piece::Block(b) if b.kind == BlockKind::Furniture)),
            "{name}: furniture found"
        );
    }
}

/// The drafters' check finds in a wrapped copy what it finds in the document itself: no false
/// alarm from a line break or a page number inside a paragraph.
#[test]
fn the_check_finds_the_same_in_a_wrapped_copy() {
    let source = corpus("report_2024政府工作报告.txt");
    let kinds = |doc: &Document| {
        let mut kinds: Vec<String> = docview::check::check(doc)
            .iter()
            .map(|f| format!("{:?}", f.kind))
            .collect();
        kinds.sort();
        kinds
    };
    let wrapped_doc = parse(wrapped(&source, 30, true, Furniture::Header));
    assert_eq!(kinds(&wrapped_doc), kinds(&parse(source)));
}

/// A paragraph reads with its joins left out and nothing else: a zero-width space of the
/// author's stays.
#[test]
fn reading_leaves_out_the_joins_only() {
    let source = corpus("report_2024政府工作报告.txt").replacen("各位代表", "各位\u{200B}代表", 1);
    let doc = parse(wrapped(&source, 30, true, Furniture::Dashes));
    assert!(!doc.joins.is_empty());
    assert!(reading(&doc).iter().any(|p| p.contains("各位\u{200B}代表")));
}
