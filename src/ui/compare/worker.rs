//! The two versions paired in a Web Worker, so that the page goes on answering while a long
//! law is compared: the worker (`compare-worker-HASH.js`, written by scripts/compare-worker.mjs)
//! runs the app's own wasm, parses both texts and sends the rows back as numbers
//! (`compare::wire`). Where no worker can start (the single-file build opened from disk, a
//! policy that forbids it) the pairing runs here, as one task.

use crate::compare::{compare, wire, Comparison};
use crate::model::Document;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Object, Promise, Reflect, Uint32Array};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The page names the build's worker script, beside `index.html`.
const WORKER_META: &str = "meta[name=docview-compare-worker]";

pub async fn compare_versions(old: &Document, new: &Document) -> Comparison {
    match in_worker(old, new).await {
        Some(comparison) => comparison,
        None => compare(old, new),
    }
}

async fn in_worker(old: &Document, new: &Document) -> Option<Comparison> {
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
    let rows: Uint32Array = answer.ok()?.dyn_into().ok()?;
    wire::decode(&rows.to_vec(), old, new)
}
