//! The screen while a speech is read from it: full screen where the browser allows it (only in
//! answer to the reader's own click or key), and kept on (the Screen Wake Lock API).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Promise, Reflect};

/// Full screen, if the browser allows it now.
pub fn enter_full_screen() {
    if let Some(root) = document().document_element() {
        call_quietly(&root, "requestFullscreen");
    }
}

pub fn leave_full_screen() {
    if document().fullscreen_element().is_some() {
        call_quietly(&document(), "exitFullscreen");
    }
}

/// Calls `target.name()`; a promise it returns is refused quietly (no gesture, a frame that is
/// not allowed full screen): the view works all the same.
fn call_quietly(target: &JsValue, name: &str) {
    let Ok(method) = Reflect::get(target, &name.into()).and_then(|m| m.dyn_into::<Function>())
    else {
        return;
    };
    if let Ok(promise) = method.call0(target).and_then(|p| p.dyn_into::<Promise>()) {
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// A held wake lock (`WakeLockSentinel`), released when dropped by [`release`].
pub struct WakeLock(JsValue);

/// Asks the browser to keep the screen on; none if it cannot (no API, not allowed).
pub async fn keep_screen_on() -> Option<WakeLock> {
    let navigator = window().navigator();
    let lock = Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    let request: Function = Reflect::get(&lock, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = request
        .call1(&lock, &"screen".into())
        .ok()?
        .dyn_into()
        .ok()?;
    JsFuture::from(promise).await.ok().map(WakeLock)
}

pub fn release(lock: WakeLock) {
    if let Ok(release) =
        Reflect::get(&lock.0, &"release".into()).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = release.call0(&lock.0);
    }
}
