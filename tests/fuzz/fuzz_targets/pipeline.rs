#![no_main]
//! Bytes → text → document → matches never panics, and the document keeps every byte.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = docview::decode::decode(bytes) else { return };
    let doc = docview::parse::parse(text.clone());
    let rebuilt: String = doc.pieces().iter().map(|p| doc.text(p.span())).collect();
    assert_eq!(rebuilt, text);
    let _ = docview::model::outline(&doc);
    let index = docview::search::SearchIndex::new(&doc.source);
    let query: String = text.chars().take(3).collect();
    let matches = index.find(&query);
    for span in &matches.spans {
        assert!(doc.source.is_char_boundary(span.start) && doc.source.is_char_boundary(span.end));
    }
});
