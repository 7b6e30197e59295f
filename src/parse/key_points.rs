//! Key points that have no heading line of their own: the sentences that carry a sub-topic
//! inside a paragraph of a speech or report.

use super::sentences::CLOSERS;
use std::ops::Range;

/// `要扎实做好立法工作。` is a point; `要始终把学习贯彻……（a long sentence）` is not.
const MAX_YAO_POINT_CHARS: usize = 16;

const ORDINAL_DIGITS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SEQUENCE_WORDS: [&str; 4] = ["首先", "其次", "再次", "最后"];
const TERMINATORS: &[char] = &['。', '！', '？'];

/// The key points of a paragraph, as byte ranges of its text, in order:
/// short sentences opening with `要`; `一是……`, `二是……`; `首先/其次/最后，……` and `——` bullets
/// at the start of the paragraph.
///
/// This runs on every paragraph of every document, so rather than splitting all text into
/// sentences it searches for the few characters a point can start with (a fast substring
/// search) and looks at the sentence around each.
pub fn key_points(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let opens_with_sequence_word = SEQUENCE_WORDS.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(['，', ',', '：']))
    });
    if text.starts_with("——") || opens_with_sequence_word {
        out.push(0..sentence_end(text, 0));
    }
    for (at, _) in text.match_indices('要') {
        let end = sentence_end(text, at);
        if starts_sentence(text, at) && text[at..end].chars().count() <= MAX_YAO_POINT_CHARS {
            out.push(at..end);
        }
    }
    for (at, _) in text.match_indices('是') {
        let Some(digit) = text[..at]
            .chars()
            .next_back()
            .filter(|c| ORDINAL_DIGITS.contains(c))
        else {
            continue;
        };
        let start = at - digit.len_utf8();
        if starts_sentence(text, start) {
            out.push(start..sentence_end(text, start));
        }
    }
    out.sort_by_key(|r| r.start);
    out.dedup_by(|later, earlier| later.start < earlier.end);
    out
}

fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| CLOSERS.contains(&c) || c.is_whitespace());
    before.is_empty() || before.ends_with(TERMINATORS)
}

/// The end of the sentence that starts at `from`: after its terminator and closing quotes.
fn sentence_end(text: &str, from: usize) -> usize {
    let Some(stop) = text[from..].find(TERMINATORS) else {
        return text.len();
    };
    let after = from + stop + '。'.len_utf8();
    after + (text[after..].len() - text[after..].trim_start_matches(CLOSERS).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(text: &str) -> Vec<&str> {
        key_points(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn kinds_of_key_points() {
        assert_eq!(
            points("总体看。要完善运行机制。坚持……。要建优工作队伍。"),
            ["要完善运行机制。", "要建优工作队伍。"]
        );
        assert_eq!(
            points("要始终把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。"),
            Vec::<&str>::new()
        );
        assert_eq!(points("我们都要义不容辞。"), Vec::<&str>::new());
        assert_eq!(
            points("一是加大宏观调控力度。二是依靠创新。"),
            ["一是加大宏观调控力度。", "二是依靠创新。"]
        );
        assert_eq!(
            points("——经济总体回升向好。国内生产总值超过126万亿元。"),
            ["——经济总体回升向好。"]
        );
        assert_eq!(points("首先，统一思想。其次要落实。"), ["首先，统一思想。"]);
    }
}
