//! What a Word file's paragraph styles say about structure: which are headings and at what
//! level (Heading 1–9, their Chinese names 标题 1…, an outline level, or a style based on one
//! of these), which is the title, and which carry automatic numbering.

use super::xml::{Event, Reader};
use std::collections::HashMap;

#[derive(Default, Clone, Debug)]
pub struct Style {
    name: String,
    based_on: Option<String>,
    outline_level: Option<u8>,
    pub numbering: Option<(String, u8)>,
    pub centered: bool,
    /// Font size in half-points.
    pub size: Option<u32>,
}

#[derive(Default)]
pub struct Styles(HashMap<String, Style>);

impl Styles {
    pub fn read(xml: &str) -> Styles {
        let mut styles = HashMap::new();
        let mut current: Option<(String, Style)> = None;
        let mut num_id = None;
        for event in Reader::new(xml) {
            let Event::Start {
                name, attributes, ..
            } = event
            else {
                if event == (Event::End { name: "style" }) {
                    if let Some((id, style)) = current.take() {
                        styles.insert(id, style);
                    }
                }
                continue;
            };
            let value = || attributes.get("val");
            match (name, current.as_mut()) {
                ("style", _) => {
                    current = attributes.get("styleId").map(|id| (id, Style::default()));
                    num_id = None;
                }
                ("name", Some((_, style))) => style.name = value().unwrap_or_default(),
                ("basedOn", Some((_, style))) => style.based_on = value(),
                ("outlineLvl", Some((_, style))) => {
                    style.outline_level = value().and_then(|v| v.parse().ok())
                }
                ("numId", Some((_, style))) => {
                    num_id = value();
                    style.numbering = num_id
                        .clone()
                        .map(|id| (id, style.numbering.as_ref().map_or(0, |n| n.1)));
                }
                ("ilvl", Some((_, style))) => {
                    let level = value().and_then(|v| v.parse().ok()).unwrap_or(0);
                    style.numbering = Some((num_id.clone().unwrap_or_default(), level));
                }
                ("jc", Some((_, style))) => style.centered = value().as_deref() == Some("center"),
                ("sz", Some((_, style))) => style.size = value().and_then(|v| v.parse().ok()),
                _ => {}
            }
        }
        Styles(styles)
    }

    /// The style `id` and the styles it is based on, nearest first (a loop stops).
    fn chain<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Style> + 'a {
        let mut next = self.0.get(id);
        let mut steps = 0;
        std::iter::from_fn(move || {
            let style = next.filter(|_| steps < 16)?;
            steps += 1;
            next = style.based_on.as_deref().and_then(|b| self.0.get(b));
            Some(style)
        })
    }

    /// The heading level (1–9) of a paragraph in style `id`, if its style makes it a heading.
    pub fn heading_level(&self, id: &str) -> Option<u8> {
        self.chain(id).find_map(|s| match s.outline_level {
            Some(level) if level < 9 => Some(level + 1),
            Some(_) => None,
            None => level_in_name(&s.name),
        })
    }

    pub fn is_title(&self, id: &str) -> bool {
        self.chain(id)
            .any(|s| matches!(s.name.to_lowercase().as_str(), "title" | "标题"))
    }

    /// The first of the style's own properties that `pick` finds along its chain.
    pub fn inherited<T>(&self, id: &str, pick: impl Fn(&Style) -> Option<T>) -> Option<T> {
        self.chain(id).find_map(pick)
    }
}

/// `heading 2`, `Heading 2`, `标题 2` → 2.
fn level_in_name(name: &str) -> Option<u8> {
    let lower = name.to_lowercase();
    let rest = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))?;
    rest.trim().parse().ok().filter(|l| (1..=9).contains(l))
}
