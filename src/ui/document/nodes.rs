//! The elements of the document on the page that the app changes, by index: each unit's
//! (passage or heading), and each section's disclosure, count and outline entry. Empty until
//! their part is built.

use crate::markup::Mark;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement};

#[derive(Default)]
pub struct DocumentNodes {
    parts: Vec<Option<Element>>,
    units: Vec<Option<Element>>,
    sections: Vec<Option<HtmlDetailsElement>>,
    badges: Vec<Option<Element>>,
    entries: Vec<Option<Element>>,
    entry_badges: Vec<Option<Element>>,
}

fn put<T>(list: &mut Vec<Option<T>>, at: usize, value: T) {
    if list.len() <= at {
        list.resize_with(at + 1, || None);
    }
    list[at] = Some(value);
}

fn get<T>(list: &[Option<T>], at: usize) -> Option<&T> {
    list.get(at).and_then(Option::as_ref)
}

impl DocumentNodes {
    /// Records `element` as what the description marked it (`markup::Mark`).
    pub fn record(&mut self, what: Mark, element: Element) {
        match what {
            Mark::Part(n) => put(&mut self.parts, n, element),
            Mark::Unit(n) => put(&mut self.units, n, element),
            Mark::Section(n) => put(&mut self.sections, n, element.unchecked_into()),
            Mark::SectionBadge(n) => put(&mut self.badges, n, element),
            Mark::Entry(n) => put(&mut self.entries, n, element),
            Mark::EntryBadge(n) => put(&mut self.entry_badges, n, element),
        }
    }

    /// Part `n` of the text.
    pub fn part(&self, n: usize) -> Option<&Element> {
        get(&self.parts, n)
    }
    /// The element holding unit `n`'s text.
    pub fn unit(&self, n: usize) -> Option<&Element> {
        get(&self.units, n)
    }
    /// Section `n`'s disclosure.
    pub fn section(&self, n: usize) -> Option<&HtmlDetailsElement> {
        get(&self.sections, n)
    }
    /// Section `n`'s outline entry.
    pub fn entry(&self, n: usize) -> Option<&Element> {
        get(&self.entries, n)
    }

    /// Shows `count` matches beside section `n`'s heading, where `before` were shown.
    pub fn show_badge(&self, n: usize, count: usize, before: usize) {
        let Some(badge) = get(&self.badges, n) else {
            return;
        };
        badge.set_text_content(Some(&count_text(count)));
        // The unit (处, matches) is the style sheet's, in the interface's language.
        if (count == 1) != (before == 1) {
            let _ = if count == 1 {
                badge.set_attribute("data-one", "")
            } else {
                badge.remove_attribute("data-one")
            };
        }
    }

    /// Shows `count` matches on section `n`'s outline entry.
    pub fn show_entry_badge(&self, n: usize, count: usize) {
        if let Some(badge) = get(&self.entry_badges, n) {
            badge.set_text_content(Some(&count_text(count)));
        }
    }
}

/// A count as a badge shows it: nothing for none (the badge is hidden when empty).
fn count_text(count: usize) -> String {
    match count {
        0 => String::new(),
        n => n.to_string(),
    }
}
