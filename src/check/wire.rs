//! The check's problems as they come back from the tools' Web Worker (src/bin/tools), which runs
//! the check so that the reader's wasm does not carry it: six strings a problem, its kind's
//! name, the span's start and end, the place, and the messages in Chinese and English.

use super::{Kind, Problem};
use crate::model::Span;

const FIELDS: usize = 6;

pub fn encode(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .flat_map(|p| {
            [
                p.kind.name().to_string(),
                p.span.start.to_string(),
                p.span.end.to_string(),
                p.place.clone(),
                p.zh.clone(),
                p.en.clone(),
            ]
        })
        .collect()
}

/// The problems `wire` holds, each within `text`; none if it holds anything else.
pub fn decode(wire: Vec<String>, text: &str) -> Option<Vec<Problem>> {
    if !wire.len().is_multiple_of(FIELDS) {
        return None;
    }
    let mut fields = wire.into_iter();
    let mut problems = Vec::new();
    while let Some(kind) = fields.next() {
        let kind = *Kind::ALL.iter().find(|k| k.name() == kind)?;
        let mut offset = || fields.next()?.parse::<usize>().ok();
        let span = Span::new(offset()?, offset()?);
        if span.start > span.end || span.end > text.len() {
            return None;
        }
        problems.push(Problem {
            kind,
            span,
            place: fields.next()?,
            zh: fields.next()?,
            en: fields.next()?,
        });
    }
    Some(problems)
}
