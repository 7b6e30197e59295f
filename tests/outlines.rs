//! Each corpus document and the sample give the outline written down by reading them
//! (`tests/outlines/*.outline`: title, paragraph count, headings by level, key points).

use docview::decode::decode;
use docview::model::outline;
use docview::parse::parse;
use std::path::Path;

fn check(document: &Path, expected: &Path) {
    let text = decode(&std::fs::read(document).unwrap()).unwrap();
    let actual = outline(&parse(text));
    let expected = std::fs::read_to_string(expected).unwrap();
    if actual != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines().chain(std::iter::repeat("<missing>")))
            .filter(|(e, a)| e != a)
            .take(5)
            .map(|(e, a)| format!("  expected {e:?}\n  actual   {a:?}"))
            .collect();
        panic!(
            "{}: outline differs ({} expected lines, {} actual)\n{}",
            document.display(),
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn every_corpus_document_gives_its_expected_outline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus");
    let mut checked = 0;
    for entry in std::fs::read_dir(&corpus).expect("../shared/corpus beside the checkout") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        if name.ends_with(".tsv") {
            continue;
        }
        let expected = root.join("tests/outlines").join(format!("{name}.outline"));
        assert!(expected.exists(), "no expected outline for {name}");
        check(&path, &expected);
        checked += 1;
    }
    assert_eq!(checked, 7);
}

#[test]
fn the_sample_speech_gives_its_expected_outline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    check(&root.join("src/sample/speech.txt"), &root.join("tests/outlines/speech.txt.outline"));
}
