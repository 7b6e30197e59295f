//! Raw deflate inflated by the browser's own `DecompressionStream` (no inflater in the wasm),
//! read a chunk at a time so that a zip bomb is stopped at the limit while it expands.

use docview::decode::docx::zip::{Inflater, ZipError};
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // Not in web-sys without its unstable APIs.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// The browser's inflater, for reading Word files in the worker.
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

/// `data` inflated, at most `limit` bytes of it.
async fn inflate_raw(data: &[u8], limit: usize) -> Result<Vec<u8>, ZipError> {
    let damaged = |_| ZipError::Damaged;
    let inflater = DecompressionStream::new("deflate-raw").map_err(damaged)?;
    let parts = web_sys::js_sys::Array::of1(&web_sys::js_sys::Uint8Array::from(data));
    let packed = web_sys::Blob::new_with_u8_array_sequence(&parts)
        .map_err(damaged)?
        .stream();
    let pipe_through: web_sys::js_sys::Function =
        web_sys::js_sys::Reflect::get(&packed, &"pipeThrough".into())
            .map_err(damaged)?
            .unchecked_into();
    let inflated: web_sys::ReadableStream = pipe_through
        .call1(&packed, &inflater)
        .map_err(damaged)?
        .unchecked_into();
    let reader: web_sys::ReadableStreamDefaultReader = inflated.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(damaged)?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(out);
        }
        let chunk = web_sys::js_sys::Uint8Array::new(&chunk.get_value());
        let start = out.len();
        if start + chunk.length() as usize > limit {
            let _ = reader.cancel();
            return Err(ZipError::TooLarge);
        }
        out.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut out[start..]);
    }
}
