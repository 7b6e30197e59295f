//! The two versions paired by the second wasm (`ui::browser::tools`), which sends the rows back
//! as numbers (`compare::wire`); the page has both documents and finds the units again.

use crate::compare::{wire, Comparison};
use crate::model::Document;
use crate::ui::browser::tools;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Uint32Array};

/// None when the pairing could not run (no worker started, its wasm did not load).
pub async fn compare_versions(old: &Document, new: &Document) -> Option<Comparison> {
    let args = Array::of2(&old.source.as_str().into(), &new.source.as_str().into());
    let rows: Uint32Array = tools::run("compare_versions", args)
        .await?
        .dyn_into()
        .ok()?;
    wire::decode(&rows.to_vec(), old, new)
}
