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
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let (content_end, next) = match bytes[start..].iter().position(|&b| b == b'\n' || b == b'\r') {
            None => (bytes.len(), bytes.len()),
            Some(i) => {
                let at = start + i;
                let crlf = bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n');
                (at, at + if crlf { 2 } else { 1 })
            }
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
