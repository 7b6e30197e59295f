//! The print preview: the pages as they will print, at scale, with their count.
//!
//! Browsers lay out pages only when printing. The preview lays the document out in columns
//! instead, each of the type area's size, in a frame that holds a copy of the page under the
//! page's own print rules (the `@media print` rules of its style sheets, unwrapped): columns
//! break where pages do (Chromium fragments both with the same engine and the same rules:
//! headings kept with what follows, orphans and widows). Page numbers and the header line,
//! which sit in the margins, are not drawn.

use crate::ui::browser::generated_style;
use crate::ui::language::{language, tr, Language};
use crate::ui::print::page_style::{Mm, PageGeometry};
use crate::ui::print::settings::PrintSettings;
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

/// Space between pages in the preview.
const GAP: Mm = Mm(80);

/// Whether the preview is shown.
#[derive(Clone, Copy)]
pub struct PreviewOpen(pub RwSignal<bool>);

#[component]
pub fn PrintPreview() -> impl IntoView {
    let PreviewOpen(open) = expect_context::<PreviewOpen>();
    let settings = expect_context::<RwSignal<PrintSettings>>();
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let pages = RwSignal::new(None::<u32>);
    // Laid out again whenever the settings change while it is open.
    Effect::new(move |_| {
        let s = settings.get();
        if !open.get() {
            return;
        }
        let Some(frame) = frame.get() else { return };
        // After the page has applied the settings (their effect runs first on the same change).
        request_animation_frame(move || pages.set(render(&frame, &s)));
    });
    let language = language();
    let count = move || match (pages.get(), language.get()) {
        (Some(n), Language::Chinese) => format!("{n} 页"),
        (Some(1), Language::English) => "1 page".to_string(),
        (Some(n), Language::English) => format!("{n} pages"),
        (None, l) => l.pick("排版中……", "Laying out…").to_string(),
    };
    view! {
        <section class="print-preview no-print" data-testid="print-preview" hidden=move || !open.get() aria-label=tr("打印预览", "Print preview")>
            <header>
                <strong>{tr("打印预览", "Print preview")}</strong>
                <output data-testid="preview-pages">{count}</output>
                <button type="button" data-testid="preview-print" on:click=move |_| crate::ui::print::whole_document::print_page()>{tr("打印", "Print")}</button>
                <button type="button" data-testid="preview-close" on:click=move |_| open.set(false)>{tr("关闭", "Close")}</button>
            </header>
            <div class="preview-viewport">
                // Only while open: a frame is a second document, and made at start it cost the
                // page's start a fifth of its time.
                <Show when=move || open.get()>
                    <iframe node_ref=frame title=tr("打印预览", "Print preview") tabindex="-1"></iframe>
                </Show>
            </div>
        </section>
    }
}

/// Lays the page out in `frame` as printed with `settings`; the number of pages.
fn render(frame: &web_sys::HtmlIFrameElement, settings: &PrintSettings) -> Option<u32> {
    let page = document();
    let root = page.document_element()?;
    let official = root.class_list().contains("print-official");
    let g = PageGeometry::of(settings.paper, official);
    let copy = frame.content_document()?;
    let copy_root = copy.document_element()?;
    copy_root.set_class_name(&root.class_name());
    let head = copy.head()?;
    let body = copy.body()?;
    head.set_text_content(None);
    body.set_text_content(None);
    adopt_in(frame, &format!("{}{}", print_rules(&page), flow_rules(&g)))?;

    let flow = copy.create_element("div").ok()?;
    flow.set_class_name("preview-flow");
    let children = page.body()?.children();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        if child.tag_name() == "SCRIPT" || child.class_list().contains("print-preview") {
            continue;
        }
        flow.append_child(&copy.import_node_with_deep(&child, true).ok()?)
            .ok()?;
    }
    body.append_child(&flow).ok()?;

    // Every column is a page: the flow's width in columns.
    let column = (g.width - g.inner - g.outer).px();
    let step = (g.width + GAP).px();
    let extent = flow.scroll_width() as f64 - g.inner.px();
    let pages = ((extent - column) / step).round().max(0.0) as u32 + 1;

    // The strip of pages, in whole pixels.
    let width = ((g.width + GAP).px() * pages as f64).ceil() as u32;
    let height = g.height.px().ceil() as u32;
    let frame_style = web_sys::HtmlElement::style(frame);
    let _ = frame_style.set_property("width", &format!("{width}px"));
    let _ = frame_style.set_property("height", &format!("{height}px"));
    let _ = body.style().set_property("width", &format!("{width}px"));
    Some(pages)
}

/// `css` as a style sheet of the frame's document. Constructed in the frame's own window (a
/// sheet can be adopted only by documents of the window that made it), so that a
/// Content-Security-Policy without `'unsafe-inline'` allows it.
fn adopt_in(frame: &web_sys::HtmlIFrameElement, css: &str) -> Option<()> {
    use web_sys::js_sys::{Array, Reflect};
    let window = frame.content_window()?;
    let constructor: web_sys::js_sys::Function = Reflect::get(&window, &"CSSStyleSheet".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let sheet: web_sys::CssStyleSheet = Reflect::construct(&constructor, &Array::new())
        .ok()?
        .unchecked_into();
    sheet.replace_sync(css).ok()?;
    frame
        .content_document()?
        .set_adopted_style_sheets(&Array::of1(&sheet));
    Some(())
}

/// The rules that apply on paper: those outside any `@media` rule (the page's own style
/// sheets, the filter's selection) and those inside `@media print`, unwrapped. A page break
/// becomes a column break.
fn print_rules(page: &web_sys::Document) -> String {
    let mut css = String::new();
    let linked = page.style_sheets();
    let linked = (0..linked.length())
        .filter_map(|i| linked.item(i)?.dyn_into::<web_sys::CssStyleSheet>().ok());
    let adopted = generated_style::adopted()
        .iter()
        .map(|s| s.unchecked_into::<web_sys::CssStyleSheet>())
        .collect::<Vec<_>>();
    for sheet in linked.chain(adopted) {
        let Ok(rules) = sheet.css_rules() else {
            continue;
        };
        for j in 0..rules.length() {
            let Some(rule) = rules.item(j) else { continue };
            match rule.dyn_ref::<web_sys::CssMediaRule>() {
                Some(media) if media.media().media_text().contains("print") => {
                    let inner = media.css_rules();
                    for k in 0..inner.length() {
                        if let Some(r) = inner.item(k) {
                            css.push_str(&r.css_text());
                        }
                    }
                }
                Some(_) => {}
                None => css.push_str(&rule.css_text()),
            }
        }
    }
    css.replace("break-after: page", "break-after: column")
}

/// Columns of the type area's size, on white pages with the margins around them.
fn flow_rules(g: &PageGeometry) -> String {
    let (type_width, type_height) = (g.width - g.inner - g.outer, g.height - g.top - g.bottom);
    let mut css = String::new();
    let _ = write!(
        css,
        ":root:root{{background:#8a8f96;overflow:hidden}}\
         body:not(#x){{margin:0;height:{};\
         background:linear-gradient(to right,#fff 0 {},transparent {}) 0 0/{} 100% repeat-x}}\
         .preview-flow{{box-sizing:content-box;height:{type_height};padding:{} 0 {} {};\
         column-width:{type_width};column-gap:{};column-fill:auto;width:{type_width}}}",
        g.height,
        g.width,
        g.width,
        g.width + GAP,
        g.top,
        g.bottom,
        g.inner,
        g.outer + GAP + g.inner,
    );
    css
}
