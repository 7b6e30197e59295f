//! A saved web page ("Save page as" from a government site) → the text of its article: the
//! page's `<article>` or `<main>`, else the block holding the most paragraph text, without
//! navigation, header, footer and forms; `<h1>`–`<h6>` as Markdown headings, paragraphs and
//! list items as paragraphs, table rows as lines of tab-separated cells.
//!
//! The page is parsed by the caller into a tree of [`Node`]s (the browser's `DOMParser` in the
//! app, into a document that has no window: nothing in it runs or loads); only its text is read.

/// A node of a parsed page: an element or a text (comments and the like are not given).
pub trait Node: Clone {
    /// An element's tag name as the parser gives it (lower case for HTML); `None` for a text.
    fn tag(&self) -> Option<String>;
    /// An element's attribute `name`; `None` if it has none.
    fn attribute(&self, name: &str) -> Option<String>;
    /// An element's child elements and texts, in order.
    fn children(&self) -> Vec<Self>;
    /// A text's text.
    fn text(&self) -> String;
}

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
const AROUND: [&str; 14] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "iframe", "object", "svg",
];

/// The site around the article: [`AROUND`], the roles of navigation, banner and footer, and
/// what the page hides.
fn is_around<N: Node>(tag: &str, element: &N) -> bool {
    AROUND.contains(&tag)
        || matches!(
            element.attribute("role").as_deref(),
            Some("navigation" | "banner" | "contentinfo")
        )
        || element.attribute("hidden").is_some()
        || element.attribute("aria-hidden").as_deref() == Some("true")
}

/// An element of the page in document order, the elements after it up to `end` inside it.
struct Placed<N> {
    node: N,
    tag: String,
    end: usize,
    parent: Option<usize>,
    in_nav_or_footer: bool,
}

/// Every element under `node` (itself included), in document order.
fn place<N: Node>(
    node: &N,
    parent: Option<usize>,
    in_nav_or_footer: bool,
    out: &mut Vec<Placed<N>>,
) {
    let Some(tag) = node.tag() else { return };
    let at = out.len();
    let in_nav_or_footer = in_nav_or_footer || tag == "nav" || tag == "footer";
    out.push(Placed {
        node: node.clone(),
        tag,
        end: at + 1,
        parent,
        in_nav_or_footer,
    });
    for child in node.children() {
        place(&child, Some(at), in_nav_or_footer, out);
    }
    out[at].end = out.len();
}

