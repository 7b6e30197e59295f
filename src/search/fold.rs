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

/// A folded copy of a text and, for each of its bytes, where that byte's character starts
/// in the original.
pub struct Folded {
    pub text: String,
    origin: Vec<u32>,
}

impl Folded {
    /// `source` folded; the text of each of `joins` (a wrapped paragraph's line breaks) as one
    /// space or nothing, so that a phrase broken across two lines is found.
    pub fn new(source: &str, joins: &[Join]) -> Self {
        let mut text = String::with_capacity(source.len());
        let mut origin = Vec::with_capacity(source.len() + 1);
        let mut joins = joins.iter().peekable();
        for (at, c) in source.char_indices() {
            while joins.next_if(|j| j.span.end <= at).is_some() {}
            let f = match joins.peek() {
                Some(join) if join.span.start <= at => match join.space && at == join.span.start {
                    true => ' ',
                    false => continue,
                },
                _ => fold_char(c),
            };
            text.push(f);
            origin.resize(origin.len() + f.len_utf8(), at as u32);
        }
        origin.push(source.len() as u32);
        Folded { text, origin }
    }

    /// The original byte offset of a folded byte offset (a character boundary, or the end).
    pub fn original(&self, folded_at: usize) -> usize {
        self.origin[folded_at] as usize
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
}
