//! Headings without numbers: a short line standing alone above longer paragraphs (`基本案情`,
//! `典型意义`, `Background`), or a paragraph wholly in Markdown bold (`**基本案情**`).
//!
//! One such line proves little (a poem's line, a name, a signature look the same), so the
//! document must confirm them: two or more, each standing alone above body text, or one that
//! names a usual section. A line directly above a confirmed one (a case's name above its
//! `基本案情`) is one too: a section with no text of its own.

use super::{numbering, roles, Item, PARAGRAPH};
use crate::model::Span;

/// A Chinese heading without a number is a few words; an English one a few more characters.
const MAX_CHINESE_CHARS: usize = 20;
const MAX_LATIN_CHARS: usize = 60;
const MAX_LATIN_WORDS: usize = 8;
/// A section's name above another heading: a case's name, say, which may be long.
const MAX_NAME_CHARS: usize = 60;
/// What body text is at least, when it does not end like a sentence.
const MIN_BODY_CHARS: usize = 30;

/// The names of the usual sections of case reports, work reports and summaries, minutes and
/// English reports: one of them alone is heading enough.
const USUAL_SECTIONS: [&str; 40] = [
    "背景",
    "基本情况",
    "基本案情",
    "简要案情",
    "案情简介",
    "案情回顾",
    "裁判结果",
    "裁判理由",
    "裁判要旨",
    "裁判要点",
    "处理结果",
    "案例分析",
    "典型意义",
    "法官解读",
    "主要做法",
    "主要成效",
    "存在问题",
    "存在的问题",
    "下一步工作",
    "下一步工作计划",
    "工作目标",
    "主要任务",
    "保障措施",
    "附则",
    "会议议定事项",
    "会议决定事项",
    "出席人员",
    "参会人员",
    "Background",
    "Summary",
    "Introduction",
    "Findings",
    "Conclusion",
    "Conclusions",
    "Recommendations",
    "Methodology",
    "Discussion",
    "Results",
    "Overview",
    "Next Steps",
];

/// The items (by index) that are headings without numbers, in order, and for each where its
/// title is in the line (the whole line, or the text inside `**`).
pub(super) fn find(source: &str, items: &[Item], body_start: usize) -> Vec<(usize, Span)> {
    let text = |i: usize| &source[items[i].text.range()];
    let paragraph = |i: usize| items.get(i).is_some_and(|item| item.role == PARAGRAPH);
    let closing_lines = closing_lines(source, items);
    // After body text, or after a heading (a numbered line: `一、主要工作`).
    let after_body_or_heading = |i: usize| {
        i == body_start
            || !paragraph(i - 1)
            || ends_like_sentence(text(i - 1))
            || chars(text(i - 1)) >= MIN_BODY_CHARS
            || !numbering::numbers(text(i - 1)).is_empty()
    };
    // Or under a section's name that has no text of its own (see `find`'s last step).
    let under_a_name = |i: usize| {
        i > body_start
            && paragraph(i - 1)
            && title(text(i - 1), true).is_some()
            && after_body_or_heading(i - 1)
    };
    let stands_alone = |i: usize| {
        let before_ok = after_body_or_heading(i) || under_a_name(i);
        let after_ok = paragraph(i + 1) && is_body(text(i + 1), chars(text(i)));
        before_ok && after_ok
    };
    let candidates: Vec<(usize, Span)> = (body_start..items.len())
        .filter(|&i| paragraph(i) && !closing_lines.contains(&i))
        .filter_map(|i| title(text(i), false).map(|t| (i, t)))
        .filter(|&(i, _)| stands_alone(i))
        .collect();
    let confirmed = candidates.len() >= 2
        || candidates
            .iter()
            .any(|&(i, title)| names_usual_section(&text(i)[title.range()]));
    if !confirmed {
        return Vec::new();
    }
    let mut found: Vec<(usize, Span)> = Vec::new();
    for &(i, heading) in &candidates {
        // A section's name right above this heading, with nothing of its own.
        let above = i.checked_sub(1).filter(|&a| {
            a >= body_start
                && paragraph(a)
                && found.last().is_none_or(|&(f, _)| f < a)
                && after_body_or_heading(a)
        });
        if let Some(a) = above {
            if let Some(name) = title(text(a), true) {
                found.push((a, name));
            }
        }
        found.push((i, heading));
    }
    found
        .into_iter()
        .map(|(i, t)| {
            (
                i,
                Span::new(items[i].text.start + t.start, items[i].text.start + t.end),
            )
        })
        .collect()
}

