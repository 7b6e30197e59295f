//! A saved web page ("Save page as" from a government site) → the text of its article: the
//! page's `<article>` or `<main>`, else the block holding the most paragraph text, without
//! navigation, header, footer and forms; `<h1>`–`<h6>` as Markdown headings, paragraphs and
//! list items as paragraphs, table rows as lines of tab-separated cells. The page is parsed by
//! the browser's `DOMParser` into a document that has no window: nothing in it runs or loads,
//! and only its text is read.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, SupportedType};

/// Whether a file's name or address (`….html`, `….htm`, without `?…` or `#…`) names a web page.
pub fn named_as_page(name: &str) -> bool {
    let path = name
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    path.ends_with(".html") || path.ends_with(".htm") || path.ends_with(".xhtml")
}

/// Whether a file named `name` with these first bytes is a web page.
pub fn is_web_page(name: &str, bytes: &[u8]) -> bool {
    if named_as_page(name) {
        return true;
    }
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)])
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .to_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// Elements that are the site around the article, never its text.
const AROUND: &str = "script, style, noscript, template, nav, header, footer, aside, form, button, select, iframe, object, svg, [role=navigation], [role=banner], [role=contentinfo], [hidden], [aria-hidden=true]";

/// The article of the page `html` as text; `None` if it has no text.
pub fn article_text(html: &str) -> Option<String> {
    let page = DomParser::new()
        .ok()?
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()?;
    let body = page.body()?;
    let root = ["article", "main", "[role=main]"]
        .iter()
        .find_map(|selector| page.query_selector(selector).ok().flatten())
        .unwrap_or_else(|| densest_block(&body).unwrap_or_else(|| body.clone().unchecked_into()));
    // The article's own heading may sit just above it, in the page's header.
    let heading = page.query_selector("h1").ok().flatten().filter(|h1| {
        !root.contains(Some(h1)) && h1.closest("nav, footer").ok().flatten().is_none()
    });
    if let Ok(around) = root.query_selector_all(AROUND) {
        for i in 0..around.length() {
            if let Some(node) = around.item(i) {
                node.unchecked_into::<Element>().remove();
            }
        }
    }
    let mut blocks = Vec::new();
    if let Some(h1) = heading {
        blocks.push(format!(
            "# {}",
            squeeze(&h1.text_content().unwrap_or_default())
        ));
    }
    collect(&root, &mut blocks);
    let text = blocks
        .into_iter()
        .filter(|b| !b.trim_start_matches('#').trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (!text.trim().is_empty()).then(|| text + "\n")
}

/// The element whose own paragraphs hold the most text: a page's article body when it has no
/// `<article>`.
fn densest_block(body: &web_sys::HtmlElement) -> Option<Element> {
    let paragraphs = body.query_selector_all("p").ok()?;
    let mut totals: Vec<(Element, usize)> = Vec::new();
    for i in 0..paragraphs.length() {
        let Some(p) = paragraphs
            .item(i)
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let Some(parent) = p.parent_element() else {
            continue;
        };
        let length = p.text_content().unwrap_or_default().trim().chars().count();
        match totals.iter_mut().find(|(e, _)| *e == parent) {
            Some((_, total)) => *total += length,
            None => totals.push((parent, length)),
        }
    }
    totals
        .into_iter()
        .rev()
        .max_by_key(|(_, total)| *total)
        .map(|(element, _)| element)
}

/// White space as a browser shows it: runs collapsed to one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const BLOCKS: [&str; 6] = ["P", "LI", "DT", "DD", "BLOCKQUOTE", "FIGCAPTION"];

fn collect(element: &Element, blocks: &mut Vec<String>) {
    let mut inline = String::new();
    let mut child = element.first_child();
    while let Some(node) = child {
        child = node.next_sibling();
        let Some(e) = node.dyn_ref::<Element>() else {
            if node.node_type() == web_sys::Node::TEXT_NODE {
                inline.push_str(&node.text_content().unwrap_or_default().replace('\n', " "));
            }
            continue;
        };
        let tag = e.tag_name().to_uppercase();
        let is_block = BLOCKS.contains(&tag.as_str())
            || matches!(
                tag.as_str(),
                "H1" | "H2"
                    | "H3"
                    | "H4"
                    | "H5"
                    | "H6"
                    | "PRE"
                    | "TR"
                    | "DIV"
                    | "SECTION"
                    | "TABLE"
                    | "TBODY"
                    | "THEAD"
                    | "UL"
                    | "OL"
                    | "DL"
                    | "ARTICLE"
                    | "MAIN"
                    | "CENTER"
                    | "FIGURE"
            );
        if !is_block {
            if tag == "BR" {
                inline.push('\n');
            } else {
                inline.push_str(&e.inner_text_like());
            }
            continue;
        }
        flush(&mut inline, blocks);
        match tag.as_str() {
            "H1" | "H2" | "H3" | "H4" | "H5" | "H6" => {
                let level = usize::from(tag.as_bytes()[1] - b'0');
                blocks.push(format!(
                    "{} {}",
                    "#".repeat(level),
                    squeeze(&e.text_content().unwrap_or_default())
                ));
            }
            "PRE" => blocks.push(e.text_content().unwrap_or_default().trim_end().to_string()),
            "TR" => {
                let cells = e.children();
                let row: Vec<String> = (0..cells.length())
                    .filter_map(|i| cells.item(i))
                    .map(|c| squeeze(&c.text_content().unwrap_or_default()))
                    .collect();
                blocks.push(row.join("\t"));
            }
            _ if BLOCKS.contains(&tag.as_str())
                && e.query_selector("p, div, li, table, h1, h2, h3, h4, h5, h6")
                    .ok()
                    .flatten()
                    .is_none() =>
            {
                blocks.push(lines(&e.inner_text_like()));
            }
            _ => collect(e, blocks),
        }
    }
    flush(&mut inline, blocks);
}

fn flush(inline: &mut String, blocks: &mut Vec<String>) {
    let text = lines(inline);
    if !text.is_empty() {
        blocks.push(text);
    }
    inline.clear();
}

/// Each line squeezed, blank lines dropped: `<br>` breaks kept, source wrapping not.
fn lines(text: &str) -> String {
    text.split('\n')
        .map(squeeze)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

trait InnerText {
    /// The text with `<br>` as line breaks and the source's own line breaks as spaces.
    fn inner_text_like(&self) -> String;
}

impl InnerText for Element {
    fn inner_text_like(&self) -> String {
        let mut out = String::new();
        let mut child = self.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            match node.dyn_ref::<Element>() {
                Some(e) if e.tag_name().eq_ignore_ascii_case("br") => out.push('\n'),
                Some(e) => out.push_str(&e.inner_text_like()),
                None => out.push_str(&node.text_content().unwrap_or_default().replace('\n', " ")),
            }
        }
        out
    }
}
