//! docview: read and print structured documents in the browser.
//!
//! The pipeline is plain Rust, compiled and tested natively:
//! bytes → text ([`decode`]) → document ([`parse`], [`model`]) → matches ([`search`]);
//! [`export`] writes the document out as Markdown and JSON; [`prerender`] the sample's page as
//! HTML at build time.
//! The page ([`ui`]) exists only in the wasm build.

pub mod decode;
pub mod export;
pub mod model;
pub mod parse;
pub mod prerender;
pub mod sample;
pub mod search;

#[cfg(target_arch = "wasm32")]
pub mod ui;