/// Where the title is in `line` if it has the shape of a heading without a number (`long`: a
/// section's name above another heading, which may be longer).
fn title(line: &str, long: bool) -> Option<Span> {
    // Most lines are paragraphs far too long: told by their bytes, before counting anything.
    if line.len() > 4 * MAX_NAME_CHARS + 4 {
        return None;
    }
    let (inner, start) = match line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
        Some(inner) if !inner.contains("**") && !inner.trim().is_empty() => (inner, 2),
        _ => (line, 0),
    };
    let trimmed = inner.trim();
    let start = start + (inner.len() - inner.trim_start().len());
    // The cheap tests first: most short lines end like a sentence or have one inside.
    if ends_like_sentence(trimmed)
        || trimmed.ends_with(['，', '、', ',', '—', '…'])
        // A sentence inside, or a label and its value (`月工作日：250天÷12月`).
        || trimmed.contains(['。', '！', '？', '；', '!', '?', ';', '：', '＝', '=', '，'])
        // A date, a year, a figure: not a section's name (numbered lines are the parser's).
        || trimmed.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        || trimmed.starts_with([
            '#', '—', '-', '*', '+', '>', '|', '（', '(', '[', '【', '《', '“', '"', '<', '!',
        ])
    {
        return None;
    }
    let (n, letters) = trimmed.chars().fold((0, 0), |(n, letters), c| {
        (n + 1, letters + usize::from(c.is_ascii_alphabetic()))
    });
    let latin = letters * 2 > n;
    let short = match (long, latin) {
        (true, _) => n <= MAX_NAME_CHARS,
        (false, true) => {
            n <= MAX_LATIN_CHARS && trimmed.split_whitespace().count() <= MAX_LATIN_WORDS
        }
        (false, false) => n <= MAX_CHINESE_CHARS,
    };
    let plain = short
        && n >= 2
        && (latin || !trimmed.contains(','))
        && !trimmed.contains(": ")
        && !trimmed.contains(". ")
        && !trimmed.contains("://")
        && trimmed.chars().any(|c| c.is_alphabetic())
        && numbering::numbers(trimmed).is_empty()
        && !roles::is_salutation(trimmed)
        && !roles::is_addressee(trimmed)
        && !roles::is_date(trimmed)
        && !roles::is_attachment(trimmed)
        && !roles::is_document_number(trimmed)
        && !roles::opens_closing(trimmed);
    plain.then(|| Span::new(start, start + trimmed.len()))
}

/// A paragraph of body text after a heading `heading_chars` long: a sentence, or long.
fn is_body(line: &str, heading_chars: usize) -> bool {
    let n = chars(line);
    n > heading_chars && (ends_like_sentence(line) || n >= MIN_BODY_CHARS.max(2 * heading_chars))
}

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end_matches(['”', '’', '"', '\'', '」', '』', '）', ')'])
        .ends_with(['。', '！', '？', '；', '：', '.', '!', '?', ';', ':', '…'])
}

fn names_usual_section(title: &str) -> bool {
    USUAL_SECTIONS
        .iter()
        .any(|name| title.eq_ignore_ascii_case(name))
}

fn chars(line: &str) -> usize {
    line.chars().count()
}

/// The last lines of a document ending in a date: the date and the issuing body above it
/// (`roles::is_signature`), never headings.
fn closing_lines(source: &str, items: &[Item]) -> Vec<usize> {
    let text = |item: &Item| &source[item.text.range()];
    let Some(last) = items.iter().rposition(|i| i.role == PARAGRAPH) else {
        return Vec::new();
    };
    if !roles::is_date(text(&items[last])) {
        return Vec::new();
    }
    (last.saturating_sub(2)..=last).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_titles() {
        let t = |line: &str| title(line, false).map(|s| line[s.range()].to_string());
        assert_eq!(t("基本案情").as_deref(), Some("基本案情"));
        assert_eq!(t("**典型意义**").as_deref(), Some("典型意义"));
        assert_eq!(t("Background").as_deref(), Some("Background"));
        assert_eq!(t("谢谢大家！"), None);
        assert_eq!(t("同志们："), None);
        assert_eq!(
            t("一、总体要求"),
            None,
            "numbered: the numbered headings' business"
        );
        assert_eq!(t("2024年3月5日"), None);
        assert_eq!(t("附件：名单"), None);
        assert_eq!(
            t("这是一段很长的文字，它有逗号，并且超过了标题应有的长度，所以不是标题"),
            None
        );
    }
}
