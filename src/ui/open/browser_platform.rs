//! What decoding uses of the browser: its own `TextDecoder`, `DecompressionStream` and
//! `DOMParser`, so that the wasm carries no encoding tables, inflater or HTML parser.

use crate::decode::docx::zip::{Inflater, ZipError};
use crate::decode::Platform;
use crate::ui::browser::inflate::inflate_raw;
use crate::ui::browser::text_decoder::decode_gb18030;
use crate::ui::open::saved_page;
use std::future::Future;

/// The browser, as decoding's [`Platform`].
pub struct Browser;

impl Inflater for Browser {
    fn inflate(
        &self,
        deflated: &[u8],
        limit: usize,
    ) -> impl Future<Output = Result<Vec<u8>, ZipError>> {
        inflate_raw(deflated, limit)
    }
}

impl Platform for Browser {
    fn gb18030(&self, bytes: &[u8]) -> Option<String> {
        decode_gb18030(bytes)
    }

    fn article(&self, html: &str) -> Option<String> {
        saved_page::article_text(html)
    }
}
