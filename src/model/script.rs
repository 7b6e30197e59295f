//! What counts as Chinese, defined once: the Han ideographs (with their extensions and
//! compatibility forms), CJK punctuation and full-width forms. Callers combine these.

/// A Han ideograph: CJK Unified Ideographs, Extension A, the compatibility ideographs, and
/// Extensions B to G.
pub fn is_han_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}')
}

/// CJK symbols and punctuation: the ideographic space, 、。《》「」 and the like.
pub fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}')
}

/// Half- and full-width forms: ，：；（） and full-width Latin letters and digits.
pub fn is_full_width_form(c: char) -> bool {
    matches!(c, '\u{ff00}'..='\u{ffef}')
}
