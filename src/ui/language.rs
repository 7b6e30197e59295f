//! The interface language, Chinese or English: the browser's language until the reader picks
//! one, which is remembered in this browser. The document keeps its own language.

use crate::ui::browser::storage;
use leptos::prelude::*;

use crate::browser_storage::LANGUAGE as KEY;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Language {
    Chinese,
    English,
}

impl Language {
    /// `zh` in Chinese, `en` in English.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Language::Chinese => zh,
            Language::English => en,
        }
    }

    fn tag(self) -> &'static str {
        self.pick("zh-CN", "en")
    }

    /// Chinese for a browser whose first language is Chinese; English for any other.
    fn from_browser() -> Self {
        let first = window()
            .navigator()
            .language()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if first.is_empty() || first.starts_with("zh") {
            Language::Chinese
        } else {
            Language::English
        }
    }
}

#[derive(Clone, Copy)]
struct UiLanguage(RwSignal<Language>);

/// Puts the interface language in context and keeps the page's `lang` in step with it.
pub fn provide_language() {
    let saved = storage::get(KEY);
    let chosen = match saved.as_deref() {
        Some("zh-CN") => Language::Chinese,
        Some("en") => Language::English,
        _ => Language::from_browser(),
    };
    let language = RwSignal::new(chosen);
    provide_context(UiLanguage(language));
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", language.get().tag());
        }
    });
}

/// The interface language.
pub fn language() -> RwSignal<Language> {
    expect_context::<UiLanguage>().0
}

/// The reader's choice, kept for the next visit.
pub fn choose(chosen: Language) {
    language().set(chosen);
    storage::set(KEY, chosen.tag());
}

/// A fixed text of the interface, in its language as that changes.
pub fn tr(
    zh: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let language = language();
    move || language.get().pick(zh, en)
}

/// A message made at run time (a file's name in it, say), kept in both languages and shown in
/// the interface's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

impl Message {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, language: Language) -> &str {
        language.pick(&self.zh, &self.en)
    }
}
