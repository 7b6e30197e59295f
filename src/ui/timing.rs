//! Performance marks for the filter benchmark (tests/bench/filter.mjs): where a keystroke
//! starts, and where the filter's own work for it ends. Each keystroke replaces the last one's.

use leptos::prelude::*;
use std::time::Duration;

/// A keystroke in the filter box: the start of what the benchmark measures. `filter` (to the
/// first task after the change, which in Chromium follows the next rendering) is measured too.
pub fn keystroke() {
    let Some(p) = window().performance() else { return };
    p.clear_marks();
    p.clear_measures();
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
