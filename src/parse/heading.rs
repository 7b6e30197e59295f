//! Recognising heading lines and their numbering.

/// A heading line: its level and the byte offset where the title follows the numbering.
#[derive(Debug, PartialEq, Eq)]
pub struct HeadingMark {
    pub level: u8,
    pub title_offset: usize,
}

/// Headings are short: a longer line that starts with a number is a numbered paragraph.
const MAX_HEADING_CHARS: usize = 40;

const CHINESE_DIGITS: &str = "零〇一二三四五六七八九十百千两";

pub fn heading_mark(line: &str) -> Option<HeadingMark> {
    if let Some(mark) = markdown(line) {
        return Some(mark);
    }
    if line.chars().count() > MAX_HEADING_CHARS || ends_like_sentence(line) {
        return None;
    }
    chinese_numbered(line)
}

/// `# Title` … `###### Title`.
fn markdown(line: &str) -> Option<HeadingMark> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    let title = rest.trim_start();
    (rest.starts_with([' ', '\t']) && !title.is_empty()).then(|| HeadingMark {
        level: hashes as u8,
        title_offset: line.len() - title.len(),
    })
}

/// `一、标题` (level 1) and `（一）标题` or `(一)标题` (level 2).
fn chinese_numbered(line: &str) -> Option<HeadingMark> {
    let numeral_len = |s: &str| -> usize {
        s.char_indices()
            .find(|&(_, c)| !CHINESE_DIGITS.contains(c))
            .map_or(s.len(), |(i, _)| i)
    };
    let (level, after_mark) = if let Some(rest) = line.strip_prefix(['（', '(']) {
        let n = numeral_len(rest);
        let close = rest[n..].strip_prefix(['）', ')'])?;
        (n > 0).then_some(())?;
        (2, line.len() - close.len())
    } else {
        let n = numeral_len(line);
        let rest = line[n..].strip_prefix('、')?;
        (n > 0).then_some(())?;
        (1, line.len() - rest.len())
    };
    let title = line[after_mark..].trim_start();
    (!title.is_empty()).then(|| HeadingMark {
        level,
        title_offset: line.len() - title.len(),
    })
}

/// A line ending in a full stop is body text, even when it starts with a number.
fn ends_like_sentence(line: &str) -> bool {
    line.ends_with(['。', '；', '，', ';', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_levels() {
        assert_eq!(heading_mark("一、把准方向推工作").map(|m| m.level), Some(1));
        assert_eq!(heading_mark("（二）强化监督").map(|m| m.level), Some(2));
        assert_eq!(heading_mark("(三) 标题").map(|m| m.title_offset), Some("(三) ".len()));
        assert_eq!(heading_mark("## 第一章 总 则").map(|m| m.level), Some(2));
    }

    #[test]
    fn not_headings() {
        assert_eq!(heading_mark("一、这是一个完整的句子。"), None);
        assert_eq!(heading_mark("一、"), None);
        assert_eq!(heading_mark("#hashtag"), None);
        assert_eq!(heading_mark("各位常委会组成人员，同志们："), None);
    }
}
