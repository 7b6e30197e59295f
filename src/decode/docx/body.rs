//! The paragraphs of a Word document's body in reading order, each with what its style and
//! properties say: heading level, title, centring, size, and the number Word draws before it.

use super::numbering::Numbering;
use super::styles::Styles;
use super::xml::{unescape, Event, Reader};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    pub heading: Option<u8>,
    pub title: bool,
    pub centered: bool,
    /// The largest font size in it, in half-points.
    pub size: u32,
}

/// What the body holds besides its paragraphs.
#[derive(Default)]
pub struct Marks {
    pub tracked_changes: bool,
    /// Footnote and endnote ids in the order they are referenced, numbered from 1.
    pub notes: Vec<(bool, String)>,
}

#[derive(Default)]
struct Open {
    text: String,
    style: Option<String>,
    num: (Option<String>, Option<u8>),
    outline: Option<u8>,
    centered: Option<bool>,
    size: u32,
}

/// Reads the paragraphs of `xml` (document.xml, or footnotes.xml and endnotes.xml), a table row
/// as one paragraph with its cells separated by tabs.
pub fn paragraphs(
    xml: &str,
    styles: &Styles,
    numbering: &mut Numbering,
    marks: &mut Marks,
) -> Vec<Paragraph> {
    let mut out = Vec::new();
    // Paragraphs inside paragraphs: text boxes.
    let mut open: Vec<Open> = Vec::new();
    // Cells of the table rows being read (tables nest too).
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut in_text, mut in_properties, mut deleted, mut fallback) = (false, 0, 0, 0);
    for event in Reader::new(xml) {
        match event {
            Event::Start {
                name,
                attributes,
                empty,
            } => {
                let value = || attributes.get("val");
                match name {
                    "p" if !empty && fallback == 0 => open.push(Open::default()),
                    "pPr" | "rPr" if !empty => in_properties += 1,
                    "t" if !empty => in_text = true,
                    "del" | "moveFrom" if !empty => {
                        deleted += 1;
                        marks.tracked_changes = true;
                    }
                    "ins" | "moveTo" => marks.tracked_changes = true,
                    "Fallback" if !empty => fallback += 1,
                    "tr" if !empty => rows.push(Vec::new()),
                    "tc" if !empty => {
                        if let Some(row) = rows.last_mut() {
                            row.push(String::new());
                        }
                    }
                    _ if fallback > 0 || deleted > 0 => {}
                    "pStyle" => set(&mut open, |p| p.style = value()),
                    "numId" => set(&mut open, |p| p.num.0 = value()),
                    "ilvl" => set(&mut open, |p| {
                        p.num.1 = value().and_then(|v| v.parse().ok())
                    }),
                    "outlineLvl" => set(&mut open, |p| {
                        p.outline = value().and_then(|v| v.parse().ok())
                    }),
                    "jc" => set(&mut open, |p| {
                        p.centered = Some(value().as_deref() == Some("center"))
                    }),
                    "sz" => set(&mut open, |p| {
                        p.size = p
                            .size
                            .max(value().and_then(|v| v.parse().ok()).unwrap_or(0))
                    }),
                    "tab" if in_properties == 0 => push(&mut open, "\t"),
                    "br" | "cr" => push(&mut open, "\n"),
                    "noBreakHyphen" => push(&mut open, "-"),
                    "footnoteReference" | "endnoteReference" => {
                        if let Some(id) = attributes.get("id") {
                            marks.notes.push((name == "footnoteReference", id));
                            push(&mut open, &format!("[{}]", marks.notes.len()));
                        }
                    }
                    _ => {}
                }
            }
            Event::End { name } => match name {
                "t" => in_text = false,
                "pPr" | "rPr" => in_properties -= 1,
                "del" | "moveFrom" => deleted -= 1,
                "Fallback" => fallback -= 1,
                "p" if fallback == 0 => {
                    let Some(p) = open.pop() else { continue };
                    let paragraph = finish(p, styles, numbering);
                    match rows.last_mut().and_then(|row| row.last_mut()) {
                        Some(cell) if open.is_empty() => {
                            if !cell.is_empty() && !paragraph.text.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(&paragraph.text);
                        }
                        _ => out.push(paragraph),
                    }
                }
                "tr" => {
                    let Some(cells) = rows.pop() else { continue };
                    let row = Paragraph {
                        text: cells.join("\t"),
                        ..Paragraph::default()
                    };
                    match rows.last_mut().and_then(|row| row.last_mut()) {
                        Some(cell) => {
                            if !cell.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(&row.text);
                        }
                        None => out.push(row),
                    }
                }
                _ => {}
            },
            Event::Text(text) if in_text && deleted == 0 && fallback == 0 => {
                match text.contains('&') {
                    true => push(&mut open, &unescape(text)),
                    false => push(&mut open, text),
                }
            }
            Event::Text(_) => {}
        }
    }
    out
}

fn set(open: &mut [Open], change: impl FnOnce(&mut Open)) {
    if let Some(p) = open.last_mut() {
        change(p);
    }
}

fn push(open: &mut [Open], text: &str) {
    if let Some(p) = open.last_mut() {
        p.text.push_str(text);
    }
}

fn finish(p: Open, styles: &Styles, numbering: &mut Numbering) -> Paragraph {
    let style = p.style.unwrap_or_default();
    let heading = match p.outline {
        Some(level) if level < 9 => Some(level + 1),
        Some(_) => None,
        None => styles.heading_level(&style),
    };
    let num = match p.num {
        (Some(id), level) => Some((id, level.unwrap_or(0))),
        (None, Some(level)) => styles
            .inherited(&style, |s| s.numbering.clone())
            .map(|(id, _)| (id, level)),
        (None, None) => styles.inherited(&style, |s| s.numbering.clone()),
    };
    let mut text = p.text;
    // numId 0 switches numbering off.
    if let Some(number) = num
        .filter(|(id, _)| id != "0")
        .and_then(|(id, level)| numbering.next(&id, level))
    {
        if !text.trim().is_empty() {
            text.insert_str(0, &number);
        }
    }
    Paragraph {
        title: styles.is_title(&style),
        centered: p
            .centered
            .or_else(|| styles.inherited(&style, |s| s.centered.then_some(true)))
            .unwrap_or(false),
        size: if p.size > 0 {
            p.size
        } else {
            styles.inherited(&style, |s| s.size).unwrap_or(0)
        },
        heading,
        text,
    }
}
