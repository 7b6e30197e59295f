//! An OFD file (GB/T 33190, the national format of electronic official documents) → text. The
//! archive is read as a Word file's is (`docx::zip`, the same inflater and zip-bomb limit):
//! `OFD.xml` names the document's root, its `Document.xml` the pages in order, and each page's
//! `Content.xml` holds text objects placed on the page. They are put in reading order by their
//! positions, not by their order in the XML: lines by baseline, a line's pieces left to right;
//! a line that runs to the right edge of the text continues in the next one, unless that one is
//! indented. Template pages (running headers, page numbers), annotations and signatures are
//! separate parts and are not read.

use super::docx::xml::{unescape, Event, Reader};
use super::docx::zip::{unpack, Archive, Inflater};
use super::docx::{Word, WordProblem};

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
    let mut lines = Vec::new();
    for page in pages {
        let content = part(&archive, &resolve(folder, &page), &mut budget, inflater).await?;
        lines.extend(page_lines(&content));
    }
    Ok(Word {
        text: paragraphs(&lines),
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

/// A run of text placed on a page: its baseline, where it starts and ends, its size.
#[derive(Clone, Debug)]
struct Piece {
    y: f64,
    x: f64,
    end: f64,
    size: f64,
    text: String,
}

/// A line of a page, and the left and right edges of that page's text.
#[derive(Debug)]
struct Line {
    pieces: Vec<Piece>,
    left: f64,
    right: f64,
}

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
    paragraphs(&page_lines(content))
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

/// A page number as 公文 and most documents set it: `— 3 —`, `- 3 -`, `第 3 页`, `第3页 共18页`,
/// `3 / 18`.
fn is_page_number(text: &str) -> bool {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dashes = |c: char| matches!(c, '—' | '-' | '－' | '–' | '─');
    let inner = text.trim_matches(dashes);
    if inner.len() < text.len() && text.starts_with(dashes) && text.ends_with(dashes) {
        return digits(inner);
    }
    if let Some((page, of)) = text.split_once('/') {
        return digits(page) && digits(of);
    }
    let first = text.split("共").next().unwrap_or_default();
    first
        .strip_prefix('第')
        .and_then(|rest| rest.strip_suffix('页'))
        .is_some_and(digits)
}

/// A page's pieces in reading order, as lines: by baseline, then left to right. Page numbers
/// set on the page itself are not text.
fn page_lines(content: &str) -> Vec<Line> {
    let mut pieces = pieces(content);
    pieces.retain(|p| !p.text.trim().is_empty() && !is_page_number(&p.text));
    pieces.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<Piece>> = Vec::new();
    for piece in pieces {
        match lines.last_mut() {
            Some(line) if (piece.y - line[0].y).abs() <= line[0].size.max(piece.size) * 0.5 => {
                line.push(piece)
            }
            _ => lines.push(vec![piece]),
        }
    }
    let left = lines
        .iter()
        .flat_map(|l| l.iter().map(|p| p.x))
        .fold(f64::INFINITY, f64::min);
    let right = lines
        .iter()
        .flat_map(|l| l.iter().map(|p| p.end))
        .fold(f64::NEG_INFINITY, f64::max);
    lines
        .into_iter()
        .map(|mut pieces| {
            pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
            Line {
                pieces,
                left,
                right,
            }
        })
        .collect()
}

impl Line {
    fn size(&self) -> f64 {
        self.pieces.iter().map(|p| p.size).fold(0.0, f64::max)
    }

    fn start(&self) -> f64 {
        self.pieces.first().map_or(self.left, |p| p.x)
    }

    fn end(&self) -> f64 {
        self.pieces.last().map_or(self.left, |p| p.end)
    }

    /// The line's text: pieces apart by more than half a character are apart by a space.
    fn text(&self) -> String {
        let mut out = String::new();
        let mut end = None;
        for piece in &self.pieces {
            if end.is_some_and(|end: f64| piece.x - end > piece.size * 0.5) {
                out.push(' ');
            }
            out.push_str(&piece.text);
            end = Some(piece.end);
        }
        out
    }

    /// Whether the line runs to the right edge of its page's text as one run (a paragraph that
    /// goes on; a row of a table or a form, its cells apart, does not).
    fn full(&self) -> bool {
        let one_run = self
            .pieces
            .windows(2)
            .all(|pair| pair[1].x - pair[0].end <= pair[1].size * 0.5);
        one_run && self.right - self.end() <= self.size() * 1.5
    }

    /// Whether the line starts at the left edge (not indented, not centred).
    fn flush_left(&self) -> bool {
        self.start() - self.left <= self.size() * 0.5
    }
}

/// The lines as paragraphs: a full line goes on in the next one when that one is flush left and
/// of the same size; Chinese joins without a space, Latin words with one.
fn paragraphs(lines: &[Line]) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let text = line.text();
        let goes_on = i > 0 && {
            let before = &lines[i - 1];
            before.full() && line.flush_left() && (before.size() - line.size()).abs() < 0.01
        };
        if goes_on {
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            if latin(out.chars().last()) && latin(text.chars().next()) {
                out.push(' ');
            }
        } else if i > 0 {
            out.push('\n');
        }
        out.push_str(text.trim_end());
    }
    out.push('\n');
    out
}
