//! Bytes → text: the encodings handled so far, and clear refusals of what is not text.

use docview::decode::{decode, DecodeError};

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(decode("监督".as_bytes()).unwrap(), "监督");
    assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
}

#[test]
fn utf16_with_bom() {
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("监a".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain("监a".encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(decode(&le).unwrap(), "监a");
    assert_eq!(decode(&be).unwrap(), "监a");
}

#[test]
fn what_is_not_text_is_named() {
    assert_eq!(decode(b""), Err(DecodeError::Empty));
    assert_eq!(decode(" \r\n\t".as_bytes()), Err(DecodeError::Empty));
    assert_eq!(decode("\u{3000}\n\n".as_bytes()), Err(DecodeError::Empty));
    assert_eq!(decode(b"%PDF-1.7\n..."), Err(DecodeError::Binary("PDF")));
    assert_eq!(
        decode(b"\x89PNG\r\n\x1a\n"),
        Err(DecodeError::Binary("PNG image"))
    );
    assert_eq!(
        decode(b"PK\x03\x04rest"),
        Err(DecodeError::Binary(
            "ZIP archive / Office document (.docx, .xlsx)"
        ))
    );
    assert_eq!(decode(b"ab\x00cd"), Err(DecodeError::Binary("binary data")));
    assert!(DecodeError::Binary("PDF").to_string().contains("PDF"));
}

#[test]
fn bytes_that_fit_no_encoding_are_refused_not_garbled() {
    assert_eq!(
        decode(b"abc \xff\xfe\xfd def"),
        Err(DecodeError::UnknownEncoding)
    );
}

fn gb18030(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

#[test]
fn gb18030_and_gbk_are_detected_without_being_asked() {
    let text = "各位常委会组成人员，同志们：\r\n一、把准方向推工作\r\n";
    assert_eq!(decode(&gb18030(text)).unwrap(), text);
    // A character outside GBK takes four bytes in GB18030.
    assert_eq!(decode(&gb18030("𠀀字")).unwrap(), "𠀀字");
}

#[test]
fn utf16_without_bom_is_recognised_by_its_zero_bytes() {
    let text = "监督\nabc\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(decode(&le).unwrap(), text);
    assert_eq!(decode(&be).unwrap(), text);
}

#[test]
fn latin1_text_is_not_taken_for_gb18030() {
    // "Café à la carte" in Windows-1252: the accented bytes pair into GB18030 sequences.
    assert_eq!(
        decode(b"Caf\xe9 \xe0 la carte, d\xe9j\xe0 vu"),
        Err(DecodeError::UnknownEncoding)
    );
}

#[test]
fn random_bytes_are_binary() {
    let mut state = 0x2545F491u32;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u8
        })
        .collect();
    assert_eq!(decode(&bytes), Err(DecodeError::Binary("binary data")));
}

#[test]
fn utf8_with_a_few_bad_bytes_is_read_with_replacement_characters() {
    let line = "第一条 为了规范行政复议。\n";
    let mut bytes = line.repeat(300).into_bytes();
    let middle = line.len() * 150;
    bytes.splice(middle..middle, [0xff, 0xc3]);
    let text = decode(&bytes).unwrap();
    assert_eq!(docview::decode::replacements(&bytes, &text), 2);
    assert_eq!(text.replace('\u{FFFD}', ""), line.repeat(300));
    // Opened, the reader is told how many.
    let opened = docview::decode::open(&bytes, "复议法.txt").unwrap();
    assert_eq!(opened.text, text);
    assert_eq!(opened.notice, Some(docview::decode::Notice::Unreadable(2)));
    assert_eq!(
        docview::decode::open(line.as_bytes(), "a.txt")
            .unwrap()
            .notice,
        None
    );
}

#[test]
fn text_with_many_bad_bytes_is_still_refused() {
    let mut bytes = "abc def ghi\n".repeat(10).into_bytes();
    bytes.extend([0xff, 0xfe, 0x80]);
    assert_eq!(decode(&bytes), Err(DecodeError::UnknownEncoding));
}

#[test]
fn utf16_without_bom_with_characters_that_have_a_zero_byte() {
    // 一 is U+4E00: a zero byte on the other side from the line breaks'.
    let text = "关于做好年终工作的通知\n\n各单位：\n\n一、总体要求\n\n要按时完成全年任务。\n\n二、工作安排\n\n".repeat(3);
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(decode(&le).unwrap(), text);
    assert_eq!(decode(&be).unwrap(), text);
}
