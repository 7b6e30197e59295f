//! The sample's page written at build time: document text only as escaped text, every character
//! of the speech in it, in order, in the elements the app renders.

use docview::parse::parse;
use docview::prerender::{escape_html, page};

/// HTML text back to plain text: tags dropped, the five escapes undone.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn markup_entities_and_quotes_in_text_stay_text() {
    assert_eq!(
        escape_html(r#"<script>alert("x")</script>"#),
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    );
    assert_eq!(
        escape_html("&amp; &lt; 甲'乙"),
        "&amp;amp; &amp;lt; 甲&#39;乙"
    );
    assert_eq!(escape_html("一、总则"), "一、总则");
}

#[test]
fn a_document_of_markup_prerenders_as_its_text() {
    let source =
        "<b>标题</b> & \"引号\"\n\n一、<img src=x onerror=alert(1)>\n\n正文 &lt; 'single'。\n";
    let doc = parse(source.to_string());
    // The first line is the title, shown as the page's heading.
    let html = page(&doc, &doc.title().unwrap());
    assert!(!html.contains("<img") && !html.contains("<b>"), "{html}");
    let text = text_of(&html);
    for piece in [
        "<b>标题</b> & \"引号\"",
        "一、<img src=x onerror=alert(1)>",
        "正文 &lt; 'single'。",
    ] {
        assert!(text.contains(piece), "{piece:?} in {text:?}");
    }
}

#[test]
fn the_sample_page_holds_every_character_of_the_speech_in_order() {
    let doc = parse(docview::sample::TEXT.to_string());
    let title = doc
        .title()
        .unwrap_or_else(|| docview::sample::TITLE.to_string());
    let html = page(&doc, &title);
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    // The page's heading first; in the text itself (after the outline), every character of the
    // speech in order (with the reading aids between them).
    assert!(squeeze(&text_of(&html)).starts_with(&squeeze(&title)));
    let main = &html[html.find("<main").expect("the document's text")..];
    let shown = squeeze(&text_of(main));
    let speech = squeeze(docview::sample::TEXT);
    let mut rest = shown.as_str();
    let body = speech.as_str();
    for c in body.chars() {
        let at = rest.find(c).unwrap_or_else(|| {
            panic!(
                "{c:?} missing after {:?}",
                &shown[..shown.len() - rest.len()]
            )
        });
        rest = &rest[at + c.len_utf8()..];
    }
    let sections = doc.sections_in_order();
    assert_eq!(
        main.matches(r#"<details class="section""#).count(),
        sections.len()
    );
    for section in sections {
        let id = &section.heading.id;
        assert!(
            main.contains(&format!(r#"<details class="section" id="{id}" open>"#)),
            "{id}"
        );
        assert!(
            html.contains(&format!(r##"<a href="#{id}">"##)),
            "the outline's entry for {id}"
        );
    }
    assert_eq!(
        main.matches(r#"<strong class="key-point""#).count(),
        doc.key_points.len()
    );
}

#[test]
fn the_bar_holds_the_readers_filter_field_as_described_in_both_languages_without_the_apps_ids() {
    use docview::markup::{filter_field, Markup, READER_FILTER};
    /// The description's elements and attribute names, in order.
    #[derive(Default)]
    struct Outline(Vec<String>);
    impl Markup for Outline {
        fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
            let names: Vec<&str> = attributes.iter().map(|(n, _)| *n).collect();
            self.0.push(format!("{tag} {}", names.join(" ")));
        }
        fn text(&mut self, text: &str) {
            self.0.push(format!("text {text}"));
        }
        fn close(&mut self) {}
    }
    let mut field = Outline::default();
    filter_field(&READER_FILTER, &mut field);
    assert_eq!(
        field.0,
        [
            "div class",
            "label ",
            "svg class viewBox aria-hidden",
            "path d",
            "span class",
            "span class",
            "span lang",
            "text 筛选",
            "span lang",
            "text Filter",
            "input type autocomplete",
            "output data-testid",
        ]
    );
    let doc = parse(docview::sample::TEXT.to_string());
    let html = page(&doc, docview::sample::TITLE);
    let start = html
        .find(r#"<div class="filter-field">"#)
        .expect("the field");
    let field = &html[start..start + html[start..].find("</div>").unwrap()];
    assert!(field.contains(r#"<input type="search" autocomplete="off"><output></output>"#));
    assert_eq!(text_of(field), "筛选Filter");
    // The app's field is on the page with it until the app has started: no id twice.
    for id in [READER_FILTER.id, READER_FILTER.described_by.unwrap()] {
        assert!(!html.contains(&format!(r#"id="{id}""#)), "{id}");
        assert!(!html.contains(&format!(r#"for="{id}""#)), "{id}");
    }
}
