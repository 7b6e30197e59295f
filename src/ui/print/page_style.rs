//! The print settings applied to the page: classes on the root element that style/print.css
//! reads, and the @page rules (paper, margins, page numbers, header line), which CSS cannot
//! choose by class.

use crate::ui::browser::generated_style;
use crate::ui::print::settings::{BodySize, Layout, Paper, PrintSettings};
use leptos::prelude::*;
use std::fmt::Write;

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
pub fn apply_print_settings(
    settings: RwSignal<PrintSettings>,
    chinese: bool,
    title: Signal<String>,
) {
    Effect::new(move |_| {
        let s = settings.get();
        let official = match s.layout {
            Layout::Auto => chinese,
            Layout::Official => true,
            Layout::Handout => false,
        };
        set_root_classes(&s, official);
        write_page_rules(&page_rules(&s, official, chinese, &title.get()));
    });
}

fn set_root_classes(s: &PrintSettings, official: bool) {
    let Some(root) = document().document_element() else {
        return;
    };
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
        (
            if official {
                "print-official"
            } else {
                "print-handout"
            },
            true,
        ),
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

/// A length in tenths of a millimetre, written as CSS millimetres. (Integers: formatting floats
/// would link a float printer into the wasm.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mm(pub u32);

impl std::fmt::Display for Mm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}mm", self.0 / 10, self.0 % 10)
    }
}

impl std::ops::Add for Mm {
    type Output = Mm;
    fn add(self, other: Mm) -> Mm {
        Mm(self.0 + other.0)
    }
}

impl std::ops::Sub for Mm {
    type Output = Mm;
    fn sub(self, other: Mm) -> Mm {
        Mm(self.0 - other.0)
    }
}

impl Mm {
    /// In CSS pixels (96 to the inch).
    pub fn px(self) -> f64 {
        self.0 as f64 * 96.0 / 254.0
    }
}

/// A page's size and margins.
pub struct PageGeometry {
    pub width: Mm,
    pub height: Mm,
    pub top: Mm,
    /// The binding side: left on odd pages.
    pub inner: Mm,
    pub bottom: Mm,
    pub outer: Mm,
}

impl PageGeometry {
    pub fn of(paper: Paper, official: bool) -> Self {
        let (_, [top, inner, bottom, outer]) = margins(paper, official);
        let (width, height) = match paper {
            Paper::A4 => (Mm(2100), Mm(2970)),
            Paper::A5 => (Mm(1480), Mm(2100)),
            Paper::Letter => (Mm(2159), Mm(2794)),
        };
        PageGeometry {
            width,
            height,
            top,
            inner,
            bottom,
            outer,
        }
    }
}

/// Page size and margins: top, binding side (inner), bottom, outer.
fn margins(paper: Paper, official: bool) -> (&'static str, [Mm; 4]) {
    let mm = |[a, b, c, d]: [u32; 4]| [Mm(a * 10), Mm(b * 10), Mm(c * 10), Mm(d * 10)];
    match (paper, official) {
        // GB/T 9704: type area 156 x 225 mm on A4.
        (Paper::A4, true) => ("A4", mm([37, 28, 35, 26])),
        // The same type area, about centred, on Letter (216 x 279 mm).
        (Paper::Letter, true) => ("letter", mm([28, 31, 26, 29])),
        // A5 (148 x 210 mm): the A4 margins scaled by 1/√2.
        (Paper::A5, true) => ("A5", mm([26, 20, 25, 18])),
        (Paper::A4 | Paper::Letter, false) => (
            if paper == Paper::A4 { "A4" } else { "letter" },
            mm([20, 22, 22, 20]),
        ),
        (Paper::A5, false) => ("A5", mm([14, 16, 16, 14])),
    }
}

fn page_rules(s: &PrintSettings, official: bool, chinese: bool, title: &str) -> String {
    let (size, [top, inner, bottom, outer]) = margins(s.paper, official);
    let mut css = String::new();
    let _ = write!(
        css,
        "@page{{size:{size};margin:{top} {outer} {bottom} {inner};"
    );
    if s.header {
        let _ = write!(
            css,
            "@top-center{{content:{};font:10pt/1.2 var(--fangsong,serif);vertical-align:bottom;padding-bottom:6mm}}",
            css_string(&format!("{title}    {}", today(chinese)))
        );
    }
    if official {
        // Page numbers 4号 (14 pt) 宋体 half-width digits, 7 mm below the type area, one
        // character in from the outer edge: right on odd pages, left on even ones.
        css.push('}');
        let number = "content:\"— \" counter(page) \" —\";font:14pt/1 \"SimSun\",\"宋体\",\"Songti SC\",\"Noto Serif CJK SC\",serif;vertical-align:top;padding-top:7mm";
        let _ = write!(css, "@page :right{{margin-left:{inner};margin-right:{outer};@bottom-right{{{number};text-align:right;padding-right:14pt}}}}");
        let _ = write!(css, "@page :left{{margin-left:{outer};margin-right:{inner};@bottom-left{{{number};text-align:left;padding-left:14pt}}}}");
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

/// The date in the document's language: `2026年11月26日`, else `2026-11-26`.
fn today(chinese: bool) -> String {
    let now = web_sys::js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    if chinese {
        format!("{year}年{month}月{day}日")
    } else {
        format!("{year}-{month:02}-{day:02}")
    }
}

fn write_page_rules(css: &str) {
    generated_style::set("print-page", css);
}
