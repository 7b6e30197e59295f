//! Decoding in native programs and tests: GB18030 by `encoding_rs`, a Word file's parts
//! inflated by `miniz_oxide`, on the same path as in the browser.

use super::docx::zip::{Inflater, ZipError};
use super::docx::{Word, WordProblem};
use super::pdf::{Pdf, PdfProblem};
use super::{decode_with, open_with, DecodeError, Opened, Platform};
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// The native platform. It has no HTML parser: a saved web page reads as its source.
pub struct Native;

impl Inflater for Native {
    fn inflate(
        &self,
        deflated: &[u8],
        limit: usize,
    ) -> impl Future<Output = Result<Vec<u8>, ZipError>> {
        use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
        let inflated = decompress_to_vec_with_limit(deflated, limit).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => ZipError::TooLarge,
            _ => ZipError::Damaged,
        });
        std::future::ready(inflated)
    }
}

impl Platform for Native {
    fn word(&self, bytes: &[u8]) -> impl Future<Output = Result<Word, WordProblem>> {
        super::read_archive(bytes, self)
    }

    /// Natively there is no PDF reader: pdf.js reads PDFs in the page (tests/browser).
    fn pdf(&self, _bytes: &[u8]) -> impl Future<Output = Result<Pdf, PdfProblem>> {
        std::future::ready(Err(PdfProblem::ReaderNotLoaded))
    }

    fn gb18030(&self, bytes: &[u8]) -> Option<String> {
        let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
        (!had_errors).then(|| text.into_owned())
    }

    fn article(&self, html: &str) -> Option<String> {
        Some(html.to_string())
    }
}

/// The outcome of `future`, which must not wait: natively, decoding never does.
pub fn ready<T>(future: impl Future<Output = T>) -> T {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(outcome) => outcome,
        Poll::Pending => panic!("a native platform's future waited"),
    }
}

/// [`decode_with`] with `encoding_rs` for GB18030.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_with(bytes, |b| Native.gb18030(b))
}

/// A document file opened natively ([`open_with`] on [`Native`]).
pub fn open(bytes: &[u8], file_name: &str) -> Result<Opened, DecodeError> {
    ready(open_with(bytes, file_name, &Native))
}
