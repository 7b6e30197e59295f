//! docview: read and print structured documents in the browser.
//!
//! The pipeline is plain Rust, compiled and tested natively:
//! bytes → text ([`decode`]) → document ([`parse`], [`model`]) → matches ([`search`]);
//! two versions of a document → a comparison ([`compare`]); a document → the problems a
//! proofreader would point out ([`check`]); [`export`] writes the document out as Markdown and
//! JSON. [`markup`] describes the document's elements as the page shows them (ids in
//! [`dom_ids`]), for the app and for [`prerender`], which writes the sample's page as HTML at
//! build time.
//! The page ([`ui`]) exists only in the wasm build.

pub mod browser_storage;
pub mod check;
pub mod compare;
pub mod decode;
pub mod dom_ids;
pub mod export;
pub mod icons;
pub mod markup;
pub mod model;
pub mod parse;
pub mod prerender;
pub mod sample;
pub mod search;

#[cfg(target_arch = "wasm32")]
pub mod ui;
