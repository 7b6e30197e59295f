//! The document's description (`markup`) built as DOM nodes: elements, attributes and text
//! nodes, never markup parsed from text. The elements the app keeps hold of are recorded in
//! [`DocumentNodes`].

use super::nodes::DocumentNodes;
use crate::markup::{Mark, Markup};
use wasm_bindgen::intern;
use web_sys::{Document, Element};

pub struct DomBuilder<'a> {
    document: Document,
    open: Vec<Element>,
    /// The outermost element built, detached until its caller puts it on the page.
    pub built: Option<Element>,
    nodes: &'a mut DocumentNodes,
}

impl<'a> DomBuilder<'a> {
    pub fn new(nodes: &'a mut DocumentNodes) -> Self {
        DomBuilder {
            document: leptos::prelude::document(),
            open: Vec::new(),
            built: None,
            nodes,
        }
    }
}

impl Markup for DomBuilder<'_> {
    fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
        let Ok(element) = self.document.create_element(intern(tag)) else {
            return;
        };
        for (name, value) in attributes {
            // Names and the values every element of a kind shares (classes, test ids) are
            // decoded into JavaScript strings once; ids and document text, which differ, are not.
            let value = if value.bytes().any(|b| b.is_ascii_digit()) || value.len() > 48 {
                value
            } else {
                intern(value)
            };
            let _ = element.set_attribute(intern(name), value);
        }
        match self.open.last() {
            Some(parent) => {
                let _ = parent.append_child(&element);
            }
            None => self.built = Some(element.clone()),
        }
        self.open.push(element);
    }

    fn text(&mut self, text: &str) {
        if let Some(parent) = self.open.last() {
            let _ = parent.append_with_str_1(text);
        }
    }

    fn close(&mut self) {
        self.open.pop();
    }

    fn mark(&mut self, what: Mark) {
        if let Some(element) = self.open.last().cloned() {
            self.nodes.record(what, element);
        }
    }
}
