//! Performance marks for the benchmarks: where a filter keystroke starts and where the filter's
//! own work for it ends (tests/bench/filter.mjs; each keystroke replaces the last one's), and
//! the steps of opening a document (tests/bench/open.mjs).

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// A keystroke in the filter box: the start of what the benchmark measures. `filter` (to the
/// first task after the change, which in Chromium follows the next rendering) is measured too.
pub fn keystroke() {
    let Some(p) = window().performance() else {
        return;
    };
    for mark in ["filter-input", "filter-views", "filter-painted"] {
        p.clear_marks_with_mark_name(mark);
    }
    p.clear_measures_with_measure_name("filter");
    let _ = p.mark("filter-input");
    set_timeout(
        move || {
            let _ = p.measure_with_start_mark("filter", "filter-input");
            // A keystroke that leaves the matches as they were (a space typed) paints nothing.
            if p.get_entries_by_name("filter-views").length() == 0 {
                let _ = p.mark("filter-painted");
            }
        },
        Duration::ZERO,
    );
}

/// The filter's matches are fanned out and painted (the DOM changes follow in effects).
pub fn filter_updated() {
    if let Some(p) = window().performance() {
        p.clear_marks_with_mark_name("filter-painted");
        let _ = p.mark("filter-views");
    }
}

/// Every highlight of the query is painted, off screen too (tests wait for this).
pub fn highlights_painted() {
    if let Some(p) = window().performance() {
        let _ = p.mark("filter-painted");
    }
}

/// A step of opening a document: `open` when its bytes are in hand, then `decoded`, `parsed`,
/// `first-screen` (the first part of the text on the page) and `document-ready` (all of it).
/// Each opening replaces the last one's marks.
pub fn opening(step: &str) {
    let Some(p) = window().performance() else {
        return;
    };
    if step == "open" {
        for mark in [
            "open",
            "decoded",
            "parsed",
            "first-screen",
            "document-ready",
        ] {
            p.clear_marks_with_mark_name(mark);
        }
    }
    if step == "document-ready" {
        // With the size of the wasm memory then, for the memory benchmark.
        // `mark(name, { detail })` through Reflect: web-sys has it only as an unstable API.
        use web_sys::js_sys::{Function, Object, Reflect};
        let options = Object::new();
        let _ = Reflect::set(&options, &"detail".into(), &wasm_memory_bytes().into());
        if let Ok(mark) = Reflect::get(&p, &"mark".into()).and_then(|m| m.dyn_into::<Function>()) {
            let _ = mark.call2(&p, &step.into(), &options);
        }
    } else {
        let _ = p.mark(step);
    }
}

fn wasm_memory_bytes() -> f64 {
    let memory: web_sys::js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<web_sys::js_sys::ArrayBuffer>()
        .byte_length() as f64
}
