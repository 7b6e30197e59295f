//! Two versions of a document → a comparison (修改前后对照表): each unit of the new version
//! (an article, or a paragraph where there are no articles; see `units`) paired with its
//! counterpart in the old one by content, not by number, or marked added; each old unit without
//! a counterpart marked deleted; the changes inside a pair at the level of characters.
//!
//! Pairing: identical texts first (whatever their numbers), then the most similar remaining
//! pairs (character bigrams, Dice), best first, above [`SIMILAR`]; the rest added or deleted.
//! Rows follow the new version; a deleted unit comes after the row of the old unit before it.

mod filter;
mod similarity;
pub mod units;
pub mod wire;

use crate::model::{Document, Span};
pub use filter::{ComparisonIndex, ComparisonMatches};
use similarity::Bigrams;
use std::collections::HashMap;
pub use units::{units, Unit, UnitKind};

/// Two units at least this similar are the same unit, changed.
pub const SIMILAR: f64 = 0.5;
/// Up to this many unpaired pairs, every one is weighed; beyond, only those within [`NEAR`] of
/// each other's place (a fraction of the document).
const ALL_PAIRS_UP_TO: usize = 250_000;
const NEAR: f64 = 0.05;
/// A row without a number is named by this many characters of its text.
const LABEL_CHARS: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    /// The same text, the same number.
    Unchanged,
    /// The same text under another number (`原第十二条`).
    Renumbered,
    Changed,
    Added,
    Deleted,
}

impl RowKind {
    /// The kind's name, as the JSON export and the page's rows write it.
    pub fn name(self) -> &'static str {
        match self {
            RowKind::Unchanged => "unchanged",
            RowKind::Renumbered => "renumbered",
            RowKind::Changed => "changed",
            RowKind::Added => "added",
            RowKind::Deleted => "deleted",
        }
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Row {
    pub kind: RowKind,
    /// Indices into `Comparison::old` and `Comparison::new`.
    pub old: Option<usize>,
    pub new: Option<usize>,
    /// Paired across chapters.
    pub moved: bool,
    /// What the new version took out of the old unit (spans of the old text) and put into the
    /// new one (spans of the new text).
    pub deleted: Vec<Span>,
    pub inserted: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Comparison {
    pub old: Vec<Unit>,
    pub new: Vec<Unit>,
    pub rows: Vec<Row>,
}

/// How many of the counted units (articles, or paragraphs where neither version has articles)
/// each row kind holds; `unchanged` includes the renumbered ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub unchanged: usize,
    pub renumbered: usize,
    pub changed: usize,
    pub added: usize,
    pub deleted: usize,
    pub moved: usize,
}

impl Comparison {
    /// The unit a row stands for: the new version's, or the old one's for a deleted row.
    pub fn unit_of(&self, row: &Row) -> Option<&Unit> {
        row.new
            .map(|j| &self.new[j])
            .or_else(|| row.old.map(|i| &self.old[i]))
    }

    /// Whether a reader is shown the row: not one of what the page never shows (a Markdown comment).
    pub fn is_shown(&self, row: &Row) -> bool {
        self.unit_of(row).is_none_or(|u| u.shown)
    }

    /// The rows a reader is shown.
    pub fn shown_rows(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|row| self.is_shown(row))
    }

    /// What names a row in a list of changes: the article's number (the new one; `原第X条` for a
    /// deleted article), or the start of the unit's text.
    pub fn label(&self, row: &Row, old: &Document, new: &Document) -> String {
        let (unit, doc) = match row.new {
            Some(j) => (&self.new[j], new),
            None => (&self.old[row.old.unwrap_or_default()], old),
        };
        if let Some(number) = &unit.number {
            return if row.new.is_some() {
                number.clone()
            } else {
                format!("原{number}")
            };
        }
        let text: String = doc.text(unit.shown_text(doc)).split_whitespace().collect();
        match text.char_indices().nth(LABEL_CHARS) {
            Some((at, _)) => format!("{}…", &text[..at]),
            None => text,
        }
    }

    /// The kind of unit the summary counts.
    pub fn counted_kind(&self) -> UnitKind {
        if self
            .old
            .iter()
            .chain(&self.new)
            .any(|u| u.kind == UnitKind::Article)
        {
            UnitKind::Article
        } else {
            UnitKind::Paragraph
        }
    }

