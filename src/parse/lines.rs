//! Splitting the source into lines that keep their line endings.

use crate::model::Span;

pub struct Line {
    /// The line with its ending (`\n`, `\r\n` or `\r`).
    pub span: Span,
    /// The line without its ending and surrounding whitespace (U+3000 included).
    pub text: Span,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

pub fn lines(source: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < source.len() {
        let rest = &source[start..];
        // `str::find` of one character is a memchr: two fast searches beat one slow scan.
        let newline = rest.find('\n').unwrap_or(rest.len());
        let (content_end, next) = match rest[..newline].find('\r') {
            Some(cr) if cr + 1 == newline && newline < rest.len() => {
                (start + cr, start + newline + 1)
            }
            Some(cr) => (start + cr, start + cr + 1),
            None if newline < rest.len() => (start + newline, start + newline + 1),
            None => (source.len(), source.len()),
        };
        out.push(Line {
            span: Span::new(start, next),
            text: trimmed(source, Span::new(start, content_end)),
        });
        start = next;
    }
    out
}

pub fn trimmed(source: &str, span: Span) -> Span {
    let s = &source[span.range()];
    let lead = s.len() - s.trim_start().len();
    let inner = s.trim();
    Span::new(span.start + lead, span.start + lead + inner.len())
}
