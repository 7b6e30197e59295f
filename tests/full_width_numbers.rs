//! A law is the same law whether its articles are numbered in Chinese numerals (`第十二条`) or
//! in full-width digits (`第１２条`): the parser reads the number once, and the articles, the
//! references, the drafters' check and the comparison all take it from there.

use docview::check::check;
use docview::compare::{compare, units, UnitKind};
use docview::model::Document;
use docview::parse::parse;

const OLD: &str = "versions/law_行政复议法_2017.md";
const NEW: &str = "corpus/law_行政复议法_2023.md";

fn source(path: &str) -> String {
    let dir = env!("CARGO_MANIFEST_DIR");
    std::fs::read_to_string(format!("{dir}/tests/{path}")).expect(path)
}

/// `十二` → 12, `一百零五` → 105 (the numerals of a law's articles).
fn chinese_value(numeral: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .find(c)
            .map(|i| (i / '零'.len_utf8()) as u32)
    };
    let (mut total, mut pending) = (0, None::<u32>);
    for c in numeral.chars() {
        match c {
            '百' => total += pending.take().unwrap_or(1) * 100,
            '十' => total += pending.take().unwrap_or(1) * 10,
            _ => pending = Some(digit(c)?),
        }
    }
    Some(total + pending.unwrap_or(0))
}

/// Every `第X条` of `text` with X written in full-width digits: `第１２条`.
fn full_width(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('第') {
        out.push_str(&rest[..at]);
        let after = &rest[at + '第'.len_utf8()..];
        let numeral_len = after
            .char_indices()
            .find(|&(_, c)| !"零一二三四五六七八九十百".contains(c))
            .map_or(after.len(), |(i, _)| i);
        let (numeral, tail) = after.split_at(numeral_len);
        match chinese_value(numeral).filter(|_| !numeral.is_empty() && tail.starts_with('条')) {
            Some(value) => {
                out.push('第');
                out.extend(
                    value
                        .to_string()
                        .chars()
                        .map(|d| char::from_u32('０' as u32 + d.to_digit(10).unwrap()).unwrap()),
                );
            }
            None => out.push_str(&rest[at..at + '第'.len_utf8() + numeral_len]),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn both(text: &str) -> (Document, Document) {
    let rewritten = full_width(text);
    assert!(
        rewritten.contains("第１２条") && !rewritten.contains("第十二条"),
        "rewritten"
    );
    (parse(text.to_string()), parse(rewritten))
}

#[test]
fn the_rewriting_changes_only_article_numbers() {
    assert_eq!(
        full_width("第一百零五条 依照本法第十二条第二款、第三章"),
        "第１０５条 依照本法第１２条第二款、第三章"
    );
}

#[test]
fn the_same_articles() {
    let (chinese, digits) = both(&source(NEW));
    let read = |doc: &Document| -> Vec<_> {
        doc.sections_in_order()
            .into_iter()
            .map(|s| (s.heading.level, s.heading.numbering))
            .collect()
    };
    assert_eq!(read(&chinese), read(&digits));
    let articles = |doc: &Document| {
        units(doc)
            .iter()
            .filter(|u| u.kind == UnitKind::Article)
            .count()
    };
    assert_eq!(articles(&chinese), 90, "行政复议法 2023 has 90 articles");
    assert_eq!(articles(&digits), 90);
}

#[test]
fn the_same_references_and_checks() {
    // A gap (第十条 taken out), a reference past the last article and one to a paragraph that
    // is not there, so that there is something to find.
    let text = source(NEW);
    let tenth = text.find("\n第十条 ").unwrap() + 1;
    let eleventh = text.find("\n第十一条 ").unwrap() + 1;
    let text = format!(
        "{}{}",
        &text[..tenth],
        text[eleventh..].replacen(
            "依照本法申请行政复议",
            "依照本法第九百条、本法第十一条第九款申请行政复议",
            1
        )
    );
    let (chinese, digits) = both(&text);
    let kinds = |doc: &Document| -> Vec<_> {
        check(doc)
            .iter()
            .map(|p| (p.kind, doc.text(p.span).chars().count()))
            .collect()
    };
    let found = kinds(&chinese);
    let names: Vec<_> = found.iter().map(|(k, _)| k.name()).collect();
    assert!(names.contains(&"gap"), "{names:?}");
    assert_eq!(
        names.iter().filter(|n| **n == "reference").count(),
        2,
        "{names:?}"
    );
    let digits_found: Vec<_> = kinds(&digits).iter().map(|(k, _)| k.name()).collect();
    assert_eq!(names, digits_found);
}

#[test]
fn the_same_comparison() {
    let (old_chinese, old_digits) = both(&source(OLD));
    let (new_chinese, new_digits) = both(&source(NEW));
    let rows = |old: &Document, new: &Document| -> Vec<_> {
        compare(old, new)
            .rows
            .iter()
            .map(|r| (r.kind, r.old, r.new, r.moved))
            .collect()
    };
    let chinese = rows(&old_chinese, &new_chinese);
    assert!(chinese.len() > 90);
    assert_eq!(chinese, rows(&old_digits, &new_digits));
}
