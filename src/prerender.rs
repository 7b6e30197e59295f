//! The sample's page written as HTML at build time (`docview prerender`), so that the first paint
//! needs no wasm: the title, the document's length and the text, in the elements and classes the
//! app renders them in, so that the app takes the page over in place. Every piece of document
//! text goes through [`escape_html`].

use crate::model::{Block, BlockKind, Document, Section, Span};
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

/// The element the page's prerendered part lives in; the app removes it when it mounts.
pub const PRERENDERED_ID: &str = "prerendered";

/// The interface around the document as the app first draws it in Chinese, inert until the app
/// replaces it: in the same boxes, so that the text is where the app will put it.
const ACTIONS: &str = r#"<div class="masthead-actions no-print"><label class="file-opener no-print">打开文件</label><details class="recent no-print"><summary>最近的文档</summary></details><button class="theme-switch" type="button">配色：跟随系统</button><button class="language-switch no-print" type="button" lang="en">English</button></div>"#;
const CONTROLS: &str = r#"<div class="top-bar"><div class="controls no-print"><div class="filter"><label>筛选</label><input type="search" placeholder="关键词，如 监督" autocomplete="off"><output></output><label class="context-toggle"><input type="checkbox">只看匹配的句子</label><small class="filter-help">空格：同时包含 · a|b：任一 · "短语" · -词：排除 · Enter / Shift+Enter：下一处 / 上一处</small></div><div class="toolbar"><button class="outline-toggle" type="button">提纲</button><button type="button">全部展开</button><button type="button">全部折叠</button><button type="button">打印</button><details class="print-panel no-print"><summary>打印设置</summary></details><details class="menu export-menu no-print"><summary>导出</summary></details><button type="button">?</button></div></div></div>"#;

/// The page of `doc` titled `title`, as the app first shows it in a Chinese interface (folded
/// nothing, filtered nothing); the outline's entries come with the app, in the column kept for them.
pub fn page(doc: &Document, title: &str) -> String {
    let mut html = String::new();
    let length = doc.length(Span::new(0, doc.source.len()));
    let _ = write!(
        html,
        r#"<div id="{PRERENDERED_ID}" class="prerendered" inert><header class="masthead"><div class="title-block"><h1 class="doc-title">{}</h1><button type="button" class="edit-title no-print">改标题</button><p class="reading-length document-length no-print">{}</p></div>{ACTIONS}</header>{CONTROLS}<div class="layout"><nav class="outline no-print"></nav><main class="document"{}><div class="front">"#,
        escape_html(title),
        escape_html(&length.describe(true)),
        if doc.is_chinese() { r#" lang="zh-CN""# } else { "" },
    );
    for block in doc.front.iter().filter(|b| b.kind != BlockKind::Title) {
        passage(&mut html, doc, block);
    }
    html.push_str(r#"</div><div class="part">"#);
    for section in &doc.sections {
        section_html(&mut html, doc, section);
    }
    html.push_str(r#"</div><div class="closing">"#);
    for block in &doc.closing {
        passage(&mut html, doc, block);
    }
    html.push_str("</div></main></div></div>");
    html
}

fn section_html(html: &mut String, doc: &Document, section: &Section) {
    let level = section.heading.level.min(5) + 1;
    let length = doc.length(section.span());
    let _ = write!(
        html,
        r#"<details class="section" open><summary><h{level} class="heading">{}</h{level}><span class="badge"></span><span class="reading-length bilingual no-print"><span lang="zh-CN">{}</span><span lang="en">{}</span></span></summary><div class="section-body"><button type="button" class="copy-link no-print">#</button>"#,
        escape_html(doc.text(section.heading.text)),
        escape_html(&length.describe(true)),
        escape_html(&length.describe(false)),
    );
    for block in &section.blocks {
        passage(html, doc, block);
    }
    for child in &section.children {
        section_html(html, doc, child);
    }
    html.push_str("</div></details>");
}

fn passage(html: &mut String, doc: &Document, block: &Block) {
    let hidden = if block.kind == BlockKind::Comment { " hidden" } else { "" };
    let _ = write!(html, r#"<p class="passage {}" dir="auto"{hidden}>"#, block.kind.class_name());
    let mut at = block.text.start;
    for point in doc.key_points_overlapping(block.text) {
        let (start, end) = (point.span.start.max(block.text.start), point.span.end.min(block.text.end));
        html.push_str(&escape_html(doc.text(Span::new(at, start.max(at)))));
        let _ = write!(html, r#"<strong class="key-point">{}</strong>"#, escape_html(doc.text(Span::new(start, end))));
        at = end;
    }
    html.push_str(&escape_html(doc.text(Span::new(at, block.text.end.max(at)))));
    html.push_str("</p>");
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
