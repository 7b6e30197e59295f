//! References to the law's own articles: `本法第八十条` in a law of 65 articles, `第十条第三款`
//! where 第十条 has two paragraphs, `前款` in an article's first paragraph. Articles inserted by
//! an amendment (`第二十条之一`) are articles like any other.

use super::{Kind, Problem};
use crate::model::{BlockKind, Document, Span};
use crate::parse::numerals::{arabic, chinese, leading_numeral, write_chinese};
use std::collections::HashMap;

/// How a text names itself.
const SELF: &[&str] = &[
    "本法",
    "本条例",
    "本规定",
    "本办法",
    "本细则",
    "本规则",
    "本准则",
];
/// What may join one reference to the next: `第五十六条、第五十七条`, `第十条至第十二条`.
const JOINERS: &[&str] = &[
    "、", "，", "和", "或者", "或", "以及", "及", "至", "到", "与",
];

pub fn check(doc: &Document) -> Vec<Problem> {
    let mut articles: HashMap<(u32, u32), usize> = HashMap::new();
    let mut out = Vec::new();
    for section in doc.sections_in_order() {
        let Some(article) = section.heading.numbering.article() else {
            continue;
        };
        let paragraphs: Vec<_> = section
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .collect();
        articles.insert(article, paragraphs.len());
        for (i, p) in paragraphs.iter().enumerate() {
            out.extend(preceding_paragraphs(doc, p.text, i + 1));
        }
    }
    if articles.is_empty() {
        return out;
    }
    let last = articles.keys().map(|&(v, _)| v).max().unwrap_or(0);
    let first = articles.keys().map(|&(v, _)| v).min().unwrap_or(1);
    // An excerpt (one 编 of a code): the articles outside it are elsewhere, not missing (the
    // sequence of articles says once that it is an excerpt).
    let excerpt = first > 1;
    for piece in doc.pieces() {
        let span = piece.text();
        let text = doc.text(span);
        for (at, _) in text.match_indices('本') {
            let Some(name) = SELF.iter().find(|n| text[at..].starts_with(*n)) else {
                continue;
            };
            let from = at + name.len();
            for (r, place) in references(&text[from..]) {
                let place_span = Span::new(
                    span.start + from + place.start,
                    span.start + from + place.end,
                );
                let words = format!("{name}{}", &text[from + place.start..from + place.end]);
                let problem = |zh: String, en: String| Problem {
                    kind: Kind::Reference,
                    span: place_span,
                    place: words.clone(),
                    zh,
                    en,
                };
                if excerpt && !(first..=last).contains(&r.article) {
                    continue;
                }
                match articles.get(&(r.article, r.sub)) {
                    None if r.sub == 0 && r.article > last => out.push(problem(
                        format!("{words}：{name}只有{}条", write_chinese(last)),
                        format!("{words}: the text has {last} articles"),
                    )),
                    None => out.push(problem(
                        format!("{words}：{name}没有这一条"),
                        format!("{words}: no such article in the text"),
                    )),
                    Some(&paragraphs) if r.paragraph > paragraphs => out.push(problem(
                        format!("{words}：该条只有{}款", write_chinese(paragraphs as u32)),
                        format!("{words}: that article has {paragraphs} paragraph(s)"),
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    out
}

struct Reference {
    article: u32,
    sub: u32,
    /// 0 when no paragraph is named.
    paragraph: usize,
}

/// The references at the start of `text` (just after `本法`), each with its byte range.
fn references(text: &str) -> Vec<(Reference, std::ops::Range<usize>)> {
    let mut out: Vec<(Reference, std::ops::Range<usize>)> = Vec::new();
    let mut at = 0;
    loop {
        let start = at;
        let Some((value, unit_name, len)) = unit(&text[at..]) else {
            break;
        };
        at += len;
        match unit_name {
            '条' => {
                let mut sub = 0;
                if let Some(rest) = text[at..].strip_prefix('之') {
                    let digits = leading_numeral(rest);
                    if let Some(v) = chinese(digits) {
                        sub = v;
                        at += '之'.len_utf8() + digits.len();
                    }
                }
                let mut paragraph = 0;
                if let Some((k, '款', len)) = unit(&text[at..]) {
                    paragraph = k as usize;
                    at += len;
                }
                out.push((
                    Reference {
                        article: value,
                        sub,
                        paragraph,
                    },
                    start..at,
                ));
            }
            // `第十条第一款、第二款`: a paragraph of the article named last.
            '款' => match out.last() {
                Some((r, named)) => {
                    let article = Reference {
                        article: r.article,
                        sub: r.sub,
                        paragraph: value as usize,
                    };
                    out.push((article, named.start..at));
                }
                None => break,
            },
            _ => {}
        }
        // `第一项` after an article or paragraph: an item, not counted here.
        while let Some((_, '项', len)) = unit(&text[at..]) {
            at += len;
        }
        let Some(joiner) = JOINERS
            .iter()
            .find(|j| text[at..].starts_with(*j) && text[at + j.len()..].starts_with('第'))
        else {
            break;
        };
        at += joiner.len();
    }
    out
}

/// `第十四条` → (14, '条', bytes).
fn unit(text: &str) -> Option<(u32, char, usize)> {
    let rest = text.strip_prefix('第')?;
    let digits = leading_numeral(rest);
    let value = chinese(digits).or_else(|| arabic(digits))?;
    let unit = rest[digits.len()..]
        .chars()
        .next()
        .filter(|c| matches!(c, '条' | '款' | '项'))?;
    Some((
        value,
        unit,
        '第'.len_utf8() + digits.len() + unit.len_utf8(),
    ))
}

/// `前款` in an article's first paragraph, `前两款` in its second: paragraphs that are not there.
fn preceding_paragraphs(doc: &Document, text: Span, paragraph: usize) -> Vec<Problem> {
    let mut out = Vec::new();
    let words = doc.text(text);
    for (at, _) in words.match_indices('前') {
        let rest = &words[at + '前'.len_utf8()..];
        let (wanted, len) = if rest.starts_with('款') {
            (1, '款'.len_utf8())
        } else {
            let digits = leading_numeral(rest);
            match (chinese(digits), rest[digits.len()..].starts_with('款')) {
                (Some(n), true) => (n as usize, digits.len() + '款'.len_utf8()),
                _ => continue,
            }
        };
        if wanted < paragraph {
            continue;
        }
        let end = at + '前'.len_utf8() + len;
        let place = words[at..end].to_string();
        out.push(Problem {
            kind: Kind::Reference,
            span: Span::new(text.start + at, text.start + end),
            place: place.clone(),
            zh: format!("{place}：这是该条第{}款，前面{}", write_chinese(paragraph as u32), if paragraph == 1 { "没有款" } else { "的款不够" }),
            en: format!("{place}: this is paragraph {paragraph} of its article, with too few paragraphs before it"),
        });
    }
    out
}
