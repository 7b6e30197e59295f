//! The CSS Custom Highlight API: sets of ranges over the page's text nodes, painted by
//! `::highlight(name)` without changing the text (the filter's matches, the check's problems).

use leptos::prelude::document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbstractRange, Element, Node, StaticRange, StaticRangeInit};

#[wasm_bindgen]
extern "C" {
    /// A set of ranges painted by `::highlight(name)` once registered under that name.
    pub type Highlight;
    #[wasm_bindgen(constructor, catch)]
    pub fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    pub fn add(this: &Highlight, range: &AbstractRange);
    #[wasm_bindgen(method)]
    pub fn delete(this: &Highlight, range: &AbstractRange);
    #[wasm_bindgen(method)]
    pub fn clear(this: &Highlight);

    /// `CSS.highlights`, where highlights are registered by name.
    pub type HighlightRegistry;
    #[wasm_bindgen(method)]
    pub fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight);
    #[wasm_bindgen(method)]
    pub fn delete(this: &HighlightRegistry, name: &str);
    #[wasm_bindgen(js_namespace = CSS, js_name = highlights, thread_local_v2)]
    static REGISTRY: JsValue;
}

/// `CSS.highlights`; None where the browser lacks the API.
pub fn registry() -> Option<HighlightRegistry> {
    let registry = REGISTRY.with(JsValue::clone);
    (!registry.is_undefined()).then(|| registry.unchecked_into())
}

/// Ranges over the text nodes of `element` for `offsets` into its text.
pub fn ranges_in(element: &Element, offsets: &[(u32, u32)]) -> Vec<StaticRange> {
    let Ok(walker) =
        document().create_tree_walker_with_what_to_show(element, 4 /* SHOW_TEXT */)
    else {
        return Vec::new();
    };
    let mut texts = TextPositions {
        walker,
        node: None,
        start: 0,
        end: 0,
    };
    offsets
        .iter()
        .filter_map(|&(start, end)| {
            let (start_node, start_offset) = texts.locate(start, false)?;
            let (end_node, end_offset) = texts.locate(end, true)?;
            StaticRange::new(&StaticRangeInit::new(
                &end_node,
                end_offset,
                &start_node,
                start_offset,
            ))
            .ok()
        })
        .collect()
}

/// Walks forward through an element's text nodes, turning offsets into its whole text into
/// (node, offset) positions. Offsets must come in order.
struct TextPositions {
    walker: web_sys::TreeWalker,
    node: Option<Node>,
    /// The current node's text, as offsets into the element's text.
    start: u32,
    end: u32,
}

impl TextPositions {
    /// An offset that falls between two nodes is put at the end of the first for the end of a
    /// range, at the start of the second for its start.
    fn locate(&mut self, offset: u32, is_end: bool) -> Option<(Node, u32)> {
        while self.node.is_none() || offset > self.end || (!is_end && offset == self.end) {
            let node = self.walker.next_node().ok()??;
            let length = node.unchecked_ref::<web_sys::CharacterData>().length();
            if self.node.is_some() {
                self.start = self.end;
            }
            self.end = self.start + length;
            self.node = Some(node);
        }
        Some((self.node.clone()?, offset - self.start))
    }
}
