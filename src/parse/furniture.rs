//! What a page puts around its text (a page number, a running header), in a text copied out of
//! a PDF or laid out on pages: not the document's text. The PDF and OFD readers leave it out
//! (`decode::layout`); a wrapped plain text keeps it as blocks of its own ([`super::wrapped`]).

/// A page number as 公文 and most documents set it: `— 3 —`, `- 3 -`, `第 3 页`, `第3页 共18页`,
/// `3 / 18`.
pub fn is_page_number(text: &str) -> bool {
    if text.len() > 48 {
        return false;
    }
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dashes = |c: char| matches!(c, '—' | '-' | '－' | '–' | '─');
    let inner = text.trim_matches(dashes);
    if inner.len() < text.len() && text.starts_with(dashes) && text.ends_with(dashes) {
        return digits(inner);
    }
    if let Some((page, of)) = text.split_once('/') {
        return digits(page) && digits(of);
    }
    let first = text.split("共").next().unwrap_or_default();
    first
        .strip_prefix('第')
        .and_then(|rest| rest.strip_suffix('页'))
        .is_some_and(digits)
}

/// A line's text as a running header or footer repeats it: its numbers aside, no spaces.
pub fn running_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}
