//! The search key of a text: case and width folded, with a map back to the original.

use crate::model::Join;

/// Folds one character for matching: Latin case, full-width ASCII forms (`Ａ１`) and the
/// ideographic space (U+3000) become their plain ASCII equivalents.
pub fn fold_char(c: char) -> char {
    // The common cases first: ASCII, and Chinese and Japanese text, which has no case (the
    // Unicode case tables cost a search per character).
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Everything from 、 to the last unified ideograph is caseless (not a definition of Chinese:
    // see `model::script`).
    if ('\u{3001}'..='\u{9FFF}').contains(&c) {
        return c;
    }
    let c = match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        // A character that lowercases to several (`İ`) is kept as it is, so that every
        // folded character maps back to exactly one original.
        (Some(l), None) => l,
        _ => c,
    }
}

pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// A folded copy of a text and where each of its characters starts in the original. Most
/// characters fold to as many bytes as they had (ASCII, Chinese), so the map is kept as the
/// places where the two texts' offsets stop moving together: a few entries, not four bytes for
/// every byte of a 10 MB text.
pub struct Folded {
    pub text: String,
    /// (folded offset, original offset): from each, the two advance together until the next.
    shifts: Vec<(u32, u32)>,
}

impl Folded {
    /// `source` folded; the text of each of `joins` (a wrapped paragraph's line breaks) as one
    /// space or nothing, so that a phrase broken across two lines is found.
    pub fn new(source: &str, joins: &[Join]) -> Self {
        Folding::new(source).finish(source, joins)
    }

    /// The original byte offset of a folded byte offset (a character boundary, or the end).
    pub fn original(&self, folded_at: usize) -> usize {
        let run = self
            .shifts
            .partition_point(|&(fp, _)| fp as usize <= folded_at)
            - 1;
        let (fp, op) = self.shifts[run];
        op as usize + (folded_at - fp as usize)
    }
}

/// A [`Folded`] built a slice at a time, so that a long text is folded in several short tasks.
pub struct Folding {
    folded: Folded,
    /// Where the next slice starts in the source.
    at: usize,
    /// The first join not wholly before `at`.
    join: usize,
}

impl Folding {
    pub fn new(source: &str) -> Self {
        Folding {
            folded: Folded {
                text: String::with_capacity(source.len()),
                shifts: vec![(0, 0)],
            },
            at: 0,
            join: 0,
        }
    }

    /// Folds about `bytes` more of `source` (to the next character boundary); true once all of
    /// it is folded.
    pub fn advance(&mut self, source: &str, joins: &[Join], bytes: usize) -> bool {
        let mut end = self.at.saturating_add(bytes).min(source.len());
        while !source.is_char_boundary(end) {
            end += 1;
        }
        let Folded { text, shifts } = &mut self.folded;
        for (i, c) in source[self.at..end].char_indices() {
            let at = self.at + i;
            while joins.get(self.join).is_some_and(|j| j.span.end <= at) {
                self.join += 1;
            }
            let f = match joins.get(self.join) {
                Some(join) if join.span.start <= at => match join.space && at == join.span.start {
                    true => ' ',
                    false => continue,
                },
                _ => fold_char(c),
            };
            // Each character starts where its run says, or starts a run of its own (after one
            // that folded to another length, or text left out).
            let (fp, op) = shifts[shifts.len() - 1];
            if text.len() - fp as usize != at - op as usize {
                shifts.push((text.len() as u32, at as u32));
            }
            text.push(f);
        }
        self.at = end;
        end == source.len()
    }

    /// The folded text, what is left of `source` folded first.
    pub fn finish(mut self, source: &str, joins: &[Join]) -> Folded {
        self.advance(source, joins, usize::MAX);
        let Folded { text, mut shifts } = self.folded;
        let (fp, op) = shifts[shifts.len() - 1];
        if text.len() - fp as usize != source.len() - op as usize {
            shifts.push((text.len() as u32, source.len() as u32));
        }
        Folded { text, shifts }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast paths give what the Unicode tables give.
    #[test]
    fn fast_paths_agree_with_the_case_tables() {
        let slow = |c: char| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        };
        for c in (0..=0x7f).chain(0x3001..=0x9fff).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), slow(c), "{c:?}");
        }
        assert_eq!(fold("ＡＢＣ　Straße İ"), "abc straße İ");
    }

    /// Full-width forms, the ideographic space, and two line breaks of a wrapped text.
    const SOURCE: &str = "ＡＢＣ　监督\n工作 Straße İ ＤＥＦ end-\nof line １２３";

    /// The first line break left out, the second read as a space.
    fn joins() -> [Join; 2] {
        use crate::model::Span;
        [
            Join {
                span: Span::new(18, 19),
                space: false,
            },
            Join {
                span: Span::new(51, 52),
                space: true,
            },
        ]
    }

    /// The few runs kept map every folded character back to where it starts, as a map of every
    /// byte would: across full-width forms, the ideographic space, a join left out and one read
    /// as a space.
    #[test]
    fn the_runs_map_every_character_back() {
        let (source, joins) = (SOURCE, joins());
        let folded = Folded::new(source, &joins);
        let mut expected = Vec::new();
        let mut text = String::new();
        for (at, c) in source.char_indices() {
            let f = match joins.iter().find(|j| j.span.start <= at && at < j.span.end) {
                Some(j) if j.space && at == j.span.start => ' ',
                Some(_) => continue,
                None => fold_char(c),
            };
            expected.push((text.len(), at));
            text.push(f);
        }
        assert_eq!(folded.text, text);
        for (folded_at, original_at) in expected {
            assert_eq!(folded.original(folded_at), original_at, "at {folded_at}");
        }
        assert_eq!(folded.original(folded.text.len()), source.len());
    }

    /// Folded a few bytes at a time, from inside a character or a join, the text is the same.
    #[test]
    fn folding_in_slices_gives_the_same_text_and_runs() {
        let (source, joins) = (SOURCE, joins());
        let whole = Folded::new(source, &joins);
        for slice in 1..=7 {
            let mut folding = Folding::new(source);
            let mut slices = 1;
            while !folding.advance(source, &joins, slice) {
                slices += 1;
            }
            assert!(slices > 1 || slice >= source.len());
            let sliced = folding.finish(source, &joins);
            assert_eq!(
                (&sliced.text, &sliced.shifts),
                (&whole.text, &whole.shifts),
                "{slice} bytes a slice"
            );
        }
    }
}
