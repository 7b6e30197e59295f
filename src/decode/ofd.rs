//! An OFD file (GB/T 33190, the national format of electronic official documents) → text. The
//! archive is read as a Word file's is (`docx::zip`, the same inflater and zip-bomb limit):
//! `OFD.xml` names the document's root, its `Document.xml` the pages in order, and each page's
//! `Content.xml` holds text objects placed on the page. They are put in reading order by their
//! positions, not by their order in the XML (`layout`). Template pages (running headers, page numbers), annotations and signatures are
//! separate parts and are not read.

use super::docx::xml::{unescape, Event, Reader};
use super::docx::zip::{unpack, Archive, Inflater};
use super::docx::{Word, WordProblem};
use super::layout::{self, Piece};

/// Whether `bytes` are an OFD package.
pub fn is_ofd(bytes: &[u8]) -> bool {
    Archive::open(bytes).is_ok_and(|archive| archive.has("OFD.xml"))
}

/// The text of the OFD in `bytes`, its parts inflated by `inflater`, at most `limit` bytes in all.
pub async fn read(
    bytes: &[u8],
    limit: usize,
    inflater: &impl Inflater,
) -> Result<Word, WordProblem> {
    let archive = Archive::open(bytes)?;
    let mut budget = limit;
    let root = part(&archive, "OFD.xml", &mut budget, inflater).await?;
    let document = first_text(&root, "DocRoot").ok_or(WordProblem::Damaged)?;
    let document = resolve("", &document);
    let folder = document.rsplit_once('/').map_or("", |(folder, _)| folder);
    let pages = page_locations(&part(&archive, &document, &mut budget, inflater).await?);
    let mut placed = Vec::new();
    for page in pages {
        let content = part(&archive, &resolve(folder, &page), &mut budget, inflater).await?;
        placed.push(pieces(&content));
    }
    Ok(Word {
        text: layout::text(placed),
        tracked_changes: false,
    })
}

/// A part of the archive as text; a part it lacks is damage.
async fn part(
    archive: &Archive<'_>,
    name: &str,
    budget: &mut usize,
    inflater: &impl Inflater,
) -> Result<String, WordProblem> {
    let packed = archive.packed(name)?.ok_or(WordProblem::Damaged)?;
    String::from_utf8(unpack(packed, budget, inflater).await?).map_err(|_| WordProblem::Damaged)
}

/// A location inside the package: absolute (`/Doc_0/…`) or relative to `folder`.
fn resolve(folder: &str, location: &str) -> String {
    let location = location.trim();
    match location.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None if folder.is_empty() => location.to_string(),
        None => format!("{folder}/{location}"),
    }
}

/// The text of the first element called `name`.
fn first_text(xml: &str, name: &str) -> Option<String> {
    let mut inside = false;
    for event in Reader::new(xml) {
        match event {
            Event::Start { name: n, empty, .. } if n == name && !empty => inside = true,
            Event::Text(text) if inside => return Some(unescape(text)),
            Event::End { name: n } if n == name => inside = false,
            _ => {}
        }
    }
    None
}

/// The pages' content locations, in the document's order.
fn page_locations(document: &str) -> Vec<String> {
    Reader::new(document)
        .filter_map(|event| match event {
            Event::Start {
                name: "Page",
                attributes,
                ..
            } => attributes.get("BaseLoc"),
            _ => None,
        })
        .collect()
}

const IDENTITY: [f64; 6] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn numbers(text: &str) -> Vec<f64> {
    text.split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// `DeltaX`'s advances, with the shorthand `g N d` for N advances of d.
fn advances(delta: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut words = delta.split_whitespace();
    while let Some(word) = words.next() {
        if word == "g" {
            let count = words
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            let step = words
                .next()
                .and_then(|d| d.parse::<f64>().ok())
                .unwrap_or(0.0);
            out.extend(std::iter::repeat_n(step, count.min(100_000)));
        } else if let Ok(step) = word.parse() {
            out.push(step);
        }
    }
    out
}

/// The text of one page's content, as [`read`] gives it.
pub fn page_text(content: &str) -> String {
    layout::text(vec![pieces(content)])
}

/// The text pieces of a page's content, with their places.
fn pieces(content: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    // The current text object's origin, transform (`CTM`: a b c d e f) and size, and the
    // current text code's place in the object's own space.
    let (mut origin, mut ctm, mut size) = ((0.0, 0.0), IDENTITY, 0.0);
    let mut code: Option<(f64, f64, Vec<f64>)> = None;
    for event in Reader::new(content) {
        match event {
            Event::Start {
                name: "TextObject",
                attributes,
                ..
            } => {
                let boundary = numbers(&attributes.get("Boundary").unwrap_or_default());
                origin = (
                    boundary.first().copied().unwrap_or(0.0),
                    boundary.get(1).copied().unwrap_or(0.0),
                );
                size = attributes
                    .get("Size")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(3.5);
                ctm = attributes
                    .get("CTM")
                    .and_then(|m| numbers(&m).try_into().ok())
                    .unwrap_or(IDENTITY);
            }
            Event::Start {
                name: "TextCode",
                attributes,
                empty: false,
            } => {
                let at = |name: &str| attributes.get(name).and_then(|v| v.trim().parse().ok());
                code = Some((
                    at("X").unwrap_or(0.0),
                    at("Y").unwrap_or(0.0),
                    advances(&attributes.get("DeltaX").unwrap_or_default()),
                ));
            }
            Event::Text(text) => {
                if let Some((x, y, deltas)) = &code {
                    let text = unescape(text);
                    let count = text.chars().count();
                    let width: f64 = (0..count.saturating_sub(1))
                        .map(|i| deltas.get(i).copied().unwrap_or(size))
                        .sum::<f64>()
                        + size;
                    let [a, b, c, d, e, f] = ctm;
                    let place = |x: f64, y: f64| {
                        (origin.0 + a * x + c * y + e, origin.1 + b * x + d * y + f)
                    };
                    let ((start, baseline), (end, _)) = (place(*x, *y), place(x + width, *y));
                    out.push(Piece {
                        y: baseline,
                        x: start,
                        end,
                        size: size * (a * d - b * c).abs().sqrt(),
                        text,
                    });
                }
            }
            Event::End { name: "TextCode" } => code = None,
            _ => {}
        }
    }
    out
}
