//! Bytes → text. Decoding either gives the text or says, in words a reader understands,
//! why the bytes are not a text docview can show.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    /// Not text at all: the name of what the bytes seem to be.
    Binary(&'static str),
    /// Text in an encoding not recognised.
    UnknownEncoding,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "文件是空的。The file is empty."),
            DecodeError::Binary(kind) => {
                write!(f, "这不是文本文件（看起来是{kind}）。This is not a text file (it looks like {kind}).")
            }
            DecodeError::UnknownEncoding => {
                write!(f, "无法识别文件的编码。The file's text encoding is not recognised.")
            }
        }
    }
}

const SIGNATURES: [(&[u8], &str); 6] = [
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive / Office document"),
    (b"\xD0\xCF\x11\xE0", "Office 97-2003 document"),
];

/// Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. The BOM is not part of the text.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((_, kind)) = SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)) {
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
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("binary data"));
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::UnknownEncoding)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if bytes.len() % 2 != 0 {
        return Err(DecodeError::UnknownEncoding);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::UnknownEncoding)
}
