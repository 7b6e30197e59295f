//! `?doc=URL`: a site links to `viewer/?doc=reports/2024.txt` and the document opens. Relative
//! URLs are resolved against the page. Documents come from the page's own origin, or from the
//! hosts the site lists (`document-hosts` in Cargo.toml, written into the page at build time by
//! scripts/csp.mjs, whose Content-Security-Policy allows exactly those): a link cannot make this
//! site show any other site's text. Large documents show how much has arrived. `?base=URL`
//! names the earlier version to compare the document with, resolved the same way. The page asks
//! for both before the app has loaded, by the same rules, and the app takes those responses.

use crate::ui::browser::tools;
use crate::ui::language::Message;
use crate::ui::open::current_document::{
    too_large, CurrentDocument, Loading, OpenInto, MAX_FILE_BYTES,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const PARAM: &str = "doc";
const BASE_PARAM: &str = "base";
/// The page's list of other origins it may open documents from, separated by spaces.
const HOSTS_META: &str = "meta[name=docview-document-hosts]";

fn listed_hosts() -> Vec<String> {
    let meta = document().query_selector(HOSTS_META).ok().flatten();
    let list = meta
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    list.split_whitespace().map(str::to_string).collect()
}

/// Opens the document named by `?doc=` in the page's URL, and the earlier version named by
/// `?base=` to compare it with, saying why when one cannot be; false if the URL names no document.
pub fn open_doc_param(current: CurrentDocument) -> bool {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return false;
    };
    let (doc, base) = (params.get(PARAM), params.get(BASE_PARAM));
    let names_document = doc.is_some();
    if !names_document && base.is_none() {
        return false;
    }
    // A comparison will be made: the second wasm, which pairs the versions, loads meanwhile.
    if base.is_some() {
        tools::warm_up();
    }
    // The document first, then the earlier version: a comparison is never made with the
    // document that was on screen before.
    leptos::task::spawn_local(async move {
        if let Some(url) = &doc {
            fetch_into(current, url, OpenInto::Reader).await;
        }
        if let Some(url) = &base {
            fetch_into(current, url, |_| OpenInto::Base).await;
        }
    });
    names_document
}

/// Fetches the document at `url` (resolved against the page, from an allowed host) and opens
/// it where `into` says, given its address when it came from another host.
async fn fetch_into(
    current: CurrentDocument,
    url: &str,
    into: impl FnOnce(Option<String>) -> OpenInto,
) {
    let Some(parsed) =
        web_sys::Url::new_with_base(url, &window().location().href().unwrap_or_default()).ok()
    else {
        current.refuse(
            url,
            Message::new("这不是一个有效的网址。", "Not a valid URL."),
        );
        return;
    };
    let url = parsed.href();
    let name = url
        .split(['?', '#'])
        .next()
        .unwrap_or(&url)
        .rsplit('/')
        .next()
        .unwrap_or(&url)
        .to_string();
    let name = web_sys::js_sys::decode_uri_component(&name)
        .map(String::from)
        .unwrap_or(name);
    let own = parsed.origin() == window().location().origin().unwrap_or_default();
    if !own && !listed_hosts().contains(&parsed.origin()) {
        let host = parsed.host();
        current.refuse(
            &name,
            Message::new(
                format!("本站不打开来自 {host} 的文件。"),
                format!("This site does not open documents from {host}."),
            ),
        );
        return;
    }
    let source = (!own).then(|| url.clone());
    current.loading.set(Some(Loading {
        name: name.clone(),
        received: 0,
        total: None,
    }));
    let outcome = fetch_bytes(&url, current).await;
    current.loading.set(None);
    match outcome {
        Ok(bytes) => current.open_now(&name, bytes, into(source)).await,
        Err(why) => current.refuse(&name, why),
    }
}

fn blocked() -> Message {
    Message::new(
        "无法取得：网络不通，或对方网站不允许（CORS）。",
        "Could not fetch it: offline, or the site does not allow it (CORS).",
    )
}

/// The page's requests made before the app started, by address (`prerender::head_script`).
const EARLY_FETCHES: &str = "docviewEarlyFetches";

/// The response to `url`: the one the page's head script asked for at once, taken so that it is
/// read only once, or else a new request.
fn response_to(url: &str) -> web_sys::js_sys::Promise {
    use web_sys::js_sys::Reflect;
    let key = wasm_bindgen::JsValue::from_str(url);
    // Without the head script's requests there is nothing to take: `Reflect` fails on undefined.
    let early = Reflect::get(&window(), &EARLY_FETCHES.into()).unwrap_or_default();
    match Reflect::get(&early, &key) {
        Ok(response) if !response.is_undefined() => {
            let _ =
                Reflect::delete_property(early.unchecked_ref::<web_sys::js_sys::Object>(), &key);
            response.unchecked_into()
        }
        _ => window().fetch_with_str(url),
    }
}

async fn fetch_bytes(url: &str, current: CurrentDocument) -> Result<Vec<u8>, Message> {
    let response: web_sys::Response = JsFuture::from(response_to(url))
        .await
        .map_err(|_| blocked())?
        .unchecked_into();
    if !response.ok() {
        let status = response.status();
        return Err(Message::new(
            format!("服务器回答 {status}。"),
            format!("The server answered {status}."),
        ));
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .ok()
            .flatten()
            .unwrap_or_default()
    };
    // A saved page linked as one (`….html`) opens as one; HTML at any other address is most
    // likely the host's page for a file it does not have.
    if header("content-type").starts_with("text/html")
        && !crate::decode::web_page::named_as_page(url)
    {
        return Err(Message::new(
            "这是网页（HTML），不是文档。",
            "It is a web page (HTML), not a document.",
        ));
    }
    // An integer parse: parsing a float would link its tables into the wasm (10 KB).
    let total = header("content-length").parse::<u64>().ok();
    if total.is_some_and(|n| n > MAX_FILE_BYTES) {
        return Err(too_large());
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    loop {
        let chunk: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| blocked())?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let chunk = web_sys::js_sys::Uint8Array::new(&chunk.get_value());
        let start = bytes.len();
        bytes.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[start..]);
        // A server that did not say the size is stopped at the limit too.
        if bytes.len() as u64 > MAX_FILE_BYTES {
            let _ = reader.cancel();
            return Err(too_large());
        }
        current.loading.update(|l| {
            if let Some(l) = l {
                l.received = bytes.len() as u64;
                l.total = total;
            }
        });
    }
}
