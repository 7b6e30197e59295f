//! The number at the start of a line, if any, and what kind of numbering it belongs to.

use super::numerals::{
    arabic, chinese, circled, is_arabic_digit, leading_numeral, roman, CHINESE_DIGITS,
};
use crate::model::Numbering;

pub use crate::model::NumberKind as Kind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    pub kind: Kind,
    pub value: u32,
    /// `第二十条之一`: 1 (an article inserted after 第二十条 by an amendment); 0 otherwise.
    pub sub: u32,
    /// Bytes of the number with its punctuation (`（一）`, `第一条`, `Section. 1.`).
    pub len: usize,
}

impl Number {
    /// What the model keeps of it on a heading.
    pub fn numbering(&self) -> Numbering {
        Numbering {
            kind: self.kind,
            value: self.value,
            sub: self.sub,
        }
    }
}

/// The numbers a line may start with: none, one, or two when it is ambiguous (`I.` is Roman
/// one or the letter I).
pub fn numbers(line: &str) -> Vec<Number> {
    let mut out = Vec::new();
    if let Some(n) = statute(line)
        .or_else(|| english_unit(line))
        .or_else(|| chinese_enum(line))
    {
        out.push(n);
    } else if let Some(n) = parenthesised(line) {
        out.push(n);
    } else if let Some(c) = line.chars().next().filter(|&c| circled(c).is_some()) {
        out.push(Number {
            kind: Kind::Circled,
            value: circled(c).unwrap_or(0),
            sub: 0,
            len: c.len_utf8(),
        });
    } else if let Some(n) = arabic_or_decimal(line) {
        out.push(n);
    } else {
        out.extend(latin_letter(line));
    }
    out
}

fn take_while(s: &str, pred: impl Fn(char) -> bool) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// `第X编` … `第X条`, followed by white space or the end of the line.
fn statute(line: &str) -> Option<Number> {
    let rest = line.strip_prefix('第')?;
    let digits = leading_numeral(rest);
    let value = chinese(digits).or_else(|| arabic(digits))?;
    let after = &rest[digits.len()..];
    let unit = after.chars().next()?;
    let kind = match unit {
        '编' => Kind::Part,
        '章' => Kind::Chapter,
        '节' => Kind::Division,
        '条' => Kind::Article,
        _ => return None,
    };
    let mut tail = &after[unit.len_utf8()..];
    let mut sub = 0;
    if let Some(rest) = tail.strip_prefix('之').filter(|_| kind == Kind::Article) {
        let digits = take_while(rest, |c| CHINESE_DIGITS.contains(&c));
        sub = chinese(digits)?;
        tail = &rest[digits.len()..];
    }
    (tail.is_empty() || tail.starts_with(char::is_whitespace)).then(|| Number {
        kind,
        value,
        sub,
        len: line.len() - tail.len(),
    })
}

/// `Article I.`, `Article. I.`, `Section 1.`, `Section. 1.`
fn english_unit(line: &str) -> Option<Number> {
    let (kind, rest) = [
        ("Article", Kind::EnArticle),
        ("ARTICLE", Kind::EnArticle),
        ("Section", Kind::EnSection),
        ("SECTION", Kind::EnSection),
    ]
    .iter()
    .find_map(|(word, kind)| line.strip_prefix(word).map(|rest| (*kind, rest)))?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    let numeral = take_while(trimmed, |c| c.is_ascii_alphanumeric());
    let value = arabic(numeral)
        .or_else(|| roman(numeral).filter(|_| numeral.chars().all(|c| c.is_ascii_uppercase())))?;
    let after = &trimmed[numeral.len()..];
    let after = after.strip_prefix(['.', ':']).unwrap_or(after);
    (after.is_empty() || after.starts_with(char::is_whitespace)).then(|| Number {
        kind,
        value,
        sub: 0,
        len: line.len() - after.len(),
    })
}

/// `一、`
fn chinese_enum(line: &str) -> Option<Number> {
    let digits = take_while(line, |c| CHINESE_DIGITS.contains(&c));
    let value = chinese(digits)?;
    line[digits.len()..].starts_with('、').then(|| Number {
        kind: Kind::ChineseEnum,
        value,
        sub: 0,
        len: digits.len() + '、'.len_utf8(),
    })
}

/// `（一）`, `(一)`, `（1）`, `(1)`
fn parenthesised(line: &str) -> Option<Number> {
    let rest = line.strip_prefix(['（', '('])?;
    let inner = leading_numeral(rest);
    let close = rest[inner.len()..]
        .chars()
        .next()
        .filter(|&c| c == '）' || c == ')')?;
    let (kind, value) = match chinese(inner) {
        Some(v) => (Kind::ParenChinese, v),
        None => (Kind::ParenArabic, arabic(inner)?),
    };
    Some(Number {
        kind,
        value,
        sub: 0,
        len: line.len() - rest.len() + inner.len() + close.len_utf8(),
    })
}

