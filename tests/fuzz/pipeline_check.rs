//! The whole pipeline on any bytes, as the fuzzer runs it and as the regression test replays
//! what it found: bytes (text, or a Word document) → text → document → matches and exports, never a panic, every byte kept.

use docview::model::Span;

/// The first byte says how many of the next bytes are a query in the filter's language (so the
/// fuzzer mutates queries too); the rest is the document. A query cut from the document's own
/// text, with the query language's operators around it, is searched as well.
pub fn check(input: &[u8]) {
    let (query, bytes) = match input.split_first() {
        Some((&n, rest)) => rest.split_at((n as usize % 24).min(rest.len())),
        None => (&[][..], input),
    };
    // A Word document's reader takes any ZIP (and names anything else); its text goes on as text.
    let Ok(text) = docview::decode::open(bytes, "fuzzed.docx").map(|opened| opened.text) else {
        return;
    };
    let doc = docview::parse::parse(text.clone());
    let rebuilt: String = doc.pieces().iter().map(|p| doc.text(p.span())).collect();
    assert_eq!(rebuilt, text, "the parse keeps every character in order");
    let _ = docview::model::outline(&doc);
    let _ = doc.length(Span::new(0, doc.source.len()));
    let title = doc.title().unwrap_or_default();
    let _ = docview::export::outline_markdown(&doc, &title);
    let _ = docview::export::text_markdown(&doc, &title);
    let _ = docview::export::model_json(&doc);

    let index = docview::search::SearchIndex::new(&doc);
    let cut: String = text
        .chars()
        .skip(text.chars().count() / 3)
        .take(3)
        .collect();
    let queries = [
        String::from_utf8_lossy(query).into_owned(),
        cut.clone(),
        format!("\"{cut}\" -{cut}|x"),
        format!("{cut} {title}"),
    ];
    for query in &queries {
        let matches = index.find(query);
        for span in matches.spans.iter().chain(&matches.units) {
            assert!(
                span.start <= span.end && span.end <= doc.source.len(),
                "{span:?} inside the text"
            );
            assert!(
                doc.source.is_char_boundary(span.start) && doc.source.is_char_boundary(span.end),
                "{span:?} on characters"
            );
        }
        for span in &matches.spans {
            assert!(
                matches.units.iter().any(|u| u.contains(*span)),
                "every match {span:?} lies in a selected unit"
            );
        }
    }
}
