//! Adapters to the browser that the parts of the page share: storage, clipboard, downloads, the text
//! decoder, style sheets written at run time, highlights, event listeners, popovers, the service worker, timing marks, the second wasm's worker.

pub mod clipboard;
pub mod download;
pub mod generated_style;
pub mod highlights;
pub mod listener;
pub mod offline;
pub mod popover;
pub mod screen;
pub mod shown;
pub mod storage;
pub mod tasks;
pub mod text_decoder;
pub mod timing;
pub mod tools;
pub mod typing;
