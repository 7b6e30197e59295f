//! The exports of every corpus document: the Markdown text holds every visible character of the
//! document in order, the outline every heading, and the JSON is the model itself.

use docview::decode::decode;
use docview::export::{model_json, outline_markdown, text_markdown};
use docview::model::{BlockKind, Document, Piece};
use docview::parse::parse;
use std::path::Path;

fn corpus() -> Vec<(String, Document)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut docs: Vec<(String, Document)> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .map(|p| {
            (
                p.display().to_string(),
                parse(decode(&std::fs::read(&p).unwrap()).unwrap()),
            )
        })
        .collect();
    docs.push(("sample".into(), parse(docview::sample::TEXT.to_string())));
    docs
}

/// Markdown read back as plain text: escapes, bold marks, `#` marks and white space removed.
fn unmarked(markdown: &str) -> String {
    let mut out = String::new();
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '*' | '#' => {}
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A piece's visible text; a Markdown heading or title without its `#` marks.
fn visible<'a>(doc: &'a Document, piece: &Piece) -> &'a str {
    let text = doc.text(piece.text());
    match piece {
        Piece::Block(b) if b.kind != BlockKind::Title => text,
        _ => text.trim_start_matches('#').trim_start(),
    }
}

#[test]
fn the_markdown_text_has_every_visible_character_in_order() {
    for (name, doc) in corpus() {
        let expected: String = doc
            .pieces()
            .iter()
            .filter(|p| !matches!(p, Piece::Block(b) if matches!(b.kind, BlockKind::Comment | BlockKind::Blank)))
            .map(|p| squeezed(visible(&doc, p)))
            .collect();
        let markdown = text_markdown(&doc, &doc.title().unwrap_or_default());
        assert_eq!(unmarked(&markdown), expected, "{name}");
    }
}

#[test]
fn the_outline_lists_every_heading_and_key_point() {
    for (name, doc) in corpus() {
        let outline = outline_markdown(&doc, "");
        let items = outline
            .lines()
            .filter(|l| l.trim_start().starts_with("- "))
            .count();
        let headings = doc.sections_in_order().len();
        assert_eq!(
            items,
            headings + doc.key_points.len(),
            "{name}: one item per heading and key point"
        );
    }
}

#[test]
fn the_json_is_the_model() {
    for (name, doc) in corpus() {
        let json = model_json(&doc);
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc, "{name}");
    }
}
