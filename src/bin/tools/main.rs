//! The second wasm, `tools`: what reading does not need, loaded the first time one of its parts
//! is used, in a Web Worker (scripts/tools-worker.mjs; on the page in the single-file build,
//! scripts/single-file.mjs). It reads Word files, pairs two versions (`compare`, with `similar`),
//! runs the drafters' check, puts a PDF's text in reading order (after pdf.js in the same worker)
//! and writes the JSON exports (serde), so the reader's wasm carries
//! none of these. Nothing of the page (Leptos) is in it. Each function takes texts (or a file's
//! bytes) and answers in a form that crosses to the page cheaply: numbers, strings, a list of
//! strings (each part's `wire`).

#[cfg(target_arch = "wasm32")]
mod inflate;

#[cfg(target_arch = "wasm32")]
mod exports {
    use docview::{check, compare, decode, export, parse::parse};
    use wasm_bindgen::prelude::*;
    use web_sys::js_sys::Array;

    fn strings_of(list: Vec<String>) -> Array {
        list.into_iter().map(JsValue::from).collect()
    }

    /// Two versions' texts → the comparison's rows (`compare::wire`).
    #[wasm_bindgen]
    pub fn compare_versions(old: String, new: String) -> Vec<u32> {
        compare::wire::encode(&compare::compare(&parse(old), &parse(new)))
    }

    /// A text's problems (`check::wire`).
    #[wasm_bindgen]
    pub fn check_text(text: String) -> Array {
        strings_of(check::wire::encode(&check::check(&parse(text))))
    }

    /// A .docx or OFD file's text, or why it does not open (`decode::docx::wire`).
    #[wasm_bindgen]
    pub async fn read_word(bytes: Vec<u8>) -> Array {
        let read = decode::read_archive(&bytes, &super::inflate::Browser).await;
        strings_of(decode::docx::wire::encode(&read))
    }

    /// The text of the pages pdf.js read (scripts/read-pdf.mjs), or why there is none
    /// (`decode::pdf::wire`).
    #[wasm_bindgen]
    pub fn read_pdf_items(numbers: Vec<f64>, strings: Vec<String>) -> Array {
        strings_of(decode::pdf::wire::encode(&decode::pdf::from_items(
            &numbers, &strings,
        )))
    }

    /// A long text's model (`model::wire`), parsed here so that the page goes on answering.
    #[wasm_bindgen]
    pub fn parse_model(text: String) -> Vec<u32> {
        docview::model::wire::encode(&parse(text))
    }

    /// The model of a text as JSON (`export::model_json`).
    #[wasm_bindgen]
    pub fn model_json(text: String) -> String {
        export::model_json(&parse(text))
    }

    /// A comparison as JSON, from its two texts and its rows as the page has them (`compare::wire`).
    #[wasm_bindgen]
    pub fn comparison_json(old: String, new: String, rows: Vec<u32>) -> Option<String> {
        let (old, new) = (parse(old), parse(new));
        compare::wire::decode(&rows, &old, &new).map(|c| export::comparison_json(&c))
    }
}

/// Natively there is nothing to run: `docview` is the command.
fn main() {}
