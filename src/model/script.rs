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

/// A character set a full em wide, as Chinese text is: ideographs, radicals, CJK and full-width
/// punctuation, and the quotation marks and dashes Chinese typesetting sets full width. Lines of
/// such text join without a space.
pub fn is_wide(c: char) -> bool {
    is_han_ideograph(c)
        || is_cjk_punctuation(c)
        || is_full_width_form(c)
        || matches!(
            c,
            '\u{2e80}'..='\u{2fdf}' | '“' | '”' | '‘' | '’' | '…' | '—' | '·'
        )
}
