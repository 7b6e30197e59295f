//! The second wasm, `tools` (src/bin/tools): the Word reader, the comparison's pairing, the check
//! and the JSON exports, which the page loads only when one of them is first used: in a Web
//! Worker (`tools-worker-HASH.js`, written by scripts/tools-worker.mjs), so that the page goes on
//! answering while a long law is compared. The single-file build, opened from disk where no
//! worker can start, carries the second wasm in the page and names a function that runs it
//! there (scripts/single-file.mjs). A worker a task: its wasm is compiled again each time (the
//! browser caches the bytes after the first use; the service worker keeps them offline), and one
//! may be started ahead, where the reader is about to open a file (`warm_up`).

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Function, Object, Promise, Reflect};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The page names the build's worker script, beside `index.html`.
const WORKER_META: &str = "meta[name=docview-tools-worker]";
/// The single-file build's function that runs a task on the page: (task, args) → its answer.
const ON_PAGE: &str = "docviewToolsOnPage";

/// What `task` (a function of src/bin/tools) answers for `args`; none when it could not run (no
/// worker started, its wasm did not load, the task failed).
pub async fn run(task: &str, args: Array) -> Option<JsValue> {
    match on_page() {
        Some(run) => JsFuture::from(Promise::resolve(
            &run.call2(&JsValue::NULL, &task.into(), &args).ok()?,
        ))
        .await
        .ok(),
        None => in_worker(task, args).await,
    }
}

/// A list of strings answered by a task, as Rust strings.
pub fn strings(answer: JsValue) -> Option<Vec<String>> {
    answer
        .dyn_into::<Array>()
        .ok()?
        .iter()
        .map(|s| s.as_string())
        .collect()
}

/// The single-file build's function that runs tasks on the page, if this is that build.
pub fn on_page() -> Option<Function> {
    Reflect::get(&web_sys::js_sys::global(), &ON_PAGE.into())
        .ok()?
        .dyn_into()
        .ok()
}

thread_local! {
    /// A worker started ahead of its task, its wasm loading (`warm_up`).
    static SPARE: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Starts a worker for the next task, where the reader shows they are about to need one (the
/// file picker, a file dragged over the page): its wasm is fetched and compiled while they
/// choose, and a Word file opens without waiting for it.
pub fn warm_up() {
    if on_page().is_some() || SPARE.with_borrow(Option::is_some) {
        return;
    }
    let worker = new_worker();
    SPARE.with_borrow_mut(|spare| *spare = worker);
}

fn new_worker() -> Option<Worker> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let url = leptos::prelude::document()
        .query_selector(WORKER_META)
        .ok()??
        .get_attribute("content")?;
    Worker::new_with_options(&url, &options).ok()
}

async fn in_worker(task: &str, args: Array) -> Option<JsValue> {
    let worker = match SPARE.with_borrow_mut(Option::take) {
        Some(worker) => worker,
        None => new_worker()?,
    };
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
    Reflect::set(&message, &"task".into(), &task.into()).ok()?;
    Reflect::set(&message, &"args".into(), &args).ok()?;
    worker.post_message(&message).ok()?;
    let answer = JsFuture::from(answer).await;
    worker.terminate();
    drop(handlers);
    let answer = answer.ok()?;
    // The worker's script answers `{ error }` when the task threw.
    let failed = answer.is_object() && Reflect::has(&answer, &"error".into()).unwrap_or(true);
    (!failed).then_some(answer)
}
