//! Comparing two versions of a law (修改前后对照表) on the four pairs in tests/versions and
//! tests/corpus: pairing by content, counts that add up, nothing lost on either side.

use docview::compare::{compare, units, Comparison, RowKind, UnitKind};
use docview::model::Document;
use docview::parse::parse;

fn read(path: &str) -> Document {
    let dir = env!("CARGO_MANIFEST_DIR");
    parse(std::fs::read_to_string(format!("{dir}/tests/{path}")).expect(path))
}

const PAIRS: [(&str, &str); 4] = [
    ("versions/law_代表法_2015.md", "versions/law_代表法_2025.md"),
    ("versions/law_公司法_2018.md", "versions/law_公司法_2023.md"),
    (
        "versions/law_国务院组织法_1982.md",
        "versions/law_国务院组织法_2024.md",
    ),
    (
        "versions/law_行政复议法_2017.md",
        "corpus/law_行政复议法_2023.md",
    ),
];

fn articles(units: &[docview::compare::Unit]) -> usize {
    units.iter().filter(|u| u.kind == UnitKind::Article).count()
}

#[test]
fn the_units_of_each_version_tile_its_text() {
    for path in PAIRS.iter().flat_map(|(a, b)| [a, b]) {
        let doc = read(path);
        let units = units(&doc);
        let mut at = 0;
        for unit in &units {
            assert_eq!(
                unit.span.start,
                at,
                "{path}: a gap or an overlap before {:?}",
                doc.text(unit.span).chars().take(20).collect::<String>()
            );
            at = unit.span.end;
        }
        assert_eq!(
            at,
            doc.source.len(),
            "{path}: the units end before the text"
        );
    }
}

#[test]
fn blank_lines_around_the_text_are_no_paragraph_added() {
    let text = "一、总则\n本法所称代表。\n二、附则\n本法自公布之日起施行。\n";
    let padded = format!("\n\n{text}\n");
    let comparison = compare(&parse(text.to_string()), &parse(padded.clone()));
    assert!(
        comparison.rows.iter().all(|r| r.kind == RowKind::Unchanged),
        "{:?}",
        comparison.rows
    );
    let doc = parse(padded);
    let tiles: Vec<_> = units(&doc)
        .iter()
        .map(|u| (u.span.start, u.span.end))
        .collect();
    assert_eq!(tiles.first().map(|t| t.0), Some(0));
    assert_eq!(tiles.last().map(|t| t.1), Some(doc.source.len()));
    assert!(tiles.windows(2).all(|w| w[0].1 == w[1].0), "{tiles:?}");
}

#[test]
fn every_unit_of_both_versions_is_in_exactly_one_row_and_the_counts_add_up() {
    for (old_path, new_path) in PAIRS {
        let (old, new) = (read(old_path), read(new_path));
        let c: Comparison = compare(&old, &new);
        let mut seen_old = vec![0; c.old.len()];
        let mut seen_new = vec![0; c.new.len()];
        for row in &c.rows {
            row.old.inspect(|&i| seen_old[i] += 1);
            row.new.inspect(|&j| seen_new[j] += 1);
        }
        assert!(
            seen_old.iter().chain(&seen_new).all(|&n| n == 1),
            "{new_path}: a unit in no row or in two"
        );
        let counts = c.counts();
        assert_eq!(
            counts.unchanged + counts.changed + counts.added,
            articles(&c.new),
            "{new_path}: {counts:?}"
        );
        assert_eq!(
            counts.unchanged + counts.changed + counts.deleted,
            articles(&c.old),
            "{new_path}: {counts:?}"
        );
        // Every pair of identical texts is reported unchanged: no identical article left unpaired.
        let text = |doc: &Document, u: &docview::compare::Unit| {
            doc.text(u.body).split_whitespace().collect::<String>()
        };
        for row in c.rows.iter().filter(|r| matches!(r.kind, RowKind::Added)) {
            let added = text(&new, &c.new[row.new.unwrap()]);
            let twin = c
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Deleted)
                .any(|r| text(&old, &c.old[r.old.unwrap()]) == added);
            assert!(
                !twin,
                "{new_path}: an added article has an identical deleted one"
            );
        }
        for row in &c.rows {
            if let (Some(i), Some(j)) = (row.old, row.new) {
                assert_eq!(
                    text(&old, &c.old[i]) == text(&new, &c.new[j]),
                    matches!(row.kind, RowKind::Unchanged | RowKind::Renumbered),
                    "{new_path}"
                );
            }
        }
        println!("{new_path}: {counts:?}, {} rows", c.rows.len());
    }
}

#[test]
fn the_代表法_pair_24_identical_articles_of_which_one_kept_its_number() {
    let c = compare(&read(PAIRS[0].0), &read(PAIRS[0].1));
    let counts = c.counts();
    assert_eq!((articles(&c.old), articles(&c.new)), (52, 65));
    assert_eq!(counts.unchanged, 24, "{counts:?}");
    assert_eq!(counts.renumbered, 23, "{counts:?}");
}

