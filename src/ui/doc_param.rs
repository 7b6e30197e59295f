//! `?doc=URL`: a site links to `viewer/?doc=reports/2024.txt` and the document opens. Relative
//! URLs are resolved against the page; the Content-Security-Policy allows the page's own host.

use super::current_document::{too_large, CurrentDocument, MAX_FILE_BYTES};
use super::language::Message;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const PARAM: &str = "doc";

/// Opens the document named by `?doc=` in the page's URL, saying why when it cannot; false if
/// the URL names none.
pub fn open_doc_param(current: CurrentDocument) -> bool {
    let search = window().location().search().unwrap_or_default();
    let Some(url) = web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get(PARAM)) else { return false };
    let Some(url) = web_sys::Url::new_with_base(&url, &window().location().href().unwrap_or_default()).ok().map(|u| u.href()) else {
        current.refuse(&url, Message::new("这不是一个有效的网址。", "Not a valid URL."));
        return true;
    };
    let name = url.rsplit('/').next().unwrap_or(&url).to_string();
    current.loading.set(Some(name.clone()));
    leptos::task::spawn_local(async move {
        let outcome = fetch_bytes(&url).await;
        current.loading.set(None);
        match outcome {
            Ok(bytes) => current.open(&name, &bytes),
            Err(why) => current.refuse(&name, why),
        }
    });
    true
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Message> {
    let blocked = || Message::new("无法取得：网络不通，或对方网站不允许。", "Could not fetch it: offline, or the site does not allow it.");
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url)).await.map_err(|_| blocked())?.unchecked_into();
    if !response.ok() {
        let status = response.status();
        return Err(Message::new(format!("服务器回答 {status}。"), format!("The server answered {status}.")));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten().unwrap_or_default();
    if header("content-type").starts_with("text/html") {
        return Err(Message::new("这是网页（HTML），不是文档。", "It is a web page (HTML), not a document."));
    }
    // An integer parse: parsing a float would link its tables into the wasm (10 KB).
    if header("content-length").parse::<u64>().is_ok_and(|n| n > MAX_FILE_BYTES) {
        return Err(too_large());
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| blocked())?).await.map_err(|_| blocked())?;
    Ok(web_sys::js_sys::Uint8Array::new(&buffer).to_vec())
}
