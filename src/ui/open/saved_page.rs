//! A saved web page parsed by the browser's `DOMParser` into a document that has no window:
//! nothing in it runs or loads. Its article is read by [`web_page::article`].

use crate::decode::web_page::{self, Node};
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, SupportedType};

impl Node for web_sys::Node {
    fn tag(&self) -> Option<String> {
        self.dyn_ref::<Element>().map(Element::local_name)
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.dyn_ref::<Element>()?.get_attribute(name)
    }

    fn children(&self) -> Vec<Self> {
        let nodes = self.child_nodes();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter(|n| {
                matches!(
                    n.node_type(),
                    web_sys::Node::ELEMENT_NODE | web_sys::Node::TEXT_NODE
                )
            })
            .collect()
    }

    fn text(&self) -> String {
        self.text_content().unwrap_or_default()
    }
}

/// The article of the page `html` as text; `None` if it has no text.
pub fn article_text(html: &str) -> Option<String> {
    let page = DomParser::new()
        .ok()?
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()?;
    let root: web_sys::Node = page.document_element()?.into();
    web_page::article(&root)
}