#[test]
fn the_changes_inside_a_pair_are_spans_of_each_text_that_rebuild_the_new_one() {
    let (old, new) = (read(PAIRS[2].0), read(PAIRS[2].1));
    let c = compare(&old, &new);
    let changed: Vec<_> = c
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Changed)
        .collect();
    assert!(!changed.is_empty());
    for row in changed {
        let (o, n) = (&c.old[row.old.unwrap()], &c.new[row.new.unwrap()]);
        assert!(row
            .deleted
            .iter()
            .all(|s| s.start >= o.body.start && s.end <= o.body.end));
        assert!(row
            .inserted
            .iter()
            .all(|s| s.start >= n.body.start && s.end <= n.body.end));
        assert!(!row.deleted.is_empty() || !row.inserted.is_empty());
        // The old text without what was deleted and the new one without what was inserted are the same.
        let without = |doc: &Document, body: docview::model::Span, out: &[docview::model::Span]| {
            let mut text = String::new();
            let mut at = body.start;
            for s in out {
                text.push_str(&doc.source[at..s.start]);
                at = s.end;
            }
            text.push_str(&doc.source[at..body.end]);
            text
        };
        assert_eq!(
            without(&old, o.body, &row.deleted),
            without(&new, n.body, &row.inserted)
        );
    }
}

/// The 国务院组织法 of 1982 (11 articles) against that of 2024 (20), paired by reading both: the
/// purpose article rewritten whole; 第六条 (国务委员) merged into the new 第五条's second
/// paragraph, so shown deleted; 第七条 (秘书长) the same text as 第十条; 第十条 and 第十一条
/// swapped places as 第十四条 and 第十三条; eleven new articles.
#[test]
fn the_国务院组织法_pair_aligns_as_a_reader_of_both_would() {
    let c = compare(&read(PAIRS[2].0), &read(PAIRS[2].1));
    let number = |units: &[docview::compare::Unit], i: Option<usize>| {
        i.and_then(|i| units[i].number.clone()).unwrap_or_default()
    };
    let rows: Vec<(RowKind, String, String)> = c
        .rows
        .iter()
        .filter(|r| {
            r.old
                .map(|i| c.old[i].kind)
                .or(r.new.map(|j| c.new[j].kind))
                == Some(UnitKind::Article)
        })
        .map(|r| (r.kind, number(&c.old, r.old), number(&c.new, r.new)))
        .collect();
    use RowKind::*;
    let expected: Vec<(RowKind, &str, &str)> = vec![
        (Changed, "第一条", "第一条"),
        (Added, "", "第二条"),
        (Added, "", "第三条"),
        (Added, "", "第四条"),
        (Changed, "第二条", "第五条"),
        (Changed, "第三条", "第六条"),
        (Changed, "第四条", "第七条"),
        (Added, "", "第八条"),
        (Changed, "第五条", "第九条"),
        (Deleted, "第六条", ""),
        (Renumbered, "第七条", "第十条"),
        (Changed, "第八条", "第十一条"),
        (Changed, "第九条", "第十二条"),
        (Changed, "第十一条", "第十三条"),
        (Changed, "第十条", "第十四条"),
        (Added, "", "第十五条"),
        (Added, "", "第十六条"),
        (Added, "", "第十七条"),
        (Added, "", "第十八条"),
        (Added, "", "第十九条"),
        (Added, "", "第二十条"),
    ];
    assert_eq!(
        rows,
        expected
            .into_iter()
            .map(|(k, o, n)| (k, o.to_string(), n.to_string()))
            .collect::<Vec<_>>()
    );
}

#[test]
fn articles_numbered_之一_are_articles() {
    let doc = parse(
        "第三章 附则\n\n第十四条 甲。\n\n第十四条之一 乙。\n\n第65条 丙。\n\n第十四条款 丁。\n"
            .into(),
    );
    let articles: Vec<String> = units::units(&doc)
        .into_iter()
        .filter(|u| u.kind == UnitKind::Article)
        .filter_map(|u| u.number)
        .collect();
    assert_eq!(articles, ["第十四条", "第十四条之一", "第65条"]);
}

#[test]
fn the_comparison_exports_as_a_markdown_table_and_as_json() {
    let (old, new) = (read(PAIRS[2].0), read(PAIRS[2].1));
    let c = compare(&old, &new);
    let md = docview::export::comparison_markdown(&c, &old, &new, "中华人民共和国国务院组织法");
    assert!(md.starts_with("# 《中华人民共和国国务院组织法》修改前后对照表\n"));
    assert!(md.contains("| 修改前 | 修改后 |"));
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| 第") || l.starts_with("|  | 第") || l.contains("| 第"))
        .collect();
    assert!(
        rows.iter().any(|l| l.contains("~~") && l.contains("**")),
        "a changed article marks both sides"
    );
    assert!(
        md.lines()
            .skip(4)
            .all(|l| l.is_empty()
                || (l.starts_with("| ") && l.ends_with(" |") || l.ends_with("| |"))),
        "one table row a line"
    );
    assert!(!md.contains("INFO END"), "comments are not shown");
    let json: serde_json::Value =
        serde_json::from_str(&docview::export::comparison_json(&c)).unwrap();
    assert_eq!(json["counts"]["added"], 10);
    assert_eq!(json["rows"].as_array().unwrap().len(), c.rows.len());
    assert_eq!(json["rows"][0]["kind"], "unchanged");
}

