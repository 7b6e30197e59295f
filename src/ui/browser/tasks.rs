//! Yielding the main thread: what follows runs in a task of its own, after the browser has had
//! the chance to handle input and paint.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Promise;

/// Resolves in a new task (`setTimeout(…, 0)`).
pub async fn next_task() {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _: Result<JsValue, JsValue> = JsFuture::from(promise).await;
}
