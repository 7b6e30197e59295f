//! A clone is all it takes: no file of the project names a path outside the checkout. Relative
//! paths are resolved from where they are read (the file's folder for scripts loaded by URL, for
//! TOML, `include_str!` and `#[path]`; the checkout's root for commands, Rust tests and docs), and the
//! folders that sat beside the checkout while docview was written are named nowhere.

use std::path::{Path, PathBuf};

/// Folders this project was written beside, spelled so that this file does not name them.
const OUTSIDE: [&str; 3] = [
    concat!("..", "/shared"),
    concat!("/", "work/"),
    concat!("/", "tmp/bash_jobs"),
];

const SKIPPED_DIRS: [&str; 7] = [
    ".git",
    "target",
    "node_modules",
    "dist",
    "dist-single",
    "corpus",
    "versions",
];

fn project_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_str()) {
                project_files(&path, out);
            }
        } else if std::fs::read_to_string(&path).is_ok() && name != "package-lock.json" {
            out.push(path);
        }
    }
}

/// How many folders a relative path starting at `at` climbs.
fn climbs(text: &str, at: usize) -> usize {
    text.as_bytes()[at..]
        .chunks(3)
        .take_while(|c| *c == b"../")
        .count()
}

fn resolves_from_own_folder(path: &Path, line: &str) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    matches!(ext, "mjs" | "js" | "html" | "css" | "toml")
        || ["include_str!", "include_bytes!", "#[path"]
            .iter()
            .any(|m| line.contains(m))
}

fn escapes(root: &Path, path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let depth = path
        .parent()
        .unwrap()
        .strip_prefix(root)
        .unwrap()
        .components()
        .count();
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = |what: &str| {
            format!(
                "{}:{}: {what}",
                path.strip_prefix(root).unwrap().display(),
                n + 1
            )
        };
        for outside in OUTSIDE {
            if line.contains(outside) {
                found.push(at(&format!("names {outside}")));
            }
        }
        let base = if resolves_from_own_folder(path, line) {
            depth
        } else {
            0
        };
        let mut from = 0;
        while let Some(i) = line[from..].find("../") {
            let start = from + i;
            let up = climbs(line, start);
            // A path starts here (not inside a word, not a URL's query value) and names something.
            let before = if start == 0 {
                b' '
            } else {
                line.as_bytes()[start - 1]
            };
            let starts_path = !before.is_ascii_alphanumeric() && !b".=".contains(&before);
            let names = line[start + 3 * up..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || "_.-".contains(c));
            if starts_path && names && up > base {
                found.push(at(&format!(
                    "climbs {up} folders from a folder {base} deep"
                )));
            }
            from = start + 3 * up.max(1);
        }
    }
    found
}

#[test]
fn no_file_names_a_path_outside_the_checkout() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    project_files(root, &mut files);
    assert!(
        files.len() > 50,
        "the walk found the project's files ({})",
        files.len()
    );
    let found: Vec<String> = files.iter().flat_map(|f| escapes(root, f)).collect();
    assert!(
        found.is_empty(),
        "paths outside the checkout:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_a_path_outside() {
    let dir = std::env::temp_dir().join(format!(
        "docview-self-contained-{}/tests",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("a.mjs");
    let up = "../";
    std::fs::write(&script, format!("new URL('{up}{up}corpus/x.txt', import.meta.url);\nnew URL('{up}src/x', import.meta.url);\n")).unwrap();
    let root = dir.parent().unwrap();
    let found = escapes(root, &script);
    std::fs::remove_dir_all(root).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("tests/a.mjs:1:"), "{found:?}");
}
