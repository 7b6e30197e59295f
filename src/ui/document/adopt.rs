//! The sample's text as the build prerendered it (`prerender`) taken over by the app: the same
//! description (`markup`) walked over the elements already there, which are recorded and given
//! their test ids instead of being built again. The text the reader saw first is never painted
//! a second time.

use super::nodes::DocumentNodes;
use crate::dom_ids::PRERENDERED_ID;
use crate::markup::{Mark, Markup};
use web_sys::Element;

/// The build's page, while it is on the page.
fn prerendered() -> Option<Element> {
    leptos::prelude::document().get_element_by_id(PRERENDERED_ID)
}

/// Whether the build's page is still there to take over.
pub fn is_prerendered() -> bool {
    prerendered().is_some()
}

/// The class that hides the app, mounted beside the build's page, until it takes the page over.
const TAKING_OVER: &str = "taking-over";

/// Hides the app while the build's page is on screen, until [`remove_prerendered`].
pub fn hide_app_while_prerendered() {
    let Some(root) = leptos::prelude::document().document_element() else {
        return;
    };
    // The class the page's head script gives a page that hides the build's page (`prerender`).
    if prerendered().is_some() && !root.class_list().contains("not-sample") {
        let _ = root.class_list().add_1(TAKING_OVER);
    }
}

/// Takes what is left of the build's page off the page: the app shows from then on.
pub fn remove_prerendered() {
    if let Some(page) = prerendered() {
        page.remove();
    }
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.class_list().remove_1(TAKING_OVER);
    }
}

/// The prerendered page's text and outline entries: the first elements of each.
pub fn take_prerendered() -> Option<(Element, Element)> {
    let page = prerendered()?;
    let text = page
        .query_selector("main.document")
        .ok()??
        .first_element_child()?;
    let entries = page.query_selector("nav.outline > .outline-part").ok()??;
    Some((text, entries))
}

/// [`Markup`] matched against existing elements, from `first` on; `failed` once an element
/// differs from the description.
pub struct Adopter<'a> {
    next: Option<Element>,
    open: Vec<(Element, Option<Element>)>,
    /// The outermost elements walked, in order.
    pub adopted: Vec<Element>,
    pub failed: bool,
    nodes: &'a mut DocumentNodes,
}

impl<'a> Adopter<'a> {
    pub fn new(first: Element, nodes: &'a mut DocumentNodes) -> Self {
        Adopter {
            next: Some(first),
            open: Vec::new(),
            adopted: Vec::new(),
            failed: false,
            nodes,
        }
    }
}

impl Markup for Adopter<'_> {
    fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
        let element = self
            .next
            .take()
            .filter(|e| e.tag_name().eq_ignore_ascii_case(tag));
        let Some(element) = element.filter(|_| !self.failed) else {
            self.failed = true;
            return;
        };
        // The build leaves the app's test ids out.
        for (name, value) in attributes.iter().filter(|(name, _)| *name == "data-testid") {
            let _ = element.set_attribute(name, value);
        }
        if self.open.is_empty() {
            self.adopted.push(element.clone());
        }
        self.next = element.first_element_child();
        let after = element.next_element_sibling();
        self.open.push((element, after));
    }

    fn text(&mut self, _text: &str) {}

    fn close(&mut self) {
        if let Some((_, after)) = self.open.pop() {
            self.next = after;
        }
    }

    fn mark(&mut self, what: Mark) {
        if self.failed {
            return;
        }
        if let Some((element, _)) = self.open.last() {
            self.nodes.record(what, element.clone());
        }
    }
}