#[test]
fn the_filter_over_a_comparison_finds_a_term_on_either_side() {
    use docview::compare::ComparisonIndex;
    let (old, new) = (
        read("versions/law_国务院组织法_1982.md"),
        read("versions/law_国务院组织法_2024.md"),
    );
    let c = compare(&old, &new);
    let index = ComparisonIndex::new(&c, &old, &new);
    let row_text = |r: usize| {
        let row = &c.rows[r];
        let side = |units: &[docview::compare::Unit], doc: &Document, i: Option<usize>| {
            i.map(|i| doc.text(units[i].shown_text(doc)).to_string())
                .unwrap_or_default()
        };
        (side(&c.old, &old, row.old), side(&c.new, &new, row.new))
    };
    // Taken out by the revision: found in the earlier version's column only.
    assert!(!new.source.contains("有关国务院的规定"));
    let gone = index.find(&c, "有关国务院的规定");
    assert_eq!(gone.rows.len(), 1);
    assert!(
        row_text(gone.rows[0]).0.contains("有关国务院的规定")
            && row_text(gone.rows[0]).1.starts_with("第一条")
    );
    assert_eq!((gone.old.len(), gone.new.len()), (1, 0));
    // Put in: the new column only.
    assert!(!old.source.contains("组织和工作制度"));
    let put_in = index.find(&c, "组织和工作制度");
    assert_eq!(put_in.rows.len(), 1);
    assert_eq!((put_in.old.len(), put_in.new.len()), (0, 1));
    // A term on both sides: every row that holds it on either side, and no other.
    let both = index.find(&c, "总理");
    let expected: Vec<usize> = (0..c.rows.len())
        .filter(|&r| {
            let (a, b) = row_text(r);
            a.contains("总理") || b.contains("总理")
        })
        .collect();
    assert!(expected.len() > 3);
    assert_eq!(both.rows, expected);
    // The query language of the reader: all terms in one unit, exclusions.
    let narrowed = index.find(&c, "总理 -副总理");
    assert!(!narrowed.rows.is_empty() && narrowed.rows.len() < both.rows.len());
    assert!(!index.find(&c, "").old.is_active());
}

#[test]
fn a_row_is_named_by_its_article_number_or_the_start_of_its_text() {
    let (old, new) = (
        read("versions/law_国务院组织法_1982.md"),
        read("versions/law_国务院组织法_2024.md"),
    );
    let c = compare(&old, &new);
    let labels: Vec<String> = c
        .rows
        .iter()
        .filter(|r| r.kind != RowKind::Unchanged)
        .map(|r| c.label(r, &old, &new))
        .collect();
    assert!(labels.contains(&"第一条".to_string()), "{labels:?}");
    assert!(
        labels.contains(&"原第六条".to_string()),
        "a deleted article by its old number: {labels:?}"
    );
    assert!(
        labels
            .iter()
            .any(|l| l.ends_with('…') && l.chars().count() == 17),
        "{labels:?}"
    );
    let speech = parse("讲话\n\n同志们：\n\n今天的会议很重要。\n".to_string());
    let edited = parse("讲话\n\n同志们：\n\n今天的会议非常重要。\n".to_string());
    let c = compare(&speech, &edited);
    let changed = c
        .rows
        .iter()
        .find(|r| r.kind == RowKind::Changed)
        .expect("a changed paragraph");
    assert_eq!(c.label(changed, &speech, &edited), "今天的会议非常重要。");
}

#[test]
fn a_comparison_crosses_from_the_worker_as_numbers_and_back_unchanged() {
    use docview::compare::wire;
    for (old_path, new_path) in PAIRS {
        let (old, new) = (read(old_path), read(new_path));
        let c = compare(&old, &new);
        let numbers = wire::encode(&c);
        assert_eq!(
            wire::decode(&numbers, &old, &new).as_ref(),
            Some(&c),
            "{new_path}"
        );
    }
    let (old, new) = (read(PAIRS[0].0), read(PAIRS[0].1));
    let numbers = wire::encode(&compare(&old, &new));
    // Rows of other documents (here the two swapped: the 2025 law has more units than the 2015
    // one), or cut short, are refused rather than shown wrong.
    assert!(wire::decode(&numbers, &new, &old).is_none());
    assert!(wire::decode(&numbers[..numbers.len() - 1], &old, &new).is_none());
    assert!(wire::decode(&[9, 0, 0, 0, 0, 0], &old, &new).is_none());
}
