//! Whether a numbered line has the shape of a heading, and where the heading ends.

use super::numbering::{Kind, Number};

/// Headings are short: a longer line that starts with a number is a numbered paragraph.
const MAX_HEADING_CHARS: usize = 40;

/// A heading found at the start of a line (offsets are bytes into the line's text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// Where the title starts, after the number and the space after it.
    pub title_start: usize,
    /// Where the heading ends; what follows on the line is body text.
    pub end: usize,
}

/// `# Title`: the level and where the title starts.
pub fn markdown(line: &str) -> Option<(u8, usize)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    let title = rest.trim_start();
    (rest.starts_with([' ', '\t']) && !title.is_empty())
        .then(|| (hashes as u8, line.len() - title.len()))
}

pub fn shape(line: &str, number: &Number) -> Option<Shape> {
    let after = &line[number.len..];
    let title_start = line.len() - after.trim_start().len();
    let whole = Shape {
        title_start,
        end: line.len(),
    };
    if number.kind.heads_its_body() {
        return Some(Shape {
            title_start: number.len,
            end: number.len,
        });
    }
    if title_start == line.len() {
        return None;
    }
    let chars = line.chars().count();
    if matches!(number.kind, Kind::Part | Kind::Chapter | Kind::Division) {
        return (chars <= MAX_HEADING_CHARS).then_some(whole);
    }
    if chars <= MAX_HEADING_CHARS && !ends_like_sentence(line, number.kind) {
        return Some(whole);
    }
    // `（一）构建高水平……体制。坚持……`: the first sentence is the heading, if it reads like
    // one: short, and at most one clause break (a narrative sentence has several).
    if number.kind.is_chinese() {
        let stop = line[title_start..].find(['。', '！', '？'])? + title_start;
        let end = stop + '。'.len_utf8();
        let heading = &line[..end];
        let short = heading.chars().count() <= MAX_HEADING_CHARS;
        let clauses = heading.matches(['，', '；', ',']).count();
        return (short && clauses <= 1 && end < line.len()).then_some(Shape { title_start, end });
    }
    None
}

/// A line ending like a sentence is body text, even when it starts with a number.
fn ends_like_sentence(line: &str, kind: Kind) -> bool {
    let latin = matches!(
        kind,
        Kind::Roman | Kind::Alpha | Kind::Decimal(_) | Kind::Arabic
    );
    line.ends_with(['。', '；', '，', ';', ',', '：', '！', '？'])
        || (latin && line.ends_with(['.', ':', '?', '!']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::numbering::numbers;

    fn heading_of(line: &str) -> Option<&str> {
        let n = numbers(line).into_iter().next()?;
        shape(line, &n).map(|s| &line[..s.end])
    }

    #[test]
    fn whole_line_and_inline_headings() {
        assert_eq!(heading_of("一、把准方向推工作"), Some("一、把准方向推工作"));
        assert_eq!(
            heading_of("（一）高度重视复制推广工作。各地区要……落实。"),
            Some("（一）高度重视复制推广工作。")
        );
        assert_eq!(heading_of("第一条 为了保证"), Some("第一条"));
        assert_eq!(
            heading_of("## 第一章 总 则"),
            None,
            "Markdown is recognised separately"
        );
        assert_eq!(markdown("## 第一章 总 则"), Some((2, 3)));
        assert_eq!(markdown("#hashtag"), None);
    }

    #[test]
    fn numbered_sentences_are_not_headings() {
        assert_eq!(heading_of("一、这是一个完整的句子。"), None);
        assert_eq!(heading_of("一、"), None);
        assert_eq!(heading_of("1.先帝创业未半而中道崩殂，今天下三分，益州疲弊，此诚危急存亡之秋也。然侍卫之臣不懈于内"), None);
        assert_eq!(heading_of("A. The President shall be elected."), None);
    }
}
