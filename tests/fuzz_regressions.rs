//! Inputs the fuzzer (`tests/fuzz`) once crashed the pipeline with, kept forever: each goes
//! through the same checks as in the fuzzer, without a panic.

#[path = "fuzz/pipeline_check.rs"]
mod pipeline_check;

#[test]
fn every_input_that_once_crashed_now_passes_the_fuzzers_checks() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        // Kept before the first byte chose a query: each is replayed as a document too.
        pipeline_check::check(&[0].iter().chain(&bytes).copied().collect::<Vec<u8>>());
        pipeline_check::check(&bytes);
        seen += 1;
    }
    assert!(seen >= 1);
}
