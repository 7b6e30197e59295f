//! Saved web pages (tests/fixtures/web) read as the app reads them, over a tree from a native
//! HTML parser instead of the browser's `DOMParser`: the article chosen, the site around it left
//! out, headings, list items and table rows as paragraphs; and the whole way a file opens.

use docview::decode::docx::{
    self,
    zip::{Inflater, ZipError},
};
use docview::decode::web_page::{article, is_web_page, named_as_page, Node};
use docview::decode::{
    open_with, ready, DecodeError, Native, Notice, Opened, Platform, MAX_TEXT_BYTES,
};
use scraper::{ElementRef, Html};

/// A node of a page parsed by `scraper`.
#[derive(Clone)]
enum Parsed<'a> {
    Element(ElementRef<'a>),
    Text(&'a str),
}

impl Node for Parsed<'_> {
    fn tag(&self) -> Option<String> {
        match self {
            Parsed::Element(e) => Some(e.value().name().to_string()),
            Parsed::Text(_) => None,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match self {
            Parsed::Element(e) => e.value().attr(name).map(str::to_string),
            Parsed::Text(_) => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        let Parsed::Element(e) = self else {
            return Vec::new();
        };
        e.children()
            .filter_map(|child| match ElementRef::wrap(child) {
                Some(element) => Some(Parsed::Element(element)),
                None => child.value().as_text().map(|t| Parsed::Text(t)),
            })
            .collect()
    }

    fn text(&self) -> String {
        match self {
            Parsed::Element(_) => String::new(),
            Parsed::Text(t) => t.to_string(),
        }
    }
}

fn article_of(html: &str) -> Option<String> {
    let page = Html::parse_document(html);
    article(&Parsed::Element(page.root_element()))
}

/// The native platform with an HTML parser, as the browser has one.
struct WithPages;

impl Inflater for WithPages {
    fn inflate(
        &self,
        deflated: &[u8],
        limit: usize,
    ) -> impl std::future::Future<Output = Result<Vec<u8>, ZipError>> {
        Native.inflate(deflated, limit)
    }
}

impl Platform for WithPages {
    fn word(
        &self,
        bytes: &[u8],
    ) -> impl std::future::Future<Output = Result<docx::Word, docx::WordProblem>> {
        docx::read(bytes, MAX_TEXT_BYTES, self)
    }

    fn pdf(
        &self,
        bytes: &[u8],
    ) -> impl std::future::Future<
        Output = Result<docview::decode::pdf::Pdf, docview::decode::pdf::PdfProblem>,
    > {
        Native.pdf(bytes)
    }

    fn gb18030(&self, bytes: &[u8]) -> Option<String> {
        Native.gb18030(bytes)
    }

    fn article(&self, html: &str) -> Option<String> {
        article_of(html)
    }
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn opened(bytes: &[u8], name: &str) -> Result<Opened, DecodeError> {
    ready(open_with(bytes, name, &WithPages))
}

#[test]
fn a_saved_page_opens_as_its_article_with_headings_paragraphs_and_table_rows() {
    let opened = opened(&fixture("web/saved_page.html"), "notice.html").unwrap();
    // Without the header, navigation, breadcrumb, aside and footer, nor the script in a paragraph.
    assert_eq!(
        opened.text,
        "# 州人民政府办公室关于做好冬季安全生产工作的通知\n\n发布时间：2025-11-20 来源：州政府办公室\n\n\
         各县市人民政府，州直各部门：\n\n为做好今冬明春安全生产工作， 现将有关事项通知如下。\n\n\
         ## 一、提高思想认识\n\n各地各部门要充分认识做好冬季安全生产工作的重要性&紧迫性。\n\n\
         ## 二、强化责任落实\n\n### （一）压实属地责任\n\n各县市要落实属地管理责任。\n\n\
         责任单位\t完成时限\n\n州应急管理局\t12月底\n"
    );
    assert_eq!(opened.notice, None);
}

const WITHOUT_ARTICLE: &str = r#"<!DOCTYPE html><html><head><title>门户网站</title>
<script>document.title = 'ran'</script></head><body>
<header><h1>关于开展安全检查的通知</h1><p>门户网站</p></header>
<nav><a href="/">首页</a></nav>
<div class="side"><p>短</p></div>
<div class="text">
  <p>第一段，有较长的文字内容，<b>加粗</b>和<a href="x">链接</a>是文字。</p>
  <p>第二段<br>换行后的<br hidden>
     文字。<!-- 注释不是正文 --></p>
  <ul><li>第一项</li><li>第二项</li></ul>
  <div role="navigation">上一篇 下一篇</div>
  <p hidden>隐藏的段落</p>
  <span aria-hidden="true">图标</span>
  <form><button>打印</button></form>
  <table><tr><td>单位</td><td hidden>隐藏</td><td>时间</td></tr></table>
  <div>前言<p>段落</p>后记</div>
  <pre>  代码
  保留  </pre>
</div>
<footer><p>备案号</p></footer>
</body></html>"#;

#[test]
fn without_an_article_the_densest_block_is_read_under_the_heading_above_it() {
    assert_eq!(
        article_of(WITHOUT_ARTICLE).unwrap(),
        "# 关于开展安全检查的通知\n\n第一段，有较长的文字内容，加粗和链接是文字。\n\n第二段\n换行后的 文字。\n\n\
         第一项\n\n第二项\n\n单位\t时间\n\n前言\n\n段落\n\n后记\n\n  代码\n  保留\n"
    );
}

#[test]
fn article_then_main_then_the_main_role_is_the_article() {
    let both = "<html><body><main><p>主体的导语，比正文长得多得多。</p><article><h2>标题</h2>\
                <p>正文</p></article></main></body></html>";
    assert_eq!(article_of(both).unwrap(), "## 标题\n\n正文\n");
    let main =
        "<html><body><div><p>其他的文字，比正文长得多得多。</p></div><main><p>正文</p></main>\
                </body></html>";
    assert_eq!(article_of(main).unwrap(), "正文\n");
    let role = "<html><body><div><p>其他的文字，比正文长得多得多。</p></div>\
                <div role=\"main\"><h1>题目</h1><p>正文</p></div></body></html>";
    assert_eq!(article_of(role).unwrap(), "# 题目\n\n正文\n");
}

#[test]
fn of_blocks_as_dense_as_each_other_the_first_is_the_article() {
    let page = "<html><body><div><p>甲乙</p></div><div><p>丙丁</p></div></body></html>";
    assert_eq!(article_of(page).unwrap(), "甲乙\n");
    // A block's own paragraphs count, not those of the blocks inside it.
    let nested =
        "<html><body><div><p>甲</p><div><p>乙丙丁戊</p></div><p>己</p></div></body></html>";
    assert_eq!(article_of(nested).unwrap(), "乙丙丁戊\n");
}

#[test]
fn a_heading_in_the_navigation_or_footer_is_not_the_title() {
    let page = "<html><body><nav><h1>导航</h1></nav><header><h1>不是这个</h1></header>\
                <article><p>正文</p></article></body></html>";
    assert_eq!(article_of(page).unwrap(), "正文\n");
    let footer = "<html><body><article><p>正文</p></article><footer><h1>页脚</h1></footer>\
                  </body></html>";
    assert_eq!(article_of(footer).unwrap(), "正文\n");
}

#[test]
fn a_page_without_text_is_refused_and_says_so() {
    let empty = b"<!DOCTYPE html><html><body><nav><a>\xe9\xa6\x96\xe9\xa1\xb5</a></nav>\
                  <p> </p></body></html>";
    assert_eq!(article_of(std::str::from_utf8(empty).unwrap()), None);
    let refused = opened(empty, "page.html").unwrap_err();
    assert_eq!(refused, DecodeError::PageWithoutText);
    assert_eq!(refused.in_chinese(), "这个网页里没有正文。");
    assert_eq!(refused.in_english(), "This web page has no text to read.");
}

#[test]
fn a_web_page_is_known_by_its_name_or_its_first_bytes() {
    assert!(named_as_page("通知.html"));
    assert!(named_as_page(
        "https://example.org/files/notice.HTM?id=3#top"
    ));
    assert!(named_as_page("page.xhtml"));
    assert!(!named_as_page("files/folder/"));
    assert!(!named_as_page("notice.html.txt"));
    assert!(!named_as_page("notice.txt?page=a.html"));
    assert!(is_web_page(
        "notice.txt",
        b"\xEF\xBB\xBF  <!DOCTYPE HTML><html>"
    ));
    assert!(is_web_page("saved", b"\n<html lang=\"zh\">"));
    assert!(!is_web_page(
        "notice.txt",
        "通知\n<html> 是一个词".as_bytes()
    ));
}

#[test]
fn a_page_named_as_text_is_text_and_markup_in_text_stays_text() {
    let text = "网页代码的文字\n\n<p>不是段落</p>\n";
    assert_eq!(opened(text.as_bytes(), "notes.txt").unwrap().text, text);
    // By its first bytes, whatever its name.
    let page = opened(
        b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>",
        "a.txt",
    );
    assert_eq!(page.unwrap().text, "正文\n");
}

#[test]
fn a_page_with_unreadable_bytes_says_how_many() {
    let page = b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87\xff\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87\xe6\x96\x87</p></body></html>";
    let opened = opened(page, "page.html").unwrap();
    assert_eq!(opened.notice, Some(Notice::Unreadable(1)));
    assert!(opened.text.starts_with("正文\u{FFFD}文"), "{}", opened.text);
}
