//! The reader's print choices, remembered in this browser (localStorage).

use crate::ui::browser::storage;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// As the document's language suggests: Chinese prints as an official document.
    Auto,
    /// GB/T 9704: 公文.
    Official,
    Handout,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    A5,
    Letter,
}

/// Body text size, by its Chinese type-size name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodySize {
    /// 三号, 16 pt (GB/T 9704).
    San,
    /// 四号, 14 pt.
    Si,
    /// 小四, 12 pt.
    XiaoSi,
}

/// Each choice as the short code the panel and the saved settings use.
macro_rules! codes {
    ($name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        impl $name {
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
codes!(Layout { Auto = "auto", Official = "official", Handout = "handout" });
codes!(Paper { A4 = "a4", A5 = "a5", Letter = "letter" });
codes!(BodySize { San = "16", Si = "14", XiaoSi = "12" });

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintSettings {
    pub layout: Layout,
    pub paper: Paper,
    pub body: BodySize,
    /// Print what is on screen (folded sections left out, the filter applied) instead of the
    /// whole document.
    pub on_screen: bool,
    /// Keep the filter's highlights on paper (with `on_screen`).
    pub highlights: bool,
    /// An outline (目录) before the text.
    pub outline: bool,
    /// The title and the date at the top of every page.
    pub header: bool,
    /// Paragraph numbers in the margin, for reference in meetings.
    pub numbers: bool,
}

impl Default for PrintSettings {
    fn default() -> Self {
        PrintSettings {
            layout: Layout::Auto,
            paper: Paper::A4,
            body: BodySize::San,
            on_screen: false,
            highlights: false,
            outline: false,
            header: false,
            numbers: false,
        }
    }
}

use crate::browser_storage::PRINT as KEY;

impl PrintSettings {
    /// The settings saved in this browser, or the defaults.
    pub fn load() -> Self {
        storage::get(KEY)
            .map(|text| Self::decode(&text))
            .unwrap_or_default()
    }

    /// Saves the settings; a browser that refuses (private mode, quota) keeps them for the page.
    pub fn save(&self) {
        storage::set(KEY, &self.encode());
    }

    fn encode(&self) -> String {
        let flag = |b: bool| if b { "1" } else { "0" };
        format!(
            "layout={};paper={};body={};on-screen={};highlights={};outline={};header={};numbers={}",
            self.layout.code(),
            self.paper.code(),
            self.body.code(),
            flag(self.on_screen),
            flag(self.highlights),
            flag(self.outline),
            flag(self.header),
            flag(self.numbers)
        )
    }

    /// Reads what [`Self::encode`] wrote; what it does not know keeps its default.
    fn decode(text: &str) -> Self {
        let mut s = PrintSettings::default();
        for (key, value) in text.split(';').filter_map(|pair| pair.split_once('=')) {
            let on = value == "1";
            match key {
                "layout" => s.layout = Layout::from_code(value).unwrap_or(s.layout),
                "paper" => s.paper = Paper::from_code(value).unwrap_or(s.paper),
                "body" => s.body = BodySize::from_code(value).unwrap_or(s.body),
                "on-screen" => s.on_screen = on,
                "highlights" => s.highlights = on,
                "outline" => s.outline = on,
                "header" => s.header = on,
                "numbers" => s.numbers = on,
                _ => {}
            }
        }
        s
    }
}

/// The settings for the page, saved whenever they change.
pub fn provide_print_settings() -> RwSignal<PrintSettings> {
    let settings = RwSignal::new(PrintSettings::load());
    Effect::new(move |previous: Option<()>| {
        let s = settings.get();
        if previous.is_some() {
            s.save();
        }
    });
    provide_context(settings);
    settings
}
