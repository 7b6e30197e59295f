//! Inputs the fuzzer (`tests/fuzz`) once crashed the pipeline with, kept forever: each must
//! now decode (or be refused) and parse losslessly without a panic.

use docview::decode::decode;
use docview::parse::parse;

#[test]
fn every_input_that_once_crashed_now_parses() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(text) = decode(&bytes) {
            let doc = parse(text.clone());
            let rebuilt: String = doc.pieces().iter().map(|p| doc.text(p.span())).collect();
            assert_eq!(rebuilt, text);
            let _ = docview::model::outline(&doc);
        }
        seen += 1;
    }
    assert!(seen >= 1);
}
