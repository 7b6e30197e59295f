//! What decoding uses of the browser: its own `TextDecoder` and `DOMParser`, so that the wasm
//! carries no encoding tables or HTML parser, and the second wasm for Word files (read in its
//! worker with the browser's `DecompressionStream`), so that the reader's wasm carries no `docx`,
//! and for PDFs (pdf.js in the same worker, scripts/read-pdf.mjs).

use crate::decode::docx::{wire, Word, WordProblem};
use crate::decode::pdf::{self, Pdf, PdfProblem};
use crate::decode::Platform;
use crate::ui::browser::text_decoder::decode_gb18030;
use crate::ui::browser::tools;
use crate::ui::open::saved_page;
use std::future::Future;
use web_sys::js_sys::{Array, Uint8Array};

/// The browser, as decoding's [`Platform`].
pub struct Browser;

impl Platform for Browser {
    fn word(&self, bytes: &[u8]) -> impl Future<Output = Result<Word, WordProblem>> {
        let args = Array::of1(&Uint8Array::from(bytes));
        async move {
            tools::run("read_word", args)
                .await
                .and_then(tools::strings)
                .and_then(wire::decode)
                .unwrap_or(Err(WordProblem::ReaderNotLoaded))
        }
    }

    fn pdf(&self, bytes: &[u8]) -> impl Future<Output = Result<Pdf, PdfProblem>> {
        let args = Array::of1(&Uint8Array::from(bytes));
        async move {
            if tools::on_page().is_some() {
                return Err(PdfProblem::SingleFile);
            }
            tools::run("read_pdf", args)
                .await
                .and_then(tools::strings)
                .and_then(pdf::wire::decode)
                .unwrap_or(Err(PdfProblem::ReaderNotLoaded))
        }
    }

    fn gb18030(&self, bytes: &[u8]) -> Option<String> {
        decode_gb18030(bytes)
    }

    fn article(&self, html: &str) -> Option<String> {
        saved_page::article_text(html)
    }
}
