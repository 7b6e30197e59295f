//! Markdown: the outline as a nested list, the text with its headings as `#` lines and its key
//! points in bold. Document text is escaped so it reads as the same text, never as markup.

use crate::model::{Block, BlockKind, Document, Heading, Section, Span};

/// `title` (the one the reader gave the document, say), then every heading as a list item
/// nested by level, with the key points under the section they are in.
pub fn outline_markdown(doc: &Document, title: &str) -> String {
    let mut out = title_line(title);
    for point in doc.key_points_of(&doc.front) {
        out += &format!("- **{}**\n", escape(doc.text(point.span)));
    }
    for section in &doc.sections {
        outline_section(doc, section, 0, &mut out);
    }
    out
}

fn outline_section(doc: &Document, section: &Section, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    *out += &format!(
        "{indent}- {}\n",
        escape(heading_text(doc, &section.heading))
    );
    for point in doc.key_points_of(&section.blocks) {
        *out += &format!("{indent}  - **{}**\n", escape(doc.text(point.span)));
    }
    for child in &section.children {
        outline_section(doc, child, depth + 1, out);
    }
}

/// The document as Markdown: `title` as `#` (in place of the document's own title line), top-level
/// headings as `##` and so on (six levels at most), every paragraph on its own, key points in
/// bold. Comments are left out.
pub fn text_markdown(doc: &Document, title: &str) -> String {
    let mut out = title_line(title);
    let body = doc.front.iter().filter(|b| b.kind != BlockKind::Title);
    blocks(doc, body, &mut out);
    for section in &doc.sections {
        text_section(doc, section, &mut out);
    }
    blocks(doc, doc.closing.iter(), &mut out);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn text_section(doc: &Document, section: &Section, out: &mut String) {
    let level = (usize::from(section.heading.level) + 1).min(6);
    *out += &format!(
        "{} {}\n\n",
        "#".repeat(level),
        escape(heading_text(doc, &section.heading))
    );
    blocks(doc, section.blocks.iter(), out);
    for child in &section.children {
        text_section(doc, child, out);
    }
}

fn blocks<'a>(doc: &Document, blocks: impl Iterator<Item = &'a Block>, out: &mut String) {
    for block in blocks.filter(|b| {
        !matches!(
            b.kind,
            BlockKind::Comment | BlockKind::Blank | BlockKind::Furniture
        )
    }) {
        // A block over several lines (a two-line title) stays one paragraph.
        let mut at = block.text.start;
        for point in doc.key_points_overlapping(block.text) {
            let point = Span::new(point.span.start.max(at), point.span.end.min(block.text.end));
            *out += &escape(&doc.read(Span::new(at, point.start)));
            *out += &format!("**{}**", escape(&doc.read(point)));
            at = point.end;
        }
        *out += &escape(&doc.read(Span::new(at, block.text.end)));
        *out += "\n\n";
    }
}

fn title_line(title: &str) -> String {
    if title.trim().is_empty() {
        String::new()
    } else {
        format!("# {}\n\n", escape(title.trim()))
    }
}

/// The heading as shown, without Markdown's own `#` marks (they are written again by level).
fn heading_text<'a>(doc: &'a Document, heading: &Heading) -> &'a str {
    let number = doc.text(heading.number);
    if number.starts_with('#') {
        doc.text(heading.title)
    } else {
        doc.text(heading.text)
    }
}

/// Backslashes before the characters Markdown would read as markup, and before what would
/// start a block (`#`, `>`, `-`, `+`, `1.`) at the start of a line.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '\t']);
        out += &line[..line.len() - body.len()];
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        if body.starts_with(['#', '>', '-', '+', '=']) {
            out.push('\\');
        } else if digits > 0 && body[digits..].starts_with(['.', ')']) {
            out += &body[..digits];
            out.push('\\');
            escape_inline(&body[digits..], &mut out);
            continue;
        }
        escape_inline(body, &mut out);
    }
    out
}

fn escape_inline(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn markup_in_the_text_is_escaped() {
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(
            escape("<script>alert(1)</script> & *x*"),
            "\\<script\\>alert(1)\\</script\\> \\& \\*x\\*"
        );
        assert_eq!(escape("一、总则"), "一、总则");
    }

    #[test]
    fn the_outline_nests_headings_and_lists_key_points() {
        let doc = parse(
            "标题\n\n一、总则\n要做好工作。其他。\n（一）细则\n正文。\n二、附则\n正文。\n"
                .to_string(),
        );
        let outline = outline_markdown(&doc, "标题");
        assert!(outline.contains("- 一、总则\n"), "{outline}");
        assert!(outline.contains("  - （一）细则\n"), "{outline}");
        assert!(outline.contains("- 二、附则\n"), "{outline}");
    }

    #[test]
    fn markdown_headings_are_not_doubled() {
        let doc = parse("# Title\n\n## Part one\n\nText.\n".to_string());
        let text = text_markdown(&doc, &doc.title().unwrap());
        assert!(text.starts_with("# Title\n\n"), "{text}");
        assert!(text.contains("\n## Part one\n\nText.\n"), "{text}");
        assert!(!text.contains("## ##"), "{text}");
    }
}
