//! An announced count (`讲三点意见`, `强调两点`, `从四个方面`, `以下五项`) against the number
//! of sections or `一是`/`二是` points that follow it.

use super::lines::NumberedLine;
use super::sequences::Run;
use super::{Kind, Problem};
use crate::model::{BlockKind, Document, Piece, Span};
use crate::parse::numerals::{chinese, write_chinese};

/// The words that announce the count just before the number: `讲`三点意见, `从`四个方面.
const ANNOUNCING: &[&str] = &[
    "讲",
    "谈",
    "强调",
    "提出",
    "提",
    "说",
    "从",
    "以下",
    "如下",
    "下面",
    "着重",
    "重点抓好",
    "抓好",
    "做好",
];
/// What is counted, longest first.
const COUNTED: &[&str] = &[
    "点意见",
    "点建议",
    "点要求",
    "点希望",
    "点体会",
    "点认识",
    "点看法",
    "点想法",
    "个方面",
    "项工作",
    "项任务",
    "项措施",
    "个问题",
    "方面",
    "点",
    "项",
];
const COUNT_DIGITS: &[char] = &['两', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

struct Announcement {
    span: Span,
    count: u32,
    /// Where the text after the announcement begins, within the block.
    after: usize,
}

pub fn check(
    doc: &Document,
    pieces: &[Piece],
    lines: &[NumberedLine],
    runs: &[Run],
) -> Vec<Problem> {
    let mut out = Vec::new();
    for (at, piece) in pieces.iter().enumerate() {
        let Piece::Block(block) = piece else { continue };
        if block.kind != BlockKind::Paragraph {
            continue;
        }
        let text = doc.text(block.text);
        for a in announcements(text, block.text.start) {
            let Some(found) = counted(doc, pieces, at, &text[a.after..], lines, runs) else {
                continue;
            };
            if found == a.count {
                continue;
            }
            let words = doc.text(a.span).to_string();
            out.push(Problem {
                kind: Kind::Count,
                span: a.span,
                place: words.clone(),
                zh: format!("“{words}”，其后却有{}项", write_chinese(found)),
                en: format!("“{words}” announces {}, but {found} follow", a.count),
            });
        }
    }
    out
}

fn announcements(text: &str, base: usize) -> Vec<Announcement> {
    let mut out = Vec::new();
    // Found from what is counted (a fast search for one character), then read backwards.
    let mut found: Vec<usize> = ['点', '方', '项', '个']
        .iter()
        .flat_map(|&c| text.match_indices(c).map(|(at, _)| at))
        .collect();
    found.sort_unstable();
    for at in found {
        let Some(counted) = COUNTED.iter().find(|w| text[at..].starts_with(*w)) else {
            continue;
        };
        if text[..at].ends_with('个') {
            continue; // `个方面` is found from its `个`
        }
        let digits = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| COUNT_DIGITS.contains(&c) || c == '一')
            .last();
        let Some((i, _)) = digits else { continue };
        if text[..i].ends_with('第') {
            continue;
        }
        let Some(count) = chinese(&text[i..at]).filter(|&n| n >= 2) else {
            continue;
        };
        let Some(verb) = ANNOUNCING.iter().find(|v| text[..i].ends_with(*v)) else {
            continue;
        };
        let end = at + counted.len();
        // `讲三点意见，一是……` counts the points after it; `讲三点意见。` the sections that follow.
        let sentence_end = text[end..]
            .find(['。', '：', ':'])
            .map_or(text.len(), |j| end + j);
        let after = text[sentence_end..]
            .chars()
            .next()
            .map_or(sentence_end, |c| sentence_end + c.len_utf8());
        out.push(Announcement {
            span: Span::new(base + i - verb.len(), base + end),
            count,
            after,
        });
    }
    out
}

/// How many points or sections follow an announcement: `一是`… in the rest of its paragraph
/// or in the paragraphs after it, or else the sequence of numbered lines that starts right
/// after it. `None` when nothing that can be counted follows.
fn counted(
    doc: &Document,
    pieces: &[Piece],
    at: usize,
    rest: &str,
    lines: &[NumberedLine],
    runs: &[Run],
) -> Option<u32> {
    if rest.contains("一是") {
        return Some(points(rest));
    }
    if !rest.trim().is_empty() {
        return None;
    }
    if let Some(next) = lines
        .iter()
        .position(|l| l.piece == at + 1)
        .filter(|&n| lines[n].value == 1)
    {
        let run = runs.iter().find(|r| r.lines.first() == Some(&next))?;
        return Some(run.lines.len() as u32);
    }
    // Paragraphs each opening with `一是`, `二是`.
    let mut n = 0;
    for piece in &pieces[at + 1..] {
        let text = doc.text(piece.text());
        if text.starts_with(&format!("{}是", write_chinese(n + 1))) {
            n += 1;
        } else {
            break;
        }
    }
    (n > 0).then_some(n)
}

/// `一是……二是……三是……`: the highest point counted from one without a break.
fn points(text: &str) -> u32 {
    let mut n = 1;
    let mut from = text.find("一是").unwrap_or(0);
    while let Some(j) = text[from..].find(&format!("{}是", write_chinese(n + 1))) {
        from += j;
        n += 1;
    }
    n
}
