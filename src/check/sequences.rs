//! Numbered sequences: gaps, duplicates, numbers out of order, levels used out of order and a
//! sequence written in two forms.
//!
//! The open sequences form a stack by the numbering's rank, as in the parser: a number closes
//! every sequence of a finer kind. A law's articles run through the whole law, across its
//! chapters; everything else starts again inside each parent.

use super::lines::NumberedLine;
use super::{Kind, Problem};
use crate::model::Document;
use crate::parse::numbering::Kind as Numbering;

/// One sequence: the lines in it, by their index among the numbered lines.
pub struct Run {
    pub lines: Vec<usize>,
}

struct Open {
    kind: Numbering,
    last: u32,
    /// The sequence's first line, whose form the others should follow.
    first: usize,
    run: usize,
    /// The line that closed it and whether that line began a sequence of its own while this
    /// one was open (`（一）` inside `1.`): if this sequence then goes on, the levels are crossed.
    closed_by: Option<(usize, bool)>,
}

pub fn check(doc: &Document, lines: &[NumberedLine]) -> (Vec<Problem>, Vec<Run>) {
    let mut problems = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut closed: Vec<Open> = Vec::new();
    let has_chinese_sections = lines.iter().any(|l| l.kind == Numbering::ChineseEnum);
    for (i, line) in lines.iter().enumerate() {
        if line.sub > 0 {
            continue;
        }
        let rank = line.kind.rank();
        let continuing = open.iter().any(|o| o.kind == line.kind);
        // Articles run through the whole law, across its parts and chapters; a judicial
        // interpretation's parts (`一、一般规定`) hold articles as chapters do.
        let keeps = |o: &Open| {
            o.kind.rank() < rank
                || o.kind == line.kind
                || (o.kind == Numbering::Article
                    && matches!(
                        line.kind,
                        Numbering::Part
                            | Numbering::Chapter
                            | Numbering::Division
                            | Numbering::ChineseEnum
                    ))
                || (o.kind == Numbering::ChineseEnum && line.kind == Numbering::Article)
        };
        let (kept, mut ended): (Vec<Open>, Vec<Open>) = open.drain(..).partition(keeps);
        open = kept;
        let starts_inside_finer = !continuing || line.value == 1;
        for o in &mut ended {
            o.closed_by = Some((i, starts_inside_finer && o.kind.rank() > rank));
        }
        closed.retain(|c| !ended.iter().any(|e| e.kind == c.kind));
        closed.extend(ended);

        if let Some(o) = open.iter_mut().find(|o| o.kind == line.kind) {
            if line.value == 1 {
                // A new list in a new paragraph of the same parent starts again at 1.
                runs.push(Run { lines: vec![i] });
                *o = Open {
                    kind: line.kind,
                    last: 1,
                    first: i,
                    run: runs.len() - 1,
                    closed_by: None,
                };
                continue;
            }
            problems.extend(step(doc, line, o.last, &lines[o.first]));
            runs[o.run].lines.push(i);
            o.last = o.last.max(line.value);
            continue;
        }
        let resumed = closed
            .iter()
            .position(|c| c.kind == line.kind && c.last + 1 == line.value && line.value > 1);
        if let Some(at) = resumed {
            let mut o = closed.remove(at);
            if let Some((closer, true)) = o.closed_by {
                let (inner, outer) = (&lines[closer], line.write(o.last));
                let here = inner.written(doc);
                problems.push(inner.problem(
                    doc,
                    Kind::Level,
                    format!("{here}开头的一组编号位于{outer}之下，层次应当高于它"),
                    format!("{here} numbers items inside {outer}, a finer level of numbering"),
                ));
            }
            if line.form != lines[o.first].form {
                problems.push(mixed(doc, line, &lines[o.first]));
            }
            o.last = line.value;
            o.closed_by = None;
            runs[o.run].lines.push(i);
            open.push(o);
            continue;
        }
        let here = line.written(doc);
        if line.value > 1 && line.kind == Numbering::Article {
            // Articles that start past 第一条: an excerpt (one 编 of a code), whose references
            // outside it `references` leaves unchecked.
            let last = lines
                .iter()
                .filter(|l| l.kind == Numbering::Article)
                .map(|l| l.value)
                .max()
                .unwrap_or(line.value);
            let (first, last_zh) = (line.write(1), line.write(last));
            problems.push(line.problem(
                doc,
                Kind::Gap,
                format!("{here}之前没有{first}：若本文是节选，引用{here}之前或{last_zh}之后条文的地方未作检查"),
                format!("{here} has no {first} before it: if this is an excerpt, references to articles before it or after article {last} are left unchecked"),
            ));
        } else if line.value > 1 {
            let first = line.write(1);
            problems.push(line.problem(
                doc,
                Kind::Gap,
                format!("{here}之前没有{first}"),
                format!("{here} has no {first} before it"),
            ));
        } else if line.kind == Numbering::ParenChinese
            && has_chinese_sections
            && !open
                .iter()
                .any(|o| matches!(o.kind, Numbering::ChineseEnum | Numbering::Article))
        {
            problems.push(line.problem(
                doc,
                Kind::Level,
                format!("{here}不在任何“一、”部分之内，而文中有“一、”部分"),
                format!("{here} stands outside any 一、 section, though the document has them"),
            ));
        }
        runs.push(Run { lines: vec![i] });
        open.push(Open {
            kind: line.kind,
            last: line.value,
            first: i,
            run: runs.len() - 1,
            closed_by: None,
        });
    }
    (problems, runs)
}

/// The problems of `line` coming after `last` in the sequence that `first` began.
fn step(doc: &Document, line: &NumberedLine, last: u32, first: &NumberedLine) -> Vec<Problem> {
    let mut out = Vec::new();
    let (here, before) = (line.written(doc), line.write(last));
    let problem = |kind, zh, en| line.problem(doc, kind, zh, en);
    if line.value == last {
        out.push(problem(
            Kind::Duplicate,
            format!("{here}重复出现"),
            format!("{here} appears twice"),
        ));
    } else if line.value < last {
        out.push(problem(
            Kind::Order,
            format!("{here}排在{before}之后"),
            format!("{here} comes after {before}"),
        ));
    } else if line.value > last + 1 {
        let missing = if line.value == last + 2 {
            line.write(last + 1)
        } else {
            format!("{}至{}", line.write(last + 1), line.write(line.value - 1))
        };
        let missing_en = missing.replace('至', " to ");
        out.push(problem(
            Kind::Gap,
            format!("{before}之后是{here}，缺少{missing}"),
            format!("{here} follows {before}: {missing_en} is missing"),
        ));
    }
    if line.form != first.form {
        out.push(mixed(doc, line, first));
    }
    out
}

fn mixed(doc: &Document, line: &NumberedLine, first: &NumberedLine) -> Problem {
    let (here, first) = (line.written(doc), first.written(doc));
    line.problem(
        doc,
        Kind::Mixed,
        format!("{here}的写法与本组第一个编号{first}不同"),
        format!("{here} is written differently from {first}, the first of its sequence"),
    )
}