/// `1.`, `1．`, `1、`, and `1.1`, `1.2.3` (followed by white space or text, never by a digit).
fn arabic_or_decimal(line: &str) -> Option<Number> {
    let mut components = Vec::new();
    let mut at = 0;
    loop {
        let digits = take_while(&line[at..], is_arabic_digit);
        components.push(arabic(digits)?);
        at += digits.len();
        let Some(sep) = line[at..]
            .chars()
            .next()
            .filter(|c| matches!(c, '.' | '．' | '、'))
        else {
            // `1.1` has no dot after its last component; `1` alone is no number.
            return (components.len() > 1).then(|| decimal(&components, at));
        };
        let next = line[at + sep.len_utf8()..].chars().next();
        if sep != '、' && next.is_some_and(is_arabic_digit) {
            at += sep.len_utf8();
            continue;
        }
        at += sep.len_utf8();
        return Some(if components.len() > 1 {
            decimal(&components, at)
        } else {
            Number {
                kind: Kind::Arabic,
                value: components[0],
                sub: 0,
                len: at,
            }
        });
    }
}

fn decimal(components: &[u32], len: usize) -> Number {
    Number {
        kind: Kind::Decimal(components.len() as u8),
        value: *components.last().unwrap_or(&0),
        sub: 0,
        len,
    }
}

/// `I.`, `IV.`, `A.`: uppercase, a dot, then white space or the end.
fn latin_letter(line: &str) -> Vec<Number> {
    let letters = take_while(line, |c| c.is_ascii_uppercase());
    let after = &line[letters.len()..];
    let Some(rest) = after.strip_prefix('.') else {
        return Vec::new();
    };
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return Vec::new();
    }
    let len = letters.len() + 1;
    let mut out = Vec::new();
    if let Some(value) = roman(letters) {
        out.push(Number {
            kind: Kind::Roman,
            value,
            sub: 0,
            len,
        });
    }
    if letters.len() == 1 {
        let value = letters.as_bytes()[0] as u32 - b'A' as u32 + 1;
        out.push(Number {
            kind: Kind::Alpha,
            value,
            sub: 0,
            len,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(line: &str) -> Option<(Kind, u32, &str)> {
        numbers(line)
            .first()
            .map(|n| (n.kind, n.value, &line[..n.len]))
    }

    #[test]
    fn recognises_each_kind() {
        assert_eq!(
            first("第一百零一条 内容"),
            Some((Kind::Article, 101, "第一百零一条"))
        );
        assert_eq!(first("第三章"), Some((Kind::Chapter, 3, "第三章")));
        assert_eq!(
            first("第二节　行政复议参加人"),
            Some((Kind::Division, 2, "第二节"))
        );
        assert_eq!(first("第五十一条的规定"), None);
        assert_eq!(
            first("第二十条之一 内容"),
            Some((Kind::Article, 20, "第二十条之一"))
        );
        assert_eq!(numbers("第二十条之一 内容")[0].sub, 1);
        assert_eq!(first("第二十条之一的规定"), None);
        assert_eq!(
            first("一、把准方向推工作"),
            Some((Kind::ChineseEnum, 1, "一、"))
        );
        assert_eq!(
            first("（十二）标题"),
            Some((Kind::ParenChinese, 12, "（十二）"))
        );
        assert_eq!(first("(三)标题"), Some((Kind::ParenChinese, 3, "(三)")));
        assert_eq!(first("（2）标题"), Some((Kind::ParenArabic, 2, "（2）")));
        assert_eq!(first("１．标题"), Some((Kind::Arabic, 1, "１．")));
        assert_eq!(first("3、标题"), Some((Kind::Arabic, 3, "3、")));
        assert_eq!(first("1.2 Scope"), Some((Kind::Decimal(2), 2, "1.2")));
        assert_eq!(first("1.39万吨"), Some((Kind::Decimal(2), 39, "1.39")));
        assert_eq!(first("2023年"), None);
        assert_eq!(first("②其他"), Some((Kind::Circled, 2, "②")));
        assert_eq!(
            first("Article. I."),
            Some((Kind::EnArticle, 1, "Article. I."))
        );
        assert_eq!(
            first("Article III."),
            Some((Kind::EnArticle, 3, "Article III."))
        );
        assert_eq!(
            first("Section. 10."),
            Some((Kind::EnSection, 10, "Section. 10."))
        );
        assert_eq!(first("Articles of faith"), None);
        assert_eq!(first("B. Scope"), Some((Kind::Alpha, 2, "B.")));
        assert_eq!(numbers("I. Intro").len(), 2, "Roman one or the letter I");
    }
}