    /// The rows the summary counts and the list of changes names, with their indices: those of
    /// shown units of the counted kind (articles, or paragraphs where neither version has any).
    pub fn counted_rows(&self) -> impl Iterator<Item = (usize, &Row)> {
        let counted = self.counted_kind();
        self.rows.iter().enumerate().filter(move |(_, row)| {
            self.unit_of(row)
                .is_some_and(|u| u.kind == counted && u.shown)
        })
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for (_, row) in self.counted_rows() {
            match row.kind {
                RowKind::Unchanged => c.unchanged += 1,
                RowKind::Renumbered => {
                    c.unchanged += 1;
                    c.renumbered += 1;
                }
                RowKind::Changed => c.changed += 1,
                RowKind::Added => c.added += 1,
                RowKind::Deleted => c.deleted += 1,
            }
            c.moved += usize::from(row.moved);
        }
        c
    }
}

/// The text a unit is compared by: its body without white space.
fn key(doc: &Document, unit: &Unit) -> String {
    doc.text(unit.body)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

pub fn compare(old_doc: &Document, new_doc: &Document) -> Comparison {
    let (old, new) = (units(old_doc), units(new_doc));
    let old_keys: Vec<String> = old.iter().map(|u| key(old_doc, u)).collect();
    let new_keys: Vec<String> = new.iter().map(|u| key(new_doc, u)).collect();
    let mut partner_of_new: Vec<Option<usize>> = vec![None; new.len()];
    let mut partner_of_old: Vec<Option<usize>> = vec![None; old.len()];

    // Identical texts, in order.
    let mut by_key: HashMap<(&str, UnitKind), Vec<usize>> = HashMap::new();
    for (i, k) in old_keys.iter().enumerate().rev() {
        by_key.entry((k.as_str(), old[i].kind)).or_default().push(i);
    }
    for (j, k) in new_keys.iter().enumerate() {
        if let Some(i) = by_key
            .get_mut(&(k.as_str(), new[j].kind))
            .and_then(Vec::pop)
        {
            partner_of_new[j] = Some(i);
            partner_of_old[i] = Some(j);
        }
    }

    // The most similar of the rest, best first.
    let old_grams: Vec<Option<Bigrams>> = old_keys
        .iter()
        .enumerate()
        .map(|(i, k)| partner_of_old[i].is_none().then(|| Bigrams::of(k)))
        .collect();
    let mut candidates = Vec::new();
    let unpaired = |partners: &[Option<usize>]| partners.iter().filter(|p| p.is_none()).count();
    // Long documents: every unit against every other would take seconds (two 1 MB laws: 13 s),
    // so a unit is compared only with those near its place in the other version.
    let window = if unpaired(&partner_of_new) * unpaired(&partner_of_old) > ALL_PAIRS_UP_TO {
        NEAR
    } else {
        1.0
    };
    for (j, k) in new_keys
        .iter()
        .enumerate()
        .filter(|(j, _)| partner_of_new[*j].is_none())
    {
        let grams = Bigrams::of(k);
        let place = j as f64 / new.len() as f64;
        for (i, other) in old_grams.iter().enumerate() {
            let Some(other) = other else { continue };
            let distance = (i as f64 / old.len() as f64 - place).abs();
            if old[i].kind != new[j].kind || distance > window {
                continue;
            }
            let score = grams.dice(other);
            if score >= SIMILAR {
                // Ties go to the pair nearer in relative position.
                candidates.push((score, distance, j, i));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.total_cmp(&b.1)));
    for (_, _, j, i) in candidates {
        if partner_of_new[j].is_none() && partner_of_old[i].is_none() {
            partner_of_new[j] = Some(i);
            partner_of_old[i] = Some(j);
        }
    }

    pair_within_gaps(
        &old,
        &new,
        &old_grams,
        &new_keys,
        &mut partner_of_old,
        &mut partner_of_new,
    );

    // Rows in the new version's order; each deleted unit after the row of the old unit before it.
    let mut after_old: Vec<Vec<usize>> = vec![Vec::new(); old.len() + 1];
    let mut anchor = 0;
    for (i, partner) in partner_of_old.iter().enumerate() {
        match partner {
            Some(_) => anchor = i + 1,
            None => after_old[anchor].push(i),
        }
    }
    let deleted_row = |i: usize| Row {
        kind: RowKind::Deleted,
        old: Some(i),
        new: None,
        moved: false,
        deleted: Vec::new(),
        inserted: Vec::new(),
    };
    let mut rows: Vec<Row> = after_old[0].iter().map(|&i| deleted_row(i)).collect();
    for j in 0..new.len() {
        let Some(i) = partner_of_new[j] else {
            rows.push(Row {
                kind: RowKind::Added,
                old: None,
                new: Some(j),
                moved: false,
                deleted: Vec::new(),
                inserted: Vec::new(),
            });
            continue;
        };
        let (o, n) = (&old[i], &new[j]);
        let moved = o.chapter.is_some() && n.chapter.is_some() && o.chapter != n.chapter;
        let row = if old_keys[i] == new_keys[j] {
            let kind = if o.number == n.number {
                RowKind::Unchanged
            } else {
                RowKind::Renumbered
            };
            Row {
                kind,
                old: Some(i),
                new: Some(j),
                moved,
                deleted: Vec::new(),
                inserted: Vec::new(),
            }
        } else {
            let (deleted, inserted) = char_changes(old_doc, o.body, new_doc, n.body);
            Row {
                kind: RowKind::Changed,
                old: Some(i),
                new: Some(j),
                moved,
                deleted,
                inserted,
            }
        };
        rows.push(row);
        rows.extend(after_old[i + 1].iter().map(|&i| deleted_row(i)));
    }
    Comparison { old, new, rows }
}

/// Less alike than [`SIMILAR`], but alone in the same place: an old and a new unit between the
/// same two pairs, of the same kind, at least this similar (or [`SAME_NUMBER`] with the same
/// number), are one unit rewritten (a law's first article, its purpose, is often rewritten whole).
pub const SIMILAR_IN_PLACE: f64 = 0.25;
pub const SAME_NUMBER: f64 = 0.1;

/// `old_grams`: the bigrams of every old unit left unpaired by identical text.
fn pair_within_gaps(
    old: &[Unit],
    new: &[Unit],
    old_grams: &[Option<Bigrams>],
    new_keys: &[String],
    partner_of_old: &mut [Option<usize>],
    partner_of_new: &mut [Option<usize>],
) {
    // The pairs in the new version's order whose old units are in order too bound the gaps.
    let mut bounds = vec![(0usize, 0usize)];
    for (j, partner) in partner_of_new.iter().enumerate() {
        if let Some(i) = *partner {
            if i >= bounds.last().map_or(0, |b| b.0) {
                bounds.push((i + 1, j + 1));
            }
        }
    }
    bounds.push((old.len(), new.len()));
    for pair in bounds.windows(2) {
        let ((old_from, new_from), (old_to, new_to)) = (pair[0], pair[1]);
        let mut olds: Vec<usize> = (old_from..old_to.max(old_from))
            .filter(|&i| partner_of_old[i].is_none())
            .collect();
        let news: Vec<usize> = (new_from..new_to.max(new_from))
            .filter(|&j| partner_of_new[j].is_none())
            .collect();
        for j in news {
            let grams = Bigrams::of(&new_keys[j]);
            let best = olds
                .iter()
                .enumerate()
                .filter(|&(_, &i)| old[i].kind == new[j].kind)
                .filter_map(|(at, &i)| Some((at, i, grams.dice(old_grams[i].as_ref()?))))
                .filter(|&(_, i, score)| {
                    score >= SIMILAR_IN_PLACE
                        || (score >= SAME_NUMBER
                            && old[i].number.is_some()
                            && old[i].number == new[j].number)
                })
                .max_by(|a, b| a.2.total_cmp(&b.2));
            if let Some((at, i, _)) = best {
                partner_of_new[j] = Some(i);
                partner_of_old[i] = Some(j);
                // Later new units pair only with later old ones.
                olds.drain(..=at);
            }
        }
    }
}

/// The characters taken out of `old` and put into `new`, as spans of each text, runs joined.
fn char_changes(
    old_doc: &Document,
    old: Span,
    new_doc: &Document,
    new: Span,
) -> (Vec<Span>, Vec<Span>) {
    let (a, b) = (old_doc.text(old), new_doc.text(new));
    let a_at: Vec<usize> = a
        .char_indices()
        .map(|(at, _)| old.start + at)
        .chain([old.end])
        .collect();
    let b_at: Vec<usize> = b
        .char_indices()
        .map(|(at, _)| new.start + at)
        .chain([new.end])
        .collect();
    let (a_chars, b_chars): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (mut deleted, mut inserted) = (Vec::new(), Vec::new());
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &a_chars, &b_chars) {
        let (o, n) = (op.old_range(), op.new_range());
        match op.tag() {
            similar::DiffTag::Equal => {}
            similar::DiffTag::Delete => deleted.push(Span::new(a_at[o.start], a_at[o.end])),
            similar::DiffTag::Insert => inserted.push(Span::new(b_at[n.start], b_at[n.end])),
            similar::DiffTag::Replace => {
                deleted.push(Span::new(a_at[o.start], a_at[o.end]));
                inserted.push(Span::new(b_at[n.start], b_at[n.end]));
            }
        }
    }
    (deleted, inserted)
}
