//! A Word document (.docx, as Word, WPS Office and LibreOffice write it) → text, with the
//! structure Word knows written the way docview's parser reads it: the title and the headings
//! of heading styles as Markdown headings (`#`, `##`, …), automatic numbers as the text the
//! author saw, table rows as lines of tab-separated cells, footnotes and endnotes numbered where
//! they are referenced and listed after the text. Tracked deletions are left out, insertions
//! kept. A paragraph in no heading style stays plain text, for the parser to find its
//! structure as in a .txt file (most 公文 are typed without styles).

mod body;
mod numbering;
mod styles;
pub mod wire;
pub mod xml;
pub mod zip;

use body::{Marks, Paragraph};
use numbering::Numbering;
use styles::Styles;
use zip::{Archive, Inflater, Packed, ZipError};

/// Why a Word file, or a file like one, does not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordProblem {
    Damaged,
    Encrypted,
    /// Its text expands past the limit (a zip bomb, or a document far too large).
    TooLarge,
    /// Word 97–2003 (.doc) or another binary Office file: the name of what it is.
    OldFormat(&'static str),
    /// A ZIP that holds something else: what it is.
    NotWord(&'static str),
    /// What reads Word files in the page (the second wasm) did not load.
    ReaderNotLoaded,
    /// An OFD file whose text cannot be read (damaged, or parts missing).
    OfdUnreadable,
    /// An OFD file with no text: only graphics, images or seals.
    OfdWithoutText,
}

impl WordProblem {
    pub fn in_chinese(self) -> String {
        match self {
            WordProblem::Damaged => "这个 Word 文件已损坏，读不出其中的文字。".to_string(),
            WordProblem::Encrypted => {
                "这个 Word 文件有密码保护：请在 Word 或 WPS 中取消密码后另存，再打开。".to_string()
            }
            WordProblem::TooLarge => "这个 Word 文件解压后的文字超过 50 MB，未打开。".to_string(),
            WordProblem::OldFormat(kind) => {
                format!("这是{kind}：请在 Word 或 WPS 中另存为 .docx，再打开。")
            }
            WordProblem::NotWord(kind) => format!("这不是 Word 文档（看起来是 {kind}）。"),
            WordProblem::ReaderNotLoaded => {
                "读取 Word 文件所需的文件没有载入：请连接网络后再打开。".to_string()
            }
            WordProblem::OfdUnreadable => "这个 OFD 文件已损坏，读不出其中的文字。".to_string(),
            WordProblem::OfdWithoutText => {
                "这个 OFD 文件里没有文字（只有图形、图片或印章）。".to_string()
            }
        }
    }

    pub fn in_english(self) -> String {
        match self {
            WordProblem::Damaged => "This Word file is damaged: its text cannot be read.".to_string(),
            WordProblem::Encrypted => "This Word file is protected by a password: remove the password in Word or WPS, save it, and open it again.".to_string(),
            WordProblem::TooLarge => "This Word file's text is over 50 MB when unpacked; it was not opened.".to_string(),
            WordProblem::OldFormat(kind) => format!("This is {}: save it as .docx in Word or WPS, then open that.", english_kind(kind)),
            WordProblem::NotWord(kind) => format!("This is not a Word document (it looks like {}).", english_kind(kind)),
            WordProblem::ReaderNotLoaded => "The files that read Word documents did not load: connect to the network and open it again.".to_string(),
            WordProblem::OfdUnreadable => "This OFD file is damaged: its text cannot be read.".to_string(),
            WordProblem::OfdWithoutText => "This OFD file has no text (only graphics, images or seals).".to_string(),
        }
    }
}

fn english_kind(kind: &str) -> &str {
    KINDS
        .iter()
        .find(|(zh, _)| *zh == kind)
        .map_or(kind, |(_, en)| en)
}

const KINDS: [(&str, &str); 8] = [
    (
        "旧版 Word 文档（.doc，Word 97–2003）",
        "an old Word document (.doc, Word 97–2003)",
    ),
    (
        "旧版 WPS 文字文档（.wps）",
        "an old WPS Writer document (.wps)",
    ),
    ("旧版 Excel 工作簿（.xls）", "an old Excel workbook (.xls)"),
    (
        "旧版 PowerPoint 演示文稿（.ppt）",
        "an old PowerPoint presentation (.ppt)",
    ),
    ("Excel 工作簿（.xlsx）", "an Excel workbook (.xlsx)"),
    (
        "PowerPoint 演示文稿（.pptx）",
        "a PowerPoint presentation (.pptx)",
    ),
    ("OpenDocument 文件（.odt）", "an OpenDocument file (.odt)"),
    ("ZIP 压缩包", "a ZIP archive"),
];

/// What a binary Office file (the OLE compound format: .doc, .wps, .xls, .ppt, and a .docx
/// with a password) is, from the names of its streams; `file_name` tells .wps from .doc.
pub fn old_format(bytes: &[u8], file_name: &str) -> WordProblem {
    let has = |name: &str| {
        let wide: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        bytes.windows(wide.len()).any(|w| w == wide.as_slice())
    };
    if has("EncryptedPackage") {
        WordProblem::Encrypted
    } else if file_name.to_lowercase().ends_with(".wps") {
        WordProblem::OldFormat(KINDS[1].0)
    } else if has("Workbook") {
        WordProblem::OldFormat(KINDS[2].0)
    } else if has("PowerPoint Document") {
        WordProblem::OldFormat(KINDS[3].0)
    } else {
        WordProblem::OldFormat(KINDS[0].0)
    }
}

/// The text of a Word document, and whether it had tracked changes.
#[derive(Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub tracked_changes: bool,
}

