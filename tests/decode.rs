//! Bytes → text: the encodings handled so far, and clear refusals of what is not text.

use docview::decode::{decode, DecodeError};

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(decode("监督".as_bytes()).unwrap(), "监督");
    assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
}

#[test]
fn utf16_with_bom() {
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("监a".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("监a".encode_utf16().flat_map(u16::to_be_bytes)).collect();
    assert_eq!(decode(&le).unwrap(), "监a");
    assert_eq!(decode(&be).unwrap(), "监a");
}

#[test]
fn what_is_not_text_is_named() {
    assert_eq!(decode(b""), Err(DecodeError::Empty));
    assert_eq!(decode(b"%PDF-1.7\n..."), Err(DecodeError::Binary("PDF")));
    assert_eq!(decode(b"\x89PNG\r\n\x1a\n"), Err(DecodeError::Binary("PNG image")));
    assert_eq!(decode(b"PK\x03\x04rest"), Err(DecodeError::Binary("ZIP archive / Office document")));
    assert_eq!(decode(b"ab\x00cd"), Err(DecodeError::Binary("binary data")));
    assert!(DecodeError::Binary("PDF").to_string().contains("PDF"));
}

#[test]
fn invalid_utf8_is_an_unknown_encoding_not_mojibake() {
    // 监督 in GB18030: the next issue decodes it; until then it is refused, not garbled.
    assert_eq!(decode(b"\xbc\xe0\xb6\xbd"), Err(DecodeError::UnknownEncoding));
}
