//! Splitting a paragraph into sentences: at `。！？` (and `……`, `!?.` before a space), with
//! the closing quotes and brackets that follow them.

use std::ops::Range;

/// Closing quotes and brackets that belong to the sentence they follow.
pub(super) const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '"', '\'', '》'];

/// The sentences of `text`, as byte ranges that together cover it.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let ends = match c {
            '。' | '！' | '？' => true,
            '…' => {
                chars.peek().is_some_and(|&(_, n)| n == '…') && {
                    chars.next();
                    true
                }
            }
            '.' | '!' | '?' => chars
                .peek()
                .is_none_or(|&(_, n)| n.is_whitespace() || CLOSERS.contains(&n)),
            _ => false,
        };
        if !ends {
            continue;
        }
        let mut end = chars.peek().map_or(text.len(), |&(i, _)| i);
        while let Some(&(i, n)) = chars.peek() {
            if !CLOSERS.contains(&n) {
                break;
            }
            chars.next();
            end = i + n.len_utf8();
        }
        out.push(start..end);
        start = end;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn chinese_and_english_sentences() {
        assert_eq!(
            split("要完善运行机制。要建优工作队伍。"),
            ["要完善运行机制。", "要建优工作队伍。"]
        );
        assert_eq!(split("他说：“好。”然后走了"), ["他说：“好。”", "然后走了"]);
        assert_eq!(split("等等……还有"), ["等等……", "还有"]);
        assert_eq!(
            split("It is 1.5 m. Next one"),
            ["It is 1.5 m.", " Next one"]
        );
        assert_eq!(split(""), Vec::<&str>::new());
    }
}
