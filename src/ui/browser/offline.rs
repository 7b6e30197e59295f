use leptos::prelude::*;

/// Registers the service worker (`sw.js`, written at build time by scripts/service-worker.mjs)
/// that keeps the app's files for offline use. Only over http(s): a page opened from disk (the
/// single-file build) has everything inside it already.
pub fn work_offline_after_first_visit() {
    let window = window();
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    // Browsers without service workers, or a host that does not serve sw.js: online only.
    let _ = window.navigator().service_worker().register("./sw.js");
}
