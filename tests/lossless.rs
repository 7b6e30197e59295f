//! The parse keeps every byte of its input, in order, for the sample and every corpus file,
//! and never panics.

use docview::decode::decode;
use docview::model::Document;
use docview::parse::parse;
use std::path::PathBuf;

fn assert_lossless(doc: &Document, name: &str) {
    let mut at = 0;
    for piece in doc.pieces() {
        let span = piece.span();
        assert_eq!(span.start, at, "{name}: gap or overlap at byte {at}");
        at = span.end;
    }
    assert_eq!(
        at,
        doc.source.len(),
        "{name}: the pieces stop before the end"
    );
    let rebuilt: String = doc.pieces().iter().map(|p| doc.text(p.span())).collect();
    assert_eq!(rebuilt, doc.source, "{name}");
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

#[test]
fn sample_is_lossless() {
    let doc = parse(docview::sample::TEXT.to_string());
    assert_lossless(&doc, "sample");
}

#[test]
fn every_corpus_file_is_lossless() {
    let mut seen = 0;
    for entry in std::fs::read_dir(corpus_dir()).expect("tests/corpus") {
        let path = entry.unwrap().path();
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md")
        ) {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let text = decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = parse(text.clone());
        assert_eq!(doc.source, text);
        assert_lossless(&doc, &path.display().to_string());
        seen += 1;
    }
    assert!(seen >= 7, "expected the corpus documents, read {seen}");
}

#[test]
fn odd_inputs_parse_losslessly() {
    let inputs = [
        "",
        "\n",
        "\r\n\r\n",
        "   ",
        "\u{3000}\u{3000}",
        "a\rb\r\nc\n",
        "一、",
        "# ",
        "#\n## x\n",
        "一、标题\n\n\n",
        "\n\n一、标题\n正文\n（一）小标题\n正文\n同志们，\n散会！",
        "(一)x\n一、y\n# z\n",
        "同志们！",
        "<script>alert(1)</script>\n&amp;",
    ];
    for input in inputs {
        let doc = parse(input.to_string());
        assert_lossless(&doc, &format!("{input:?}"));
    }
}
