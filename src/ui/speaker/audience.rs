//! 观众屏, the audience's screen: a second window (for a projector) that shows the current
//! section's heading and key points large, following the speaker view in the first. The two talk
//! through a `BroadcastChannel` of the same origin: no server.

use crate::ui::document::adopt::remove_prerendered;
use crate::ui::language::tr;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::js_sys::Array;
use web_sys::{BroadcastChannel, Element, MessageEvent};

const CHANNEL: &str = "docview-speaker";
/// What the audience's window sends when it opens: the speaker's answers with where they are.
const READY: &str = "ready";

/// Whether this window is the audience's (`?view=audience`).
pub fn is_audience_window() -> bool {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("view"))
        .as_deref()
        == Some("audience")
}

/// Opens the audience's window beside this one.
pub fn open_window() {
    let location = window().location();
    let url = format!(
        "{}{}?view=audience",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let _ = window().open_with_url_and_target_and_features(&url, "docview-audience", "popup");
}

/// The speaker's side: tells the audience's window where the speaker is.
pub struct Announcer {
    channel: BroadcastChannel,
    last: std::rc::Rc<std::cell::RefCell<Array>>,
    _answer: Closure<dyn FnMut(MessageEvent)>,
}

impl Announcer {
    pub fn new() -> Option<Self> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let last = std::rc::Rc::new(std::cell::RefCell::new(Array::new()));
        let (again, to) = (last.clone(), channel.clone());
        let answer = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if ev.data().as_string().as_deref() == Some(READY) {
                let _ = to.post_message(&again.borrow());
            }
        });
        channel.set_onmessage(Some(answer.as_ref().unchecked_ref()));
        Some(Announcer {
            channel,
            last,
            _answer: answer,
        })
    }

    /// The section `step` is in: its heading and its own key points.
    pub fn announce(&self, step: &Element) {
        let section = step.closest("details.section").ok().flatten();
        let texts = Array::new();
        let heading = section
            .as_ref()
            .and_then(|s| s.query_selector(":scope > summary .heading").ok().flatten())
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        texts.push(&heading.into());
        if let Some(points) = section.and_then(|s| {
            s.query_selector_all(":scope > .section-body > p .key-point")
                .ok()
        }) {
            for i in 0..points.length() {
                if let Some(text) = points.item(i).and_then(|p| p.text_content()) {
                    texts.push(&text.into());
                }
            }
        }
        if texts.join("\n") == self.last.borrow().join("\n") {
            return;
        }
        let _ = self.channel.post_message(&texts);
        *self.last.borrow_mut() = texts;
    }
}

impl Drop for Announcer {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

/// The audience's window: the heading and key points the speaker is at.
#[component]
pub fn AudienceScreen() -> impl IntoView {
    remove_prerendered();
    let heading = RwSignal::new(String::new());
    let points = RwSignal::new(Vec::<String>::new());
    let channel = BroadcastChannel::new(CHANNEL).ok();
    let listen = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let Ok(texts) = ev.data().dyn_into::<Array>() else {
            return;
        };
        let mut texts = texts.iter().filter_map(|t| t.as_string());
        heading.set(texts.next().unwrap_or_default());
        points.set(texts.collect());
    });
    if let Some(channel) = &channel {
        channel.set_onmessage(Some(listen.as_ref().unchecked_ref()));
        let _ = channel.post_message(&READY.into());
    }
    let kept = StoredValue::new_local((channel, listen));
    on_cleanup(move || {
        if let Some((Some(channel), _)) = kept.try_update_value(|k| (k.0.take(), ())) {
            channel.close();
        }
    });
    view! {
        <main class="audience" data-testid="audience">
            <h1 data-testid="audience-heading">
                {move || match heading.get() {
                    h if h.is_empty() => tr("等待讲稿模式……", "Waiting for the speaker view…")().to_string(),
                    h => h,
                }}
            </h1>
            <ul>{move || points.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        </main>
    }
}
