//! Bytes → text. Decoding either gives the text or says, in words a reader understands,
//! why the bytes are not a text docview can show.
//!
//! UTF-8 and UTF-16 are decoded here. GB18030 (and so GBK and GB2312) is detected here but
//! decoded by the [`Platform`]'s decoder: the browser's own `TextDecoder` in the app (no tables
//! in the wasm), `encoding_rs` natively. So are a Word file's parts inflated and a saved web
//! page parsed by the platform, and read here.

pub mod docx;
mod gb18030;
mod layout;
#[cfg(not(target_arch = "wasm32"))]
mod native;
pub mod ofd;
pub mod pdf;
pub mod web_page;

#[cfg(not(target_arch = "wasm32"))]
pub use native::{decode, open, ready, Native};
use std::fmt;
use std::future::Future;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No bytes, or only white space.
    Empty,
    /// Not text at all: the name of what the bytes seem to be.
    Binary(&'static str),
    /// Text in an encoding not recognised.
    UnknownEncoding,
    /// A Word file, or a file like one, that does not open.
    Word(docx::WordProblem),
    /// A saved web page without an article.
    PageWithoutText,
    /// A PDF that does not open.
    Pdf(pdf::PdfProblem),
}

impl DecodeError {
    /// What went wrong, for a reader of Chinese.
    pub fn in_chinese(&self) -> String {
        match self {
            DecodeError::Empty => "文件是空的（没有文字）。".to_string(),
            DecodeError::Binary(kind) => format!("这不是文本文件（看起来是 {kind}）。"),
            DecodeError::UnknownEncoding => {
                "无法识别文件的编码（支持 UTF-8、UTF-16、GB18030/GBK）。".to_string()
            }
            DecodeError::Word(problem) => problem.in_chinese(),
            DecodeError::PageWithoutText => "这个网页里没有正文。".to_string(),
            DecodeError::Pdf(problem) => problem.in_chinese(),
        }
    }

    /// What went wrong, for a reader of English.
    pub fn in_english(&self) -> String {
        match self {
            DecodeError::Empty => "The file is empty (no text).".to_string(),
            DecodeError::Binary(kind) => format!("This is not a text file (it looks like {kind})."),
            DecodeError::UnknownEncoding => {
                "The file's encoding is not recognised (UTF-8, UTF-16 and GB18030/GBK are)."
                    .to_string()
            }
            DecodeError::Word(problem) => problem.in_english(),
            DecodeError::PageWithoutText => "This web page has no text to read.".to_string(),
            DecodeError::Pdf(problem) => problem.in_english(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.in_chinese(), self.in_english())
    }
}

const SIGNATURES: [(&[u8], &str); 8] = [
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (
        b"PK\x03\x04",
        "ZIP archive / Office document (.docx, .xlsx)",
    ),
    (b"\xD0\xCF\x11\xE0", "Office 97-2003 document (.doc)"),
    (b"{\\rtf", "RTF document"),
    (b"\x1F\x8B", "gzip archive"),
];

/// The most text a document may expand to (a Word file is compressed): past it, reading stops.
pub const MAX_TEXT_BYTES: usize = 50 * 1024 * 1024;

/// The text of a document file, and what the reader should know about how it was read.
#[derive(Debug, PartialEq, Eq)]
pub struct Opened {
    pub text: String,
    pub notice: Option<Notice>,
}

/// What the reader should know about how a document was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Places whose bytes could not be read, shown as U+FFFD.
    Unreadable(usize),
    /// A Word file with tracked changes: deletions left out, insertions kept.
    TrackedChanges,
    /// Characters of a PDF that no font maps to Unicode, shown as U+FFFD.
    Unmapped(usize),
}

/// What opening a file needs of where it runs: in the app, the browser's own `TextDecoder` and
/// `DOMParser` (no tables or HTML parser in the wasm) and the tools' worker for Word files (the
/// reader's wasm carries no `docx`); natively, crates ([`Native`]).
pub trait Platform {
    /// The .docx or OFD file in `bytes` read ([`read_archive`]).
    fn word(&self, bytes: &[u8]) -> impl Future<Output = Result<docx::Word, docx::WordProblem>>;
    /// The PDF in `bytes` read ([`pdf::from_items`] over what pdf.js finds on its pages).
    fn pdf(&self, bytes: &[u8]) -> impl Future<Output = Result<pdf::Pdf, pdf::PdfProblem>>;
    /// Text detected as GB18030 decoded; `None` if it does not decode.
    fn gb18030(&self, bytes: &[u8]) -> Option<String>;
    /// The article of the saved web page `html` ([`web_page::article`] over the page parsed so
    /// that nothing of it runs or loads); `None` if it has none.
    fn article(&self, html: &str) -> Option<String>;
}

/// Opens the bytes of a file named `file_name` on `platform`: a Word document, a saved web page
/// (its article), or text in any encoding [`decode_with`] reads; a binary Office file is named
/// for what it is.
pub async fn open_with(
    bytes: &[u8],
    file_name: &str,
    platform: &impl Platform,
) -> Result<Opened, DecodeError> {
    if is_zip(bytes) {
        let word = platform.word(bytes).await.map_err(DecodeError::Word)?;
        if word.text.trim().is_empty() {
            return Err(DecodeError::Empty);
        }
        let notice = word.tracked_changes.then_some(Notice::TrackedChanges);
        return Ok(Opened {
            text: word.text,
            notice,
        });
    }
    if is_pdf(bytes) {
        let pdf = platform.pdf(bytes).await.map_err(DecodeError::Pdf)?;
        return Ok(Opened {
            text: pdf.text,
            notice: (pdf.unmapped > 0).then_some(Notice::Unmapped(pdf.unmapped)),
        });
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(DecodeError::Word(docx::old_format(bytes, file_name)));
    }
    let text = decode_with(bytes, |b| platform.gb18030(b))?;
    let unreadable = replacements(bytes, &text);
    let text = match web_page::is_web_page(file_name, bytes) {
        true => platform
            .article(&text)
            .ok_or(DecodeError::PageWithoutText)?,
        false => text,
    };
    Ok(Opened {
        text,
        notice: (unreadable > 0).then_some(Notice::Unreadable(unreadable)),
    })
}

