//! The two versions paired by the second wasm (`pairing`, src/bin/pairing.rs), which the page
//! loads only when a comparison is made: in a Web Worker, so that the page goes on answering
//! while a long law is compared. The worker (`compare-worker-HASH.js`, written by
//! scripts/compare-worker.mjs) parses both texts and sends the rows back as numbers
//! (`compare::wire`). The single-file build, opened from disk where no worker can start, carries
//! the second wasm in the page and names a function that pairs there (scripts/single-file.mjs).

use crate::compare::{wire, Comparison};
use crate::model::Document;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Object, Promise, Reflect, Uint32Array};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The page names the build's worker script, beside `index.html`.
const WORKER_META: &str = "meta[name=docview-compare-worker]";
/// The single-file build's function that pairs on the page: (old, new) → a `Uint32Array`.
const ON_PAGE: &str = "docviewPairOnPage";

/// None when the pairing could not run (no worker started, its wasm did not load).
pub async fn compare_versions(old: &Document, new: &Document) -> Option<Comparison> {
    let rows = match on_page() {
        Some(pair) => JsFuture::from(Promise::resolve(
            &pair
                .call2(
                    &JsValue::NULL,
                    &old.source.as_str().into(),
                    &new.source.as_str().into(),
                )
                .ok()?,
        ))
        .await
        .ok()?,
        None => in_worker(old, new).await?,
    };
    let rows: Uint32Array = rows.dyn_into().ok()?;
    wire::decode(&rows.to_vec(), old, new)
}

fn on_page() -> Option<Function> {
    Reflect::get(&web_sys::js_sys::global(), &ON_PAGE.into())
        .ok()?
        .dyn_into()
        .ok()
}

async fn in_worker(old: &Document, new: &Document) -> Option<JsValue> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let url = leptos::prelude::document()
        .query_selector(WORKER_META)
        .ok()??
        .get_attribute("content")?;
    let worker = Worker::new_with_options(&url, &options).ok()?;
    // Kept until the answer comes, then dropped with the worker.
    let mut handlers = Vec::new();
    let answer = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            drop(resolve.call1(&JsValue::NULL, &ev.data()))
        });
        let on_error = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            drop(reject.call1(&JsValue::NULL, &ev))
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers.push(on_message);
        handlers.push(on_error);
    });
    let message = Object::new();
    Reflect::set(&message, &"old".into(), &old.source.as_str().into()).ok()?;
    Reflect::set(&message, &"new".into(), &new.source.as_str().into()).ok()?;
    worker.post_message(&message).ok()?;
    let answer = JsFuture::from(answer).await;
    worker.terminate();
    drop(handlers);
    answer.ok()
}
