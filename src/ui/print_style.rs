//! The print settings applied to the page: classes on the root element that style/print.css
//! reads, and the @page rules (paper, margins, page numbers, header line), which CSS cannot
//! choose by class.

use super::print_settings::{BodySize, Layout, Paper, PrintSettings};
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

const STYLE_ID: &str = "print-page";
const CLASSES: &[&str] = &[
    "print-official",
    "print-handout",
    "print-body-16",
    "print-body-14",
    "print-body-12",
    "print-on-screen",
    "print-highlights",
    "print-outline",
    "print-numbers",
];

/// Keeps the page's print style in step with `settings`, for a document that is Chinese or not
/// and titled `title`.
pub fn apply_print_settings(settings: RwSignal<PrintSettings>, chinese: bool, title: Signal<String>) {
    Effect::new(move |_| {
        let s = settings.get();
        let official = match s.layout {
            Layout::Auto => chinese,
            Layout::Official => true,
            Layout::Handout => false,
        };
        set_root_classes(&s, official);
        write_page_rules(&page_rules(&s, official, &title.get()));
    });
}

fn set_root_classes(s: &PrintSettings, official: bool) {
    let Some(root) = document().document_element() else { return };
    let list = root.class_list();
    for class in CLASSES {
        let _ = list.remove_1(class);
    }
    let body = match s.body {
        BodySize::San => "print-body-16",
        BodySize::Si => "print-body-14",
        BodySize::XiaoSi => "print-body-12",
    };
    let on = [
        (if official { "print-official" } else { "print-handout" }, true),
        (body, true),
        ("print-on-screen", s.on_screen),
        ("print-highlights", s.on_screen && s.highlights),
        ("print-outline", s.outline),
        ("print-numbers", s.numbers),
    ];
    for (class, _) in on.iter().filter(|(_, on)| *on) {
        let _ = list.add_1(class);
    }
}

/// A page's size and margins, in mm.
pub struct PageGeometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    /// The binding side: left on odd pages.
    pub inner: f32,
    pub bottom: f32,
    pub outer: f32,
}

impl PageGeometry {
    pub fn of(paper: Paper, official: bool) -> Self {
        let (_, [top, inner, bottom, outer]) = margins(paper, official);
        let (width, height) = match paper {
            Paper::A4 => (210.0, 297.0),
            Paper::A5 => (148.0, 210.0),
            Paper::Letter => (215.9, 279.4),
        };
        PageGeometry { width, height, top, inner, bottom, outer }
    }
}

/// Page size and margins, in mm: top, binding side (inner), bottom, outer.
fn margins(paper: Paper, official: bool) -> (&'static str, [f32; 4]) {
    match (paper, official) {
        // GB/T 9704: type area 156 x 225 mm on A4.
        (Paper::A4, true) => ("A4", [37.0, 28.0, 35.0, 26.0]),
        // The same type area centred on Letter (216 x 279 mm).
        (Paper::Letter, true) => ("letter", [28.0, 31.0, 26.0, 29.0]),
        // A5 (148 x 210 mm): the A4 margins scaled by 1/√2.
        (Paper::A5, true) => ("A5", [26.0, 20.0, 25.0, 18.0]),
        (Paper::A4, false) => ("A4", [20.0, 22.0, 22.0, 20.0]),
        (Paper::Letter, false) => ("letter", [20.0, 22.0, 22.0, 20.0]),
        (Paper::A5, false) => ("A5", [14.0, 16.0, 16.0, 14.0]),
    }
}

fn page_rules(s: &PrintSettings, official: bool, title: &str) -> String {
    let (size, [top, inner, bottom, outer]) = margins(s.paper, official);
    let mut css = String::new();
    let _ = write!(css, "@page{{size:{size};margin:{top}mm {outer}mm {bottom}mm {inner}mm;");
    if s.header {
        let _ = write!(
            css,
            "@top-center{{content:{};font:10pt/1.2 var(--fangsong,serif);vertical-align:bottom;padding-bottom:6mm}}",
            css_string(&format!("{title}    {}", today()))
        );
    }
    if official {
        // Page numbers 4号 (14 pt) 宋体 half-width digits, 7 mm below the type area, one
        // character in from the outer edge: right on odd pages, left on even ones.
        css.push('}');
        let number = "content:\"— \" counter(page) \" —\";font:14pt/1 \"SimSun\",\"宋体\",\"Songti SC\",\"Noto Serif CJK SC\",serif;vertical-align:top;padding-top:7mm";
        let _ = write!(css, "@page :right{{margin-left:{inner}mm;margin-right:{outer}mm;@bottom-right{{{number};text-align:right;padding-right:14pt}}}}");
        let _ = write!(css, "@page :left{{margin-left:{outer}mm;margin-right:{inner}mm;@bottom-left{{{number};text-align:left;padding-left:14pt}}}}");
    } else {
        css.push_str("@bottom-center{content:\"— \" counter(page) \" —\";font:10pt/1 serif}}");
    }
    css
}

/// `text` as a CSS string in which every character but letters and digits is escaped, so
/// nothing in a title can end the string or the rule.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", c as u32);
        }
    }
    out.push('"');
    out
}

fn today() -> String {
    let now = web_sys::js_sys::Date::new_0();
    format!("{}年{}月{}日", now.get_full_year(), now.get_month() + 1, now.get_date())
}

fn write_page_rules(css: &str) {
    let document = document();
    let style = match document.get_element_by_id(STYLE_ID) {
        Some(style) => style,
        None => {
            let Ok(style) = document.create_element("style") else { return };
            style.set_id(STYLE_ID);
            if let Some(head) = document.head() {
                let _ = head.append_child(style.unchecked_ref());
            }
            style
        }
    };
    style.set_text_content(Some(css));
}
