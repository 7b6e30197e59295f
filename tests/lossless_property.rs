//! Property: on random text made of the characters that matter to the parser, the model
//! keeps every byte in order, and parsing never panics.

use docview::parse::parse;
use proptest::prelude::*;

/// Numbering, brackets, punctuation, white space and line breaks of every kind, and some text.
const ALPHABET: &[&str] = &[
    "一",
    "二",
    "十",
    "百",
    "零",
    "第",
    "条",
    "章",
    "节",
    "编",
    "、",
    "（",
    "）",
    "(",
    ")",
    "1",
    "２",
    ".",
    "．",
    "①",
    "#",
    "## ",
    "。",
    "，",
    "：",
    "！",
    "？",
    "；",
    "“",
    "”",
    "——",
    "要",
    "是",
    "同志们",
    "各位代表",
    "附件：",
    "号",
    "〔",
    "〕",
    "年",
    "月",
    "日",
    "Article",
    "Section",
    " I.",
    "A.",
    " ",
    "\u{3000}",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\n\n\n",
    "监督",
    "工作",
    "x",
    "<!-- INFO END -->",
    "\u{FEFF}",
    "😀",
    "ـ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..200).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_model_keeps_every_byte_in_order(input in text()) {
        let doc = parse(input.clone());
        let mut at = 0;
        for piece in doc.pieces() {
            let span = piece.span();
            prop_assert_eq!(span.start, at);
            at = span.end;
        }
        prop_assert_eq!(at, input.len());
        for point in &doc.key_points {
            prop_assert!(input.is_char_boundary(point.span.start) && input.is_char_boundary(point.span.end));
        }
        let _ = docview::model::outline(&doc);
    }

    #[test]
    fn any_string_parses_losslessly(input in ".{0,300}") {
        let doc = parse(input.clone());
        let rebuilt: String = doc.pieces().iter().map(|p| doc.text(p.span())).collect();
        prop_assert_eq!(rebuilt, input);
    }
}
