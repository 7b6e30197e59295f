//! The sample's text as the build prerendered it (`prerender`) taken over by the app: the same
//! description (`markup`) walked over the elements already there, which are recorded and given
//! their test ids instead of being built again. The text the reader saw first is never painted
//! a second time.

use super::nodes::DocumentNodes;
use crate::markup::{Mark, Markup};
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    static PRERENDERED: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Keeps the prerendered page (taken off the page when the app mounts) for the reader to adopt.
pub fn keep_prerendered(page: Element) {
    PRERENDERED.with_borrow_mut(|kept| *kept = Some(page));
}

/// The prerendered page's text and outline entries, once: the first elements of each.
pub fn take_prerendered() -> Option<(Element, Element)> {
    let page = PRERENDERED.with_borrow_mut(Option::take)?;
    let text = page.query_selector("main.document").ok()??.first_element_child()?;
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
        Adopter { next: Some(first), open: Vec::new(), adopted: Vec::new(), failed: false, nodes }
    }
}

impl Markup for Adopter<'_> {
    fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
        let element = self.next.take().filter(|e| e.tag_name().eq_ignore_ascii_case(tag));
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
