//! Recognising GB18030 (a superset of GBK and GB2312) by the shape of its byte sequences.

use crate::model::script::{is_cjk_punctuation, is_full_width_form, is_han_ideograph};

/// Every byte sequence is one GB18030 allows: ASCII, two bytes (`81–FE` then `40–7E` or
/// `80–FE`) or four (`81–FE 30–39 81–FE 30–39`), with at least one that is not ASCII.
pub fn is_well_formed(bytes: &[u8]) -> bool {
    let lead = |b: u8| (0x81..=0xFE).contains(&b);
    let digit = |b: u8| b.is_ascii_digit();
    let mut i = 0;
    let mut multibyte = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if !lead(b) {
            return false;
        }
        match bytes.get(i + 1) {
            Some(&t) if (0x40..=0x7E).contains(&t) || (0x80..=0xFE).contains(&t) => i += 2,
            Some(&t)
                if digit(t)
                    && bytes.get(i + 2).is_some_and(|&c| lead(c))
                    && bytes.get(i + 3).is_some_and(|&d| digit(d)) =>
            {
                i += 4
            }
            _ => return false,
        }
        multibyte = true;
    }
    multibyte
}

/// Decoded as GB18030, the text is mostly Chinese: so Latin-1 text, whose accented letters
/// also pair up into valid GB18030 sequences, is not taken for it.
pub fn reads_as_chinese(text: &str) -> bool {
    let non_ascii: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
    let chinese = non_ascii
        .iter()
        .filter(|&&c| {
            is_han_ideograph(c)
                || is_cjk_punctuation(c)
                || is_full_width_form(c)
                || matches!(c, '\u{2010}'..='\u{206f}')
        })
        .count();
    !non_ascii.is_empty() && chinese * 10 >= non_ascii.len() * 9
}
