//! A PDF's text layer → text. pdf.js reads the file in the tools worker (scripts/read-pdf.mjs:
//! fonts, CMaps, ToUnicode maps) and gives each page's text items with their transforms; here
//! they are put in reading order (`layout`, as an OFD's are). Text set at an angle (a watermark,
//! a stamp) is not the document's text. A character no font maps to Unicode is shown as U+FFFD
//! and counted, never dropped.

use super::layout::{self, Piece};
use crate::model::script::is_wide;

/// Why a PDF does not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfProblem {
    /// Pictures of pages, no text layer.
    Scanned,
    /// Pages with no text and no pictures.
    WithoutText,
    /// A password is needed to open it.
    Encrypted,
    Damaged,
    /// The PDF reader (pdf.js, in the tools worker) did not load, or there is none (natively).
    ReaderNotLoaded,
    /// The single-file build, opened from disk, carries no PDF reader.
    SingleFile,
}

impl PdfProblem {
    pub fn in_chinese(self) -> String {
        match self {
            PdfProblem::Scanned => {
                "这个 PDF 是扫描的图片，没有文字层：请先用文字识别（OCR）转换，再打开。"
            }
            PdfProblem::WithoutText => "这个 PDF 里没有文字。",
            PdfProblem::Encrypted => {
                "这个 PDF 有密码保护：请在 PDF 阅读器中取消密码后另存，再打开。"
            }
            PdfProblem::Damaged => "这个 PDF 文件已损坏，读不出其中的文字。",
            PdfProblem::ReaderNotLoaded => "读取 PDF 所需的文件没有载入：请连接网络后再打开。",
            PdfProblem::SingleFile => "单文件版不能打开 PDF：请用网站版的 docview 打开。",
        }
        .to_string()
    }

    pub fn in_english(self) -> String {
        match self {
            PdfProblem::Scanned => "This PDF is scanned pictures with no text layer: convert it with text recognition (OCR) first.",
            PdfProblem::WithoutText => "This PDF has no text.",
            PdfProblem::Encrypted => "This PDF is protected by a password: remove the password in a PDF reader, save it, and open it again.",
            PdfProblem::Damaged => "This PDF file is damaged: its text cannot be read.",
            PdfProblem::ReaderNotLoaded => "The files that read PDFs did not load: connect to the network and open it again.",
            PdfProblem::SingleFile => "The single-file docview cannot open PDFs: open it with docview on its website.",
        }
        .to_string()
    }
}

/// A PDF's text, and how many of its characters no font mapped to Unicode (shown as U+FFFD).
#[derive(Debug, PartialEq, Eq)]
pub struct Pdf {
    pub text: String,
    pub unmapped: usize,
}

/// Numbers per page before its items: its width, its height, how many items.
const PAGE_NUMBERS: usize = 3;
/// Numbers per item: its transform (a b c d e f), its width, its height.
const ITEM_NUMBERS: usize = 8;

/// The text of the pages pdf.js read: for each page its [`PAGE_NUMBERS`] and its items'
/// [`ITEM_NUMBERS`] in `numbers` (PDF units, y up from the page's foot), the items' strings in
/// `strings`.
pub fn from_items(numbers: &[f64], strings: &[String]) -> Result<Pdf, PdfProblem> {
    let mut pages = Vec::new();
    let (mut rest, mut strings) = (numbers, strings.iter());
    while let Some((&[_width, height, count], after)) = rest.split_first_chunk::<PAGE_NUMBERS>() {
        let length = (count as usize)
            .checked_mul(ITEM_NUMBERS)
            .ok_or(PdfProblem::Damaged)?;
        let items = after.get(..length).ok_or(PdfProblem::Damaged)?;
        let mut pieces = Vec::with_capacity(items.len() / ITEM_NUMBERS);
        for item in items.chunks_exact(ITEM_NUMBERS) {
            let text = strings.next().ok_or(PdfProblem::Damaged)?;
            if let Some(piece) = piece(item, height, text) {
                pieces.push(piece);
            }
        }
        pages.push(pieces);
        rest = &after[length..];
    }
    let (text, unmapped) = mapped(&layout::text(pages));
    if text.trim().is_empty() {
        return Err(PdfProblem::WithoutText);
    }
    Ok(Pdf { text, unmapped })
}

