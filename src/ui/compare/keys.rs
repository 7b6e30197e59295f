//! `j` / `k` (and `n` / `N`, the match keys' letters) move from change to change in a
//! comparison: the next or previous row that is not unchanged, scrolled to and focused.

use crate::ui::browser::listener::listen_on_window_for;
use crate::ui::browser::shown::{focused_among, shown_elements};
use crate::ui::browser::typing::typing_in_a_field;

const CHANGES: &str = ".compare-table tbody tr:is(.changed, .added, .deleted)";

pub fn move_between_changes() {
    listen_on_window_for("keydown", move |ev: &web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(ev) {
            return;
        }
        let step = match ev.key().as_str() {
            "j" | "n" => 1,
            "k" | "N" => -1,
            _ => return,
        };
        ev.prevent_default();
        go_to(CHANGES, step);
    });
}

/// Focuses the next (`step` 1) or previous (-1) row on screen that `rows` selects, after or
/// before the focused one, round from the end to the start.
pub fn go_to(rows: &str, step: i32) {
    let rows = shown_elements(rows);
    if rows.is_empty() {
        return;
    }
    let at = focused_among(&rows);
    let next = match at {
        Some(at) => (at as i32 + step).rem_euclid(rows.len() as i32) as usize,
        None if step < 0 => rows.len() - 1,
        None => 0,
    };
    let row = &rows[next];
    row.set_tab_index(-1);
    let _ = row.focus();
}
