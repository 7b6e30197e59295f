//! How long a text is and how long it takes to read: the reading aids shown for the document
//! and each section.
//!
//! Length is counted as Chinese word processors count 字数: each Chinese character or
//! full-width punctuation mark is one, each run of letters or digits (a word, a number) is one.

/// Characters read per minute in Chinese and words per minute in other scripts: common figures
/// for silent reading of non-fiction.
const HAN_PER_MINUTE: usize = 400;
const WORDS_PER_MINUTE: usize = 230;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Length {
    /// Chinese characters and full-width punctuation.
    pub han: usize,
    /// Runs of letters or digits outside the Chinese script.
    pub words: usize,
}

impl Length {
    pub fn of(text: &str) -> Self {
        let mut length = Length::default();
        let mut in_word = false;
        for c in text.chars() {
            // The common cases first: ASCII, and the unified ideographs most Chinese text is.
            let han = match c {
                '\0'..='\x7f' => false,
                '\u{4e00}'..='\u{9fff}' => true,
                _ => is_han(c),
            };
            if han {
                length.han += 1;
                in_word = false;
            } else if c.is_ascii_alphanumeric()
                || (!c.is_ascii() && c.is_alphanumeric())
                || (in_word && (c == '\'' || c == '’' || c == '-'))
            {
                length.words += usize::from(!in_word);
                in_word = true;
            } else {
                in_word = false;
            }
        }
        length
    }

    /// 字数: characters and words together.
    pub fn count(self) -> usize {
        self.han + self.words
    }

    /// Whole minutes to read it, at least one for any text.
    pub fn minutes(self) -> usize {
        // In 1/(400·230) minutes, so that the two rates add without rounding twice.
        let units = self.han * WORDS_PER_MINUTE + self.words * HAN_PER_MINUTE;
        let per_minute = HAN_PER_MINUTE * WORDS_PER_MINUTE;
        units.div_ceil(per_minute).max(usize::from(units > 0))
    }

    /// `12,345 字 · 约 31 分钟` (in Chinese), or `12,345 characters · 31 min read`.
    pub fn describe(self, in_chinese: bool) -> String {
        let (count, minutes) = (grouped(self.count()), self.minutes());
        if in_chinese {
            format!("{count} 字 · 约 {minutes} 分钟")
        } else {
            let unit = if self.han >= self.words {
                "characters"
            } else {
                "words"
            };
            format!("{count} {unit} · {minutes} min read")
        }
    }
}

/// 1234567 → `1,234,567` (without the float formatting a locale-aware formatter links in).
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// Chinese, Japanese kana and full-width forms: the script counted a character at a time.
fn is_han(c: char) -> bool {
    use super::script::{is_cjk_punctuation, is_full_width_form, is_han_ideograph};
    // Not the ideographic space, nor the half-width forms after ｠.
    let punctuation = (is_cjk_punctuation(c) && c != '\u{3000}')
        || (is_full_width_form(c) && c != '\u{ff00}' && c <= '\u{ff60}');
    let kana = matches!(c, '\u{3040}'..='\u{30ff}');
    // ——……“”‘’ in Chinese text.
    let quotes_and_dashes = matches!(
        c,
        '\u{2014}' | '\u{2026}' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}'
    );
    is_han_ideograph(c) || punctuation || kana || quotes_and_dashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_characters_and_punctuation() {
        let length = Length::of("各位代表：\n  同志们！");
        assert_eq!(length, Length { han: 9, words: 0 });
    }

    #[test]
    fn other_scripts_count_words_and_numbers() {
        assert_eq!(
            Length::of("It's the state-owned sector, 2024."),
            Length { han: 0, words: 5 }
        );
        assert_eq!(Length::of("2024年全国人大"), Length { han: 5, words: 1 });
    }

    #[test]
    fn reading_time_rounds_up_and_never_says_zero_for_text() {
        assert_eq!(Length { han: 0, words: 0 }.minutes(), 0);
        assert_eq!(Length { han: 1, words: 0 }.minutes(), 1);
        assert_eq!(Length { han: 400, words: 0 }.minutes(), 1);
        assert_eq!(Length { han: 401, words: 0 }.minutes(), 2);
        assert_eq!(
            Length {
                han: 200,
                words: 115
            }
            .minutes(),
            1
        );
        assert_eq!(
            Length {
                han: 0,
                words: 2300
            }
            .minutes(),
            10
        );
    }
}
