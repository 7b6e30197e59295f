//! Key points that have no heading line of their own: the sentences that carry a sub-topic
//! inside a paragraph of a speech or report.

use super::sentences::sentences;
use std::ops::Range;

/// `要扎实做好立法工作。` is a point; `要始终把学习贯彻……（a long sentence）` is not.
const MAX_YAO_POINT_CHARS: usize = 16;

const ORDINALS: [&str; 10] = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"];
const SEQUENCE_WORDS: [&str; 4] = ["首先", "其次", "再次", "最后"];

/// The key points of a paragraph, as byte ranges of its text:
/// short sentences opening with `要`; `一是……`, `二是……`; `首先/其次/最后，……` and `——` bullets
/// at the start of the paragraph.
pub fn key_points(text: &str) -> Vec<Range<usize>> {
    let sentences = sentences(text);
    let mut out = Vec::new();
    for (i, range) in sentences.iter().enumerate() {
        let sentence = text[range.clone()].trim_start();
        let lead = range.start + (text[range.clone()].len() - sentence.len());
        let point = lead..range.end;
        let yao = sentence.starts_with('要') && sentence.chars().count() <= MAX_YAO_POINT_CHARS;
        let ordinal = ORDINALS.iter().any(|o| sentence.starts_with(o));
        let opening = i == 0
            && (sentence.starts_with("——")
                || SEQUENCE_WORDS.iter().any(|w| {
                    sentence.strip_prefix(w).is_some_and(|rest| rest.starts_with(['，', ',', '：']))
                }));
        if yao || ordinal || opening {
            out.push(point);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(text: &str) -> Vec<&str> {
        key_points(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn kinds_of_key_points() {
        assert_eq!(points("总体看。要完善运行机制。坚持……。要建优工作队伍。"), ["要完善运行机制。", "要建优工作队伍。"]);
        assert_eq!(points("要始终把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。"), Vec::<&str>::new());
        assert_eq!(points("我们都要义不容辞。"), Vec::<&str>::new());
        assert_eq!(points("一是加大宏观调控力度。二是依靠创新。"), ["一是加大宏观调控力度。", "二是依靠创新。"]);
        assert_eq!(points("——经济总体回升向好。国内生产总值超过126万亿元。"), ["——经济总体回升向好。"]);
        assert_eq!(points("首先，统一思想。其次要落实。"), ["首先，统一思想。"]);
    }
}
