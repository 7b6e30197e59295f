//! Style sheets the app writes while it runs (the print page's `@page` rules, from the print
//! panel's settings: `ui::print::page_style`), as constructed style sheets adopted by the page:
//! a Content-Security-Policy without `'unsafe-inline'` allows them, where it refuses `<style>`
//! elements made by script.

use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use web_sys::js_sys::Array;
use web_sys::CssStyleSheet;

thread_local! {
    static SHEETS: RefCell<HashMap<&'static str, (CssStyleSheet, String)>> = RefCell::new(HashMap::new());
}

/// Makes `css` the text of the page's sheet called `name`, adopting the sheet the first time.
pub fn set(name: &'static str, css: &str) {
    SHEETS.with_borrow_mut(|sheets| {
        if let Some((sheet, text)) = sheets.get_mut(name) {
            if text != css && sheet.replace_sync(css).is_ok() {
                *text = css.to_string();
            }
            return;
        }
        let Ok(sheet) = CssStyleSheet::new() else {
            return;
        };
        if sheet.replace_sync(css).is_err() {
            return;
        }
        let document = document();
        let adopted = document.adopted_style_sheets();
        adopted.push(&sheet);
        document.set_adopted_style_sheets(&adopted);
        sheets.insert(name, (sheet, css.to_string()));
    });
}

/// The sheets the page has adopted, in order.
pub fn adopted() -> Array {
    document().adopted_style_sheets()
}