/// The text of a ZIP archive: an OFD file, or else a Word document (or what the archive is named
/// as, if it is neither); `inflater` inflates its parts, at most [`MAX_TEXT_BYTES`] of them.
pub async fn read_archive(
    bytes: &[u8],
    inflater: &impl docx::zip::Inflater,
) -> Result<docx::Word, docx::WordProblem> {
    if ofd::is_ofd(bytes) {
        return match ofd::read(bytes, MAX_TEXT_BYTES, inflater).await {
            Err(docx::WordProblem::Damaged) => Err(docx::WordProblem::OfdUnreadable),
            Ok(read) if read.text.trim().is_empty() => Err(docx::WordProblem::OfdWithoutText),
            read => read,
        };
    }
    docx::read(bytes, MAX_TEXT_BYTES, inflater).await
}

/// Whether `bytes` are a PDF: its header within its first kilobyte, as readers accept it.
fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Whether `bytes` are a ZIP archive: a Word document, or something to be named.
fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Decodes `bytes`, using `gb18030` for text detected as GB18030 (it returns `None` when it
/// cannot decode). A byte order mark is not part of the text.
pub fn decode_with(
    bytes: &[u8],
    gb18030: impl FnOnce(&[u8]) -> Option<String>,
) -> Result<String, DecodeError> {
    let text = decode_any(bytes, gb18030)?;
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text)
}

fn decode_any(
    bytes: &[u8],
    gb18030: impl FnOnce(&[u8]) -> Option<String>,
) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((_, kind)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Err(DecodeError::Binary(kind));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec()).map_err(|_| DecodeError::UnknownEncoding);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    if let Some(little_endian) = utf16_without_bom(bytes) {
        return utf16(
            bytes,
            if little_endian {
                u16::from_le_bytes
            } else {
                u16::from_be_bytes
            },
        );
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary("binary data"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    if gb18030::is_well_formed(bytes) {
        if let Some(text) = gb18030(bytes).filter(|t| gb18030::reads_as_chinese(t)) {
            return Ok(text);
        }
    }
    utf8_with_few_errors(bytes).ok_or(DecodeError::UnknownEncoding)
}

/// UTF-8 damaged in a few places (a file cut and joined, a bad copy): read, each bad sequence
/// shown as U+FFFD, if bad bytes are at most one in a thousand, or the well-formed
/// multi-byte characters (which another encoding seldom makes) outnumber the bad sequences ten
/// to one. Anything worse is another encoding, and guessing would garble it.
fn utf8_with_few_errors(bytes: &[u8]) -> Option<String> {
    let (mut bad_bytes, mut bad_sequences, mut multibyte, mut rest) = (0, 0, 0, bytes);
    loop {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(text) => (text, None),
            Err(e) => (
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                Some(e),
            ),
        };
        multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
        let Some(e) = error else { break };
        let skip = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
        bad_bytes += skip;
        bad_sequences += 1;
        rest = &rest[e.valid_up_to() + skip..];
    }
    let few = bad_bytes * 1000 <= bytes.len() || multibyte >= 10 * bad_sequences;
    few.then(|| String::from_utf8_lossy(bytes).into_owned())
}

/// How many U+FFFD in `text` decoding `bytes` put there (bytes it could not read).
pub fn replacements(bytes: &[u8], text: &str) -> usize {
    let in_text = text.matches('\u{FFFD}').count();
    if in_text == 0 {
        return 0;
    }
    let in_bytes = bytes
        .windows(3)
        .filter(|w| *w == "\u{FFFD}".as_bytes())
        .count();
    in_text.saturating_sub(in_bytes)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::UnknownEncoding);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::UnknownEncoding)
}

/// UTF-16 without a byte order mark shows as zero bytes on one side of most units (ASCII
/// and line breaks): `Some(true)` for little-endian, `Some(false)` for big-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    // Without a zero byte (UTF-8 and GB18030 text: a quick search) neither side has any.
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zero_high = bytes
        .chunks_exact(2)
        .filter(|p| p[1] == 0 && p[0] != 0)
        .count();
    let zero_low = bytes
        .chunks_exact(2)
        .filter(|p| p[0] == 0 && p[1] != 0)
        .count();
    let no_zero_pairs = !bytes.chunks_exact(2).any(|p| p == [0, 0]);
    // A line break in every line of Chinese text is enough: at least one unit in 40. A few
    // characters have a zero on the other side (`一` is U+4E00): the other side must be far
    // rarer.
    let enough = |n: usize, other: usize| n * 40 >= pairs && other * 4 <= n && no_zero_pairs;
    if enough(zero_high, zero_low) {
        Some(true)
    } else if enough(zero_low, zero_high) {
        Some(false)
    } else {
        None
    }
}

/// Zero bytes or many control characters: not text in any encoding docview reads.
fn looks_binary(bytes: &[u8]) -> bool {
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    bytes.contains(&0) || control * 100 > bytes.len()
}