/// The parts of a Word file its text comes from, in the order [`from_parts`] takes them.
const PARTS: [&str; 5] = [
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
];

/// The parts of the .docx in `bytes` named in [`PARTS`], as stored (`None` for one it lacks); a
/// ZIP that is not a Word document is named for what it is.
fn parts(bytes: &[u8]) -> Result<Vec<Option<Packed<'_>>>, WordProblem> {
    let archive = Archive::open(bytes).map_err(WordProblem::from)?;
    if !archive.has(PARTS[0]) {
        let holds = |prefix: &str| archive.names().any(|n| n.starts_with(prefix));
        let kind = match () {
            _ if holds("xl/") => KINDS[4].0,
            _ if holds("ppt/") => KINDS[5].0,
            _ if archive.has("content.xml") => KINDS[6].0,
            _ => KINDS[7].0,
        };
        return Err(WordProblem::NotWord(kind));
    }
    PARTS
        .iter()
        .map(|name| archive.packed(name).map_err(WordProblem::from))
        .collect()
}

/// Reads the .docx in `bytes`, its parts inflated by `inflater` a part at a time; they may not
/// expand past `limit` bytes in all.
pub async fn read(
    bytes: &[u8],
    limit: usize,
    inflater: &impl Inflater,
) -> Result<Word, WordProblem> {
    let mut budget = limit;
    let mut texts = Vec::new();
    for packed in parts(bytes)? {
        texts.push(match packed {
            None => Vec::new(),
            Some(packed) => zip::unpack(packed, &mut budget, inflater).await?,
        });
    }
    from_parts(texts)
}

/// The text of a Word document from its [`PARTS`], inflated (empty for one it lacks).
fn from_parts(parts: Vec<Vec<u8>>) -> Result<Word, WordProblem> {
    let mut texts = parts
        .into_iter()
        .map(|bytes| String::from_utf8(bytes).map_err(|_| WordProblem::Damaged));
    let mut next = || texts.next().unwrap_or(Ok(String::new()));
    let document = next()?;
    let styles = Styles::read(&next()?);
    let mut numbering = Numbering::read(&next()?);
    let (footnotes, endnotes) = (next()?, next()?);
    let mut marks = Marks::default();
    let paragraphs = body::paragraphs(&document, &styles, &mut numbering, &mut marks);
    if !document.contains("<w:body") && !document.contains("<body") {
        return Err(WordProblem::Damaged);
    }
    let mut text = written(&paragraphs);
    for (n, (footnote, id)) in marks.notes.iter().enumerate() {
        let notes = if *footnote { &footnotes } else { &endnotes };
        let note = note_text(
            notes,
            if *footnote { "footnote" } else { "endnote" },
            id,
            &styles,
        );
        text.push_str(&format!("\n\n[{}] {note}", n + 1));
    }
    text.push('\n');
    Ok(Word {
        text,
        tracked_changes: marks.tracked_changes,
    })
}

/// The problem a ZIP error is, to the reader (of a Word or an OFD file).
impl From<ZipError> for WordProblem {
    fn from(e: ZipError) -> Self {
        match e {
            ZipError::Damaged => WordProblem::Damaged,
            ZipError::TooLarge => WordProblem::TooLarge,
            ZipError::Encrypted => WordProblem::Encrypted,
        }
    }
}

/// The paragraphs as text: the title and styled headings as Markdown headings, a blank line
/// between paragraphs.
fn written(paragraphs: &[Paragraph]) -> String {
    let shown: Vec<&Paragraph> = paragraphs
        .iter()
        .filter(|p| !p.text.trim().is_empty())
        .collect();
    // The Title style; else a first paragraph centred and large (二号 is 44 half-points), as a
    // typed 公文's title is.
    let title = shown.iter().position(|p| p.title).or_else(|| {
        shown
            .first()
            .filter(|p| p.centered && p.size >= 32 && p.heading.is_none() && shown.len() > 1)
            .map(|_| 0)
    });
    let below_title = usize::from(title.is_some());
    let mut out = String::new();
    for (i, p) in shown.iter().enumerate() {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let level = match (Some(i) == title, p.heading) {
            (true, _) => Some(1),
            (false, Some(level)) => Some((usize::from(level) + below_title).min(6)),
            (false, None) => None,
        };
        match level {
            Some(level) => {
                out.push_str(&"#".repeat(level));
                out.push(' ');
                out.push_str(&p.text.trim().replace('\n', " "));
            }
            None => out.push_str(p.text.trim_end()),
        }
    }
    out
}

/// The text of note `id` in `xml` (footnotes.xml or endnotes.xml), its paragraphs joined.
fn note_text(xml: &str, tag: &str, id: &str, styles: &Styles) -> String {
    let open = format!("<w:{tag} ");
    let close = format!("</w:{tag}>");
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at..];
        let end = after.find(&close).map_or(after.len(), |e| e + close.len());
        let note = &after[..end];
        let head = &note[..note.find('>').unwrap_or(note.len())];
        if head.contains(&format!("w:id=\"{id}\"")) {
            let mut marks = Marks::default();
            let paragraphs = body::paragraphs(note, styles, &mut Numbering::default(), &mut marks);
            return paragraphs
                .iter()
                .map(|p| p.text.trim())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        rest = &after[end..];
    }
    String::new()
}
