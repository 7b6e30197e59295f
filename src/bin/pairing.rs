//! The comparison's pairing as a wasm of its own (`pairing`), so that the reader's wasm does not
//! carry `compare` and the `similar` crate: the page loads it only when a comparison is first
//! made, in a Web Worker (scripts/compare-worker.mjs), or on the page in the single-file build
//! (scripts/single-file.mjs). Nothing of the page (Leptos) is in it.

/// Two versions' texts → the comparison's rows (`compare::wire`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn compare_versions(old: String, new: String) -> Vec<u32> {
    let (old, new) = (docview::parse::parse(old), docview::parse::parse(new));
    docview::compare::wire::encode(&docview::compare::compare(&old, &new))
}

/// Natively there is nothing to run: `docview` is the command.
fn main() {}
