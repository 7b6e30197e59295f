//! Each corpus document and the sample give the outline written down by reading them
//! (`tests/outlines/*.outline`: title, paragraph count, headings by level, key points).

use docview::decode::decode;
use docview::model::outline;
use docview::parse::parse;
use std::path::{Path, PathBuf};

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

/// Where a document named by an outline file lives: the corpus, the version pairs or the sample.
fn document_for(root: &Path, name: &str) -> PathBuf {
    ["tests/corpus", "tests/versions", "src/sample"]
        .iter()
        .map(|dir| root.join(dir).join(name))
        .find(|path| path.exists())
        .unwrap_or_else(|| panic!("tests/outlines/{name}.outline names no document in the corpus"))
}

#[test]
fn every_document_with_an_outline_file_gives_that_outline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("tests/outlines")).expect("tests/outlines") {
        let expected = entry.unwrap().path();
        let Some(name) = expected
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .strip_suffix(".outline")
        else {
            continue;
        };
        check(&document_for(root, name), &expected);
        checked += 1;
    }
    assert!(checked > 0, "no outline files in tests/outlines");
}

#[test]
fn every_corpus_document_has_an_outline_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join("tests/corpus")).expect("tests/corpus") {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.ends_with(".tsv") {
            assert!(
                root.join("tests/outlines")
                    .join(format!("{name}.outline"))
                    .exists(),
                "no expected outline for {name}"
            );
        }
    }
}
