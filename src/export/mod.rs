//! The document written out for other programs: its outline and text as Markdown (users paste
//! outlines into their own reports) and the model as JSON; a comparison of two versions as a
//! Markdown table and as JSON.

mod comparison;
mod markdown;

pub use comparison::{comparison_json, comparison_markdown};
pub use markdown::{outline_markdown, text_markdown};

use crate::model::Document;

/// The whole model, as `serde` sees it: the source text and every part as byte spans into it.
pub fn model_json(doc: &Document) -> String {
    serde_json::to_string(doc).expect("the model has only strings, numbers and lists")
}
