//! A Word file's reading as it comes back from the tools' Web Worker (src/bin/tools), which reads
//! Word files so that the reader's wasm does not carry `docx`: a list of strings, `["text",
//! tracked changes ("1" or "0"), the text]` or `["problem", its code, the index of its kind]`.

use super::{Word, WordProblem, KINDS};

pub fn encode(read: &Result<Word, WordProblem>) -> Vec<String> {
    let kind_index = |kind: &str| {
        KINDS
            .iter()
            .position(|(zh, _)| *zh == kind)
            .unwrap_or_default()
            .to_string()
    };
    let problem = |code: &str, kind: String| vec!["problem".to_string(), code.to_string(), kind];
    match read {
        Ok(word) => vec![
            "text".to_string(),
            u8::from(word.tracked_changes).to_string(),
            word.text.clone(),
        ],
        Err(WordProblem::Damaged) => problem("damaged", String::new()),
        Err(WordProblem::Encrypted) => problem("encrypted", String::new()),
        Err(WordProblem::TooLarge) => problem("too-large", String::new()),
        Err(WordProblem::OldFormat(kind)) => problem("old-format", kind_index(kind)),
        Err(WordProblem::NotWord(kind)) => problem("not-word", kind_index(kind)),
        Err(WordProblem::ReaderNotLoaded) => problem("not-loaded", String::new()),
        Err(WordProblem::OfdUnreadable) => problem("ofd", String::new()),
        Err(WordProblem::OfdWithoutText) => problem("ofd-no-text", String::new()),
    }
}

/// The reading that `wire` holds; none if it holds none.
pub fn decode(wire: Vec<String>) -> Option<Result<Word, WordProblem>> {
    let mut fields = wire.into_iter();
    let (what, first, second) = (fields.next()?, fields.next()?, fields.next()?);
    let kind = || Some(KINDS.get(second.parse::<usize>().ok()?)?.0);
    Some(match (what.as_str(), first.as_str()) {
        ("text", tracked @ ("0" | "1")) => Ok(Word {
            tracked_changes: tracked == "1",
            text: second,
        }),
        ("problem", "damaged") => Err(WordProblem::Damaged),
        ("problem", "encrypted") => Err(WordProblem::Encrypted),
        ("problem", "too-large") => Err(WordProblem::TooLarge),
        ("problem", "old-format") => Err(WordProblem::OldFormat(kind()?)),
        ("problem", "not-word") => Err(WordProblem::NotWord(kind()?)),
        ("problem", "not-loaded") => Err(WordProblem::ReaderNotLoaded),
        ("problem", "ofd") => Err(WordProblem::OfdUnreadable),
        ("problem", "ofd-no-text") => Err(WordProblem::OfdWithoutText),
        _ => return None,
    })
}
