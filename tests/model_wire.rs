//! A long document is parsed in the tools' Web Worker and its model crosses back as numbers
//! (`model::wire`): every corpus document, every version of a law, the sample and a wrapped
//! copy arrive as the parser made them, and numbers that do not fit the text are refused.

use docview::model::{wire, Document};
use docview::parse::parse;

fn texts() -> Vec<(String, String)> {
    let mut out = vec![("sample".to_string(), docview::sample::TEXT.to_string())];
    for dir in ["tests/corpus", "tests/versions"] {
        let dir = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("txt" | "md")
            ) {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    // A wrapped copy: joins and page furniture.
    let report = &out
        .iter()
        .find(|(n, _)| n.contains("report_2024"))
        .unwrap()
        .1;
    let lines: Vec<String> = report
        .lines()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| {
            let chars: Vec<char> = l.trim().chars().collect();
            chars
                .chunks(30)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .collect();
    let wrapped: String = lines
        .chunks(22)
        .enumerate()
        .map(|(n, page)| format!("{}\n- {} -\n", page.join("\n"), n + 1))
        .collect();
    out.push(("wrapped report".to_string(), wrapped));
    out
}

#[test]
fn every_model_crosses_whole() {
    for (name, text) in texts() {
        let doc: Document = parse(text.clone());
        let numbers = wire::encode(&doc);
        assert_eq!(wire::decode(&numbers, text), Some(doc), "{name}");
    }
}

#[test]
fn numbers_that_do_not_fit_the_text_are_refused() {
    let text = docview::sample::TEXT.to_string();
    let numbers = wire::encode(&parse(text.clone()));
    assert!(wire::decode(&numbers[..numbers.len() - 1], text.clone()).is_none());
    let half: String = text.chars().take(text.chars().count() / 2).collect();
    assert!(wire::decode(&numbers, half).is_none());
    let mut shifted = numbers.clone();
    shifted[2] += 1;
    assert!(wire::decode(&shifted, text.clone()).is_none());
    assert!(wire::decode(&[u32::MAX, 1, 2], text).is_none());
}