/// The article of the page whose `<html>` element is `page`, as text; `None` if it has no text.
pub fn article<N: Node>(page: &N) -> Option<String> {
    let mut elements = Vec::new();
    place(page, None, false, &mut elements);
    let first = |wanted: &dyn Fn(&Placed<N>) -> bool| elements.iter().position(wanted);
    let body = first(&|e| e.tag == "body" && e.parent == Some(0))?;
    let root = first(&|e| e.tag == "article")
        .or_else(|| first(&|e| e.tag == "main"))
        .or_else(|| first(&|e| e.attribute_is("role", "main")))
        .or_else(|| densest_block(&elements, body))
        .unwrap_or(body);
    // The article's own heading may sit just above it, in the page's header.
    let inside_root = root..elements[root].end;
    let heading = first(&|e| e.tag == "h1")
        .filter(|&h1| !inside_root.contains(&h1) && !elements[h1].in_nav_or_footer);
    let mut blocks = Vec::new();
    if let Some(h1) = heading {
        blocks.push(format!("# {}", squeeze(&text_of(&elements[h1].node, true))));
    }
    collect(&elements[root].node, &mut blocks);
    let text = blocks
        .into_iter()
        .filter(|b| !b.trim_start_matches('#').trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (!text.trim().is_empty()).then(|| text + "\n")
}

impl<N: Node> Placed<N> {
    fn attribute_is(&self, name: &str, value: &str) -> bool {
        self.node.attribute(name).as_deref() == Some(value)
    }
}

/// The element whose own paragraphs hold the most text: a page's article body when it has no
/// `<article>`.
fn densest_block<N: Node>(elements: &[Placed<N>], body: usize) -> Option<usize> {
    let mut totals: Vec<(usize, usize)> = Vec::new();
    for p in elements[body + 1..elements[body].end]
        .iter()
        .filter(|e| e.tag == "p")
    {
        let Some(parent) = p.parent else { continue };
        let length = text_of(&p.node, true).trim().chars().count();
        match totals.iter_mut().find(|(e, _)| *e == parent) {
            Some((_, total)) => *total += length,
            None => totals.push((parent, length)),
        }
    }
    // The first of blocks as dense as each other.
    totals
        .into_iter()
        .rev()
        .max_by_key(|(_, total)| *total)
        .map(|(element, _)| element)
}

/// The texts under `node`, joined (`textContent`); with `around`, the site around the article
/// too (read before it is left out).
fn text_of<N: Node>(node: &N, around: bool) -> String {
    let mut out = String::new();
    push_text(node, around, &mut out);
    out
}

fn push_text<N: Node>(node: &N, around: bool, out: &mut String) {
    let Some(tag) = node.tag() else {
        out.push_str(&node.text());
        return;
    };
    if !around && is_around(&tag, node) {
        return;
    }
    for child in node.children() {
        push_text(&child, around, out);
    }
}

/// The child elements of `node` that are the article's (not the site around it), with their tags.
fn shown_elements<N: Node>(node: &N) -> impl Iterator<Item = (String, N)> {
    node.children().into_iter().filter_map(|child| {
        let tag = child.tag()?;
        (!is_around(&tag, &child)).then_some((tag, child))
    })
}

/// White space as a browser shows it: runs collapsed to one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Blocks whose text is one paragraph, unless they hold other blocks.
const BLOCKS: [&str; 6] = ["p", "li", "dt", "dd", "blockquote", "figcaption"];

/// Blocks that hold others.
const HOLDERS: [&str; 12] = [
    "div", "section", "table", "tbody", "thead", "ul", "ol", "dl", "article", "main", "center",
    "figure",
];

const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// Blocks that make [`BLOCKS`] holding them a holder.
const INNER_BLOCKS: [&str; 10] = [
    "p", "div", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6",
];

fn collect<N: Node>(element: &N, blocks: &mut Vec<String>) {
    let mut inline = String::new();
    for node in element.children() {
        let Some(tag) = node.tag() else {
            inline.push_str(&node.text().replace('\n', " "));
            continue;
        };
        if is_around(&tag, &node) {
            continue;
        }
        let tag = tag.as_str();
        let is_block = [&BLOCKS[..], &HOLDERS, &HEADINGS, &["pre", "tr"]]
            .iter()
            .any(|tags| tags.contains(&tag));
        if !is_block {
            if tag == "br" {
                inline.push('\n');
            } else {
                inline.push_str(&inner_text_like(&node));
            }
            continue;
        }
        flush(&mut inline, blocks);
        if let Some(level) = HEADINGS.iter().position(|h| *h == tag) {
            blocks.push(format!(
                "{} {}",
                "#".repeat(level + 1),
                squeeze(&text_of(&node, false))
            ));
        } else if tag == "pre" {
            blocks.push(text_of(&node, false).trim_end().to_string());
        } else if tag == "tr" {
            let row: Vec<String> = shown_elements(&node)
                .map(|(_, cell)| squeeze(&text_of(&cell, false)))
                .collect();
            blocks.push(row.join("\t"));
        } else if BLOCKS.contains(&tag) && !holds_block(&node) {
            blocks.push(lines(&inner_text_like(&node)));
        } else {
            collect(&node, blocks);
        }
    }
    flush(&mut inline, blocks);
}

/// Whether any element under `node` is one of [`INNER_BLOCKS`].
fn holds_block<N: Node>(node: &N) -> bool {
    shown_elements(node)
        .any(|(tag, child)| INNER_BLOCKS.contains(&tag.as_str()) || holds_block(&child))
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

/// The text with `<br>` as line breaks and the source's own line breaks as spaces.
fn inner_text_like<N: Node>(element: &N) -> String {
    let mut out = String::new();
    for node in element.children() {
        match node.tag() {
            Some(tag) if is_around(&tag, &node) => {}
            Some(tag) if tag == "br" => out.push('\n'),
            Some(_) => out.push_str(&inner_text_like(&node)),
            None => out.push_str(&node.text().replace('\n', " ")),
        }
    }
    out
}
