//! The sample's page written as HTML at build time (`docview prerender`), so that the first paint
//! needs no wasm: the title, the document's length and the text, in the elements and classes the
//! app renders them in, so that the app takes the page over in place. Every piece of document
//! text goes through [`escape_html`].

use crate::icons;
use crate::markup::{self, Markup};
use crate::model::{Document, Span};
use std::fmt::Write;

/// Text made safe for HTML element content and for quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub use crate::dom_ids::PRERENDERED_ID;

/// A label of the interface in both languages; the page's `lang` (set before the first paint by
/// [`head_script`]) shows one of them (`.bilingual` in style/screen.css).
fn bilingual(zh: &str, en: &str) -> String {
    format!(
        r#"<span class="bilingual"><span lang="zh-CN">{zh}</span><span lang="en">{en}</span></span>"#
    )
}

/// The interface around the document as the app first draws it, inert until the app replaces
/// it: in the same boxes, so that the text is where the app will put it.
fn controls() -> String {
    let button = |class: &str, icon: &str, zh: &str, en: &str| {
        format!(
            r#"<button type="button"{class}>{}<span class="control-label">{}</span></button>"#,
            icons::html(icon),
            bilingual(zh, en)
        )
    };
    format!(
        r#"<div class="top-bar"><div class="controls no-print"><div class="filter reader-filter" role="search">{}<div class="match-nav" hidden><button type="button">↑</button><span></span><button type="button">↓</button></div><label class="context-toggle"><input type="checkbox">{}</label><small class="filter-help">{}</small></div><div class="toolbar"><label class="file-opener no-print">{}<span class="control-label">{}</span></label>{}{}{}{}{}</div></div></div>"#,
        filter_field(),
        bilingual("只看匹配的句子", "Matching sentences only"),
        bilingual(
            "空格：同时包含 · a|b：任一 · &quot;短语&quot; · -词：排除 · Enter / Shift+Enter：下一处 / 上一处",
            "space: all · a|b: any · &quot;phrase&quot; · -word: without · Enter / Shift+Enter: next / previous",
        ),
        icons::html(icons::OPEN),
        bilingual("打开文件", "Open a file"),
        button(r#" class="filter-toggle""#, icons::SEARCH, "筛选", "Filter"),
        button(r#" class="outline-toggle""#, icons::OUTLINE, "提纲", "Outline"),
        button("", icons::PRINT, "打印", "Print"),
        button(r#" class="check-toggle""#, icons::CHECK, "检查", "Check"),
        button(r#" class="menu-toggle""#, icons::MORE, "更多", "More"),
    )
}

/// The reader's filter field, as the app's (`markup::filter_field`).
fn filter_field() -> String {
    let mut html = HtmlWriter(String::new(), Vec::new());
    markup::filter_field(&markup::READER_FILTER, &mut html);
    html.0
}

/// The page of `doc` titled `title`, as the app first shows it in either interface language
/// (folded nothing, filtered nothing).
pub fn page(doc: &Document, title: &str) -> String {
    let mut html = String::new();
    let length = doc.length(Span::new(0, doc.source.len()));
    let _ = write!(
        html,
        r#"<div id="{PRERENDERED_ID}" class="prerendered" inert><header class="masthead"><div class="title-block"><h1 class="doc-title">{}</h1><button type="button" class="edit-title no-print">{}</button><p class="reading-length document-length no-print">{}</p></div></header>{}<div class="layout"><nav class="outline no-print"><div class="outline-top"><h2 class="outline-heading">{}</h2><button type="button" class="drawer-close">×</button></div>"#,
        escape_html(title),
        icons::html(icons::EDIT),
        bilingual(
            &escape_html(&length.describe(true)),
            &escape_html(&length.describe(false))
        ),
        controls(),
        bilingual("提纲", "Outline"),
    );
    let open = |_| true;
    let layout = markup::layout(doc);
    let mut html = HtmlWriter(html, Vec::new());
    markup::outline(doc, &layout, &open, &mut html);
    let HtmlWriter(mut html, _) = html;
    let _ = write!(
        html,
        r#"</nav><main class="document"{}>"#,
        if doc.is_chinese() {
            r#" lang="zh-CN""#
        } else {
            ""
        }
    );
    let mut html = HtmlWriter(html, Vec::new());
    markup::text(doc, &layout, &open, &mut html);
    let HtmlWriter(mut html, _) = html;
    html.push_str("</main></div></div>");
    html
}

/// [`Markup`] written as HTML, every text and attribute value through [`escape_html`].
struct HtmlWriter(String, Vec<&'static str>);

impl Markup for HtmlWriter {
    fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
        self.1.push(tag);
        let _ = write!(self.0, "<{tag}");
        // Test ids belong to the app: a test that waits for one waits for the app.
        for (name, value) in attributes.iter().filter(|(name, _)| *name != "data-testid") {
            match value.is_empty() {
                true => {
                    let _ = write!(self.0, " {name}");
                }
                false => {
                    let _ = write!(self.0, r#" {name}="{}""#, escape_html(value));
                }
            }
        }
        self.0.push('>');
    }

    fn text(&mut self, text: &str) {
        self.0.push_str(&escape_html(text));
    }

    fn close(&mut self) {
        match self.1.pop() {
            // A void element has no end tag.
            Some("input") | None => {}
            Some(tag) => {
                let _ = write!(self.0, "</{tag}>");
            }
        }
    }
}

/// Written into the page's head: the document of a `?doc=` link (and the earlier version of a
/// `?base=`) is asked for at once, in parallel with the wasm, where the app would ask for it (the
/// page's own origin or a host of the list scripts/csp.mjs writes before this script), and kept in
/// `window.docviewEarlyFetches` by its address for the app to take (`ui::open::doc_param`), which
/// checks the link as before. Before the first paint, a page that will not show the sample as
/// prerendered hides it, so that it never flashes: a `?doc=` link, a `?q=` filter, the speaker view's
/// audience window (`?view=audience`), a document of
/// the reader's own to reopen (as `ui::app::reopen_last_document` decides). The interface's
/// language (as `ui::language` decides: Chinese for a browser whose language is `zh-*` or none) and the reader's chosen colours apply at once too.
pub fn head_script() -> String {
    use crate::browser_storage::{LANGUAGE, RECENT, SAMPLE_CHOSEN, SOURCE_FIELD, THEME};
    format!(
        "(()=>{{const p=new URLSearchParams(location.search),e=window.docviewEarlyFetches={{}},h=((document.querySelector('meta[name=docview-document-hosts]')||{{}}).content||'').split(/\\s+/);for(const n of['doc','base'])try{{const v=p.get(n),u=v!==null&&new URL(v,location.href);if(u&&!e[u.href]&&(u.origin===location.origin||h.includes(u.origin))){{const f=fetch(u.href);f.catch(()=>{{}});e[u.href]=f}}}}catch(x){{}}try{{const s=localStorage,r=document.documentElement,own=(s.getItem('{recent}')||'').split('\\n').some((l)=>{{const f=l.split('\\t');return f.length>1&&!f[{source}]}}),lang=s.getItem('{language}')||(!navigator.language||/^zh/i.test(navigator.language)?'zh-CN':'en'),theme=s.getItem('{theme}');if(theme)r.classList.add(theme);if(lang!=='zh-CN')r.lang=lang;if(p.has('doc')||p.has('q')||p.get('view')==='audience'||(own&&!s.getItem('{sample}')))r.classList.add('not-sample')}}catch(e){{}}}})()",
        recent = RECENT,
        language = LANGUAGE,
        theme = THEME,
        sample = SAMPLE_CHOSEN,
        source = SOURCE_FIELD,
    )
}
