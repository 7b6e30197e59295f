//! The sample's page written as HTML at build time (`docview prerender`), so that the first paint
//! needs no wasm: the title, the document's length and the text, in the elements and classes the
//! app renders them in, so that the app takes the page over in place. Every piece of document
//! text goes through [`escape_html`].

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

/// The interface around the document as the app first draws it in Chinese, inert until the app
/// replaces it: in the same boxes, so that the text is where the app will put it.
const ACTIONS: &str = r#"<div class="masthead-actions no-print"><label class="file-opener no-print">打开文件</label><details class="recent no-print"><summary>最近的文档</summary></details><button class="theme-switch" type="button">配色：跟随系统</button><button class="language-switch no-print" type="button" lang="en">English</button></div>"#;
const CONTROLS: &str = r#"<div class="top-bar"><div class="controls no-print"><div class="filter"><label>筛选</label><input type="search" placeholder="关键词，如 监督" autocomplete="off"><output></output><label class="context-toggle"><input type="checkbox">只看匹配的句子</label><small class="filter-help">空格：同时包含 · a|b：任一 · "短语" · -词：排除 · Enter / Shift+Enter：下一处 / 上一处</small></div><div class="toolbar"><button class="outline-toggle" type="button">提纲</button><button type="button">全部展开</button><button type="button">全部折叠</button><button type="button">打印</button><details class="print-panel no-print"><summary>打印设置</summary></details><details class="menu export-menu no-print"><summary>导出</summary></details><button type="button">?</button></div></div></div>"#;

/// The page of `doc` titled `title`, as the app first shows it in a Chinese interface (folded
/// nothing, filtered nothing).
pub fn page(doc: &Document, title: &str) -> String {
    let mut html = String::new();
    let length = doc.length(Span::new(0, doc.source.len()));
    let _ = write!(
        html,
        r#"<div id="{PRERENDERED_ID}" class="prerendered" inert><header class="masthead"><div class="title-block"><h1 class="doc-title">{}</h1><button type="button" class="edit-title no-print">改标题</button><p class="reading-length document-length no-print">{}</p></div>{ACTIONS}</header>{CONTROLS}<div class="layout"><nav class="outline no-print"><div class="outline-top"><h2 class="outline-heading">提纲</h2><button type="button" class="drawer-close">×</button></div>"#,
        escape_html(title),
        escape_html(&length.describe(true)),
    );
    let open = |_| true;
    let parts = markup::parts(&doc.sections);
    let mut html = HtmlWriter(html, Vec::new());
    let mut first = 0;
    for (n, range) in parts.iter().enumerate() {
        markup::outline_part(doc, n, &doc.sections[range.clone()], first, &open, &mut html);
        first += doc.sections[range.clone()].iter().map(markup::section_count).sum::<usize>();
    }
    let HtmlWriter(mut html, _) = html;
    let _ = write!(html, r#"</nav><main class="document"{}>"#, if doc.is_chinese() { r#" lang="zh-CN""# } else { "" });
    let mut html = HtmlWriter(html, Vec::new());
    let mut at = markup::front(doc, &mut html);
    for (n, range) in parts.iter().enumerate() {
        markup::part(doc, n, &doc.sections[range.clone()], &mut at, &open, &mut html);
    }
    markup::closing(doc, at.unit, &mut html);
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
        if let Some(tag) = self.1.pop() {
            let _ = write!(self.0, "</{tag}>");
        }
    }
}

/// Written into the page's head: before the first paint, a page that will not show the sample as
/// prerendered hides it, so that it never flashes: a `?doc=` link, a `?q=` filter, a document of
/// the reader's own to reopen (as `ui::app::reopen_last_document` decides), or an interface in
/// English (as `ui::language` decides). The reader's chosen colours apply at once too.
pub const HEAD_SCRIPT: &str = "(()=>{try{const p=new URLSearchParams(location.search),s=localStorage,r=document.documentElement,\
own=(s.getItem('docview.recent')||'').split('\\n').some((l)=>{const f=l.split('\\t');return f.length>1&&!f[2]}),\
lang=s.getItem('docview.language')||(/^zh/i.test(navigator.language)?'zh-CN':'en'),theme=s.getItem('docview.theme');\
if(theme)r.classList.add(theme);\
if(p.has('doc')||p.has('q')||(own&&!s.getItem('docview.sample'))||lang!=='zh-CN')r.classList.add('not-sample')}catch(e){}})()";