/// An item as a piece of a page, unless it is set at an angle (a watermark, a stamp).
fn piece(item: &[f64], page_height: f64, text: &str) -> Option<Piece> {
    let &[a, b, c, d, e, f, width, height] = item else {
        return None;
    };
    let upright = a > 0.0 && d > 0.0 && b.abs() <= a * 0.05 && c.abs() <= d * 0.05;
    let size = (a * d - b * c).abs().sqrt();
    let size = if size > 0.0 { size } else { height };
    (upright && size > 0.0).then(|| Piece {
        y: page_height - f,
        x: e,
        end: e + width,
        size,
        text: without_justification(text),
    })
}

/// `text` without the spaces pdf.js puts between characters set apart to justify a line
/// (`信 息 及 地 籍`): in an item with three or more of them, a space between two Chinese
/// characters is not the author's. One such space (`总理 李强`) is kept.
fn without_justification(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let between = |i: usize| {
        chars[i] == ' '
            && i > 0
            && chars.get(i + 1).is_some_and(|&c| is_wide(c))
            && is_wide(chars[i - 1])
    };
    if (0..chars.len()).filter(|&i| between(i)).count() < 3 {
        return text.to_string();
    }
    (0..chars.len())
        .filter(|&i| !between(i))
        .map(|i| chars[i])
        .collect()
}

/// The characters the Kangxi radicals (U+2F00…) stand for, in their order: fonts' ToUnicode
/// maps often give a radical's code point for the character of the same shape (`⼀、` for
/// `一、`), which no search for the word would find.
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// The simplified forms among the CJK radicals supplement (U+2E80…), for the same reason.
const SIMPLIFIED_RADICALS: [(char, char); 19] = [
    ('⺟', '母'),
    ('⺠', '民'),
    ('⻅', '见'),
    ('⻉', '贝'),
    ('⻋', '车'),
    ('⻓', '长'),
    ('⻔', '门'),
    ('⻘', '青'),
    ('⻚', '页'),
    ('⻛', '风'),
    ('⻜', '飞'),
    ('⻢', '马'),
    ('⻥', '鱼'),
    ('⻦', '鸟'),
    ('⻩', '黄'),
    ('⻬', '齐'),
    ('⻮', '齿'),
    ('⻰', '龙'),
    ('⻳', '龟'),
];

/// The character a radical's code point stands for in running text.
fn unradical(c: char) -> char {
    match c {
        '\u{2F00}'..='\u{2FD5}' => KANGXI.chars().nth(c as usize - 0x2F00).unwrap_or(c),
        '\u{2E80}'..='\u{2EFF}' => SIMPLIFIED_RADICALS
            .iter()
            .find(|(radical, _)| *radical == c)
            .map_or(c, |(_, character)| *character),
        _ => c,
    }
}

/// `text` with radicals as the characters they stand for, and what stands for a character no
/// font mapped (private use, control characters, U+FFFD) as U+FFFD, and how many there are.
fn mapped(text: &str) -> (String, usize) {
    let mut unmapped = 0;
    let text = text
        .chars()
        .map(unradical)
        .map(|c| {
            let unknown = matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{FFFD}')
                || (c.is_control() && !matches!(c, '\n' | '\t'));
            unmapped += usize::from(unknown);
            if unknown {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    (text, unmapped)
}

/// A PDF's reading as it crosses from the tools worker: `["text", unmapped, text]` or
/// `["problem", code]`.
pub mod wire {
    use super::{Pdf, PdfProblem};

    const CODES: [(PdfProblem, &str); 6] = [
        (PdfProblem::Scanned, "scanned"),
        (PdfProblem::WithoutText, "no-text"),
        (PdfProblem::Encrypted, "encrypted"),
        (PdfProblem::Damaged, "damaged"),
        (PdfProblem::ReaderNotLoaded, "not-loaded"),
        (PdfProblem::SingleFile, "single-file"),
    ];

    pub fn encode(read: &Result<Pdf, PdfProblem>) -> Vec<String> {
        match read {
            Ok(pdf) => vec![
                "text".to_string(),
                pdf.unmapped.to_string(),
                pdf.text.clone(),
            ],
            Err(problem) => {
                let code = CODES.iter().find(|(p, _)| p == problem).map_or("", |c| c.1);
                vec!["problem".to_string(), code.to_string()]
            }
        }
    }

    /// The reading that `wire` holds; none if it holds none.
    pub fn decode(wire: Vec<String>) -> Option<Result<Pdf, PdfProblem>> {
        let mut fields = wire.into_iter();
        match (fields.next()?.as_str(), fields.next()?) {
            ("text", unmapped) => Some(Ok(Pdf {
                unmapped: unmapped.parse().ok()?,
                text: fields.next()?,
            })),
            ("problem", code) => CODES.iter().find(|c| c.1 == code).map(|c| Err(c.0)),
            _ => None,
        }
    }
}
