//! 讲稿模式, the speaker view: the speech alone in large type for the person at the lectern, the
//! paragraph under the reading line marked, moved through with the keys a presentation remote or
//! a foot pedal sends, a tap or a click; an optional auto-scroll; the time since they began and
//! the time left at their own pace; the screen kept on; the text mirrored for teleprompter glass.
//! The same page as the reader, restyled (style/screen.css, `.speaker-view`): the folds stay.

pub mod audience;
mod clock;
mod controls;
pub mod reading_line;

pub use controls::SpeakerControls;

use crate::ui::browser::screen::{self, WakeLock};
use crate::ui::browser::storage;
use crate::ui::browser::typing::typing_in_a_field;
use crate::ui::state::ReaderState;
use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use leptos::prelude::*;
use reading_line::{at_line, bring_to_line, mark, steps};
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The reader's choices, kept on this device.
const SIZE_KEY: &str = "docview.speaker-size";
const LIGHT_KEY: &str = "docview.speaker-light";
/// Type sizes, px: about 28 to 72 on a tablet.
const SIZES: std::ops::RangeInclusive<u32> = 24..=80;
const SIZE_STEP: u32 = 4;
const DEFAULT_SIZE: u32 = 36;
const PHONE_SIZE: u32 = 28;
/// Auto-scroll speeds, 字 a minute.
const SPEEDS: std::ops::RangeInclusive<u32> = 60..=600;
const SPEED_STEP: u32 = 10;

/// The root's classes (style/screen.css).
const VIEW: &str = "speaker-view";
const LIGHT: &str = "speaker-light";
const MIRROR: &str = "speaker-mirror";
/// Scrolling without smoothing: auto-scroll's small steps, and the jump on entering.
const INSTANT: &str = "speaker-instant";

#[derive(Clone, Copy)]
pub struct Speaker {
    pub on: RwSignal<bool>,
    size: RwSignal<u32>,
    light: RwSignal<bool>,
    mirror: RwSignal<bool>,
    rolling: RwSignal<bool>,
    speed: RwSignal<u32>,
    /// `performance.now()` when the timer started, and now (a tick a second).
    started: RwSignal<f64>,
    now: RwSignal<f64>,
    /// Characters read (before the current step) and in all.
    read: RwSignal<usize>,
    total: RwSignal<usize>,
    section: RwSignal<String>,
    /// Whether the screen is kept on: unknown until asked.
    awake: RwSignal<Option<bool>>,
    view: StoredValue<View, LocalStorage>,
}

/// What the view holds while it is on.
#[derive(Default)]
struct View {
    steps: Vec<Element>,
    /// Characters before each step.
    before: Vec<usize>,
    current: Option<usize>,
    /// The step a move by key is going to, while the page scrolls there.
    aim: Option<usize>,
    wake_lock: Option<WakeLock>,
    ticking: Option<IntervalHandle>,
    /// Tells the audience's window, if one is open, where the speaker is.
    announcer: Option<audience::Announcer>,
    listeners: Vec<EventListener>,
}

impl Speaker {
    pub fn new() -> Self {
        let size = storage::get(SIZE_KEY)
            .and_then(|s| s.parse().ok())
            .filter(|s| SIZES.contains(s))
            .unwrap_or_else(default_size);
        Speaker {
            on: RwSignal::new(false),
            size: RwSignal::new(size),
            light: RwSignal::new(storage::get(LIGHT_KEY).is_some()),
            mirror: RwSignal::new(false),
            rolling: RwSignal::new(false),
            speed: RwSignal::new(clock::USUAL_PACE as u32),
            started: RwSignal::new(0.0),
            now: RwSignal::new(0.0),
            read: RwSignal::new(0),
            total: RwSignal::new(0),
            section: RwSignal::new(String::new()),
            awake: RwSignal::new(None),
            view: StoredValue::new_local(View::default()),
        }
    }

    /// Opens the view at the paragraph the reader is at; `gesture`: the reader's own click or
    /// key, which lets the page go full screen.
    pub fn enter(self, state: ReaderState, gesture: bool) {
        if self.on.get_untracked() {
            return;
        }
        let here = {
            let before = steps();
            at_line(&before).and_then(|i| before.get(i).cloned())
        };
        state.filter.sentences_only.set(false);
        self.on.set(true);
        self.apply_classes();
        if gesture {
            screen::enter_full_screen();
        }
        self.rebuild_steps();
        if let Some(here) = here {
            self.keep_at_line(here);
        }
        let now = performance_now();
        self.started.set(now);
        self.now.set(now);
        self.listen();
        self.update_current();
        leptos::task::spawn_local(async move {
            let lock = screen::keep_screen_on().await;
            self.awake.try_set(Some(lock.is_some()));
            match lock {
                // Left before the lock came.
                Some(lock) if !self.on.get_untracked() => screen::release(lock),
                lock => self.view.update_value(|v| v.wake_lock = lock),
            }
        });
    }

    /// Back to the reader, at the paragraph the speaker was at.
    pub fn leave(self) {
        if !self.on.get_untracked() {
            return;
        }
        let here = self
            .view
            .with_value(|v| v.current.and_then(|i| v.steps.get(i).cloned()));
        self.rolling.set(false);
        self.on.set(false);
        let (lock, ticking) = self
            .view
            .try_update_value(|v| {
                mark(v.current.and_then(|i| v.steps.get(i)), None);
                v.listeners.clear();
                (v.wake_lock.take(), v.ticking.take())
            })
            .unwrap_or((None, None));
        if let Some(lock) = lock {
            screen::release(lock);
        }
        if let Some(ticking) = ticking {
            ticking.clear();
        }
        self.view.set_value(View::default());
        screen::leave_full_screen();
        self.apply_classes();
        if let Some(here) = here {
            self.jump_to(&here);
        }
    }

    fn apply_classes(self) {
        let Some(root) = document().document_element() else {
            return;
        };
        let on = self.on.get_untracked();
        let list = root.class_list();
        let _ = list.toggle_with_force(VIEW, on);
        let _ = list.toggle_with_force(LIGHT, on && self.light.get_untracked());
        let _ = list.toggle_with_force(MIRROR, on && self.mirror.get_untracked());
        if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
            let _ = root.style().set_property(
                "--speaker-size",
                &format!("{}px", self.size.get_untracked()),
            );
        }
    }

    /// The steps shown now, and the characters before each.
    fn rebuild_steps(self) {
        let steps = steps();
        let mut before = Vec::with_capacity(steps.len() + 1);
        let mut sum = 0;
        for step in &steps {
            before.push(sum);
            sum += reading_line::chars(step);
        }
        self.total.set(sum);
        self.view.update_value(|v| {
            mark(v.current.and_then(|i| v.steps.get(i)), None);
            v.steps = steps;
            v.before = before;
            v.current = None;
            v.aim = None;
        });
    }

    /// `step` at the line at once, not smoothly.
    fn jump_to(self, step: &Element) {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = root.class_list().add_1(INSTANT);
        bring_to_line(step);
        let _ = root.class_list().remove_1(INSTANT);
    }

    /// `step` at the line now, and the step the speaker is at again once the large type's
    /// fonts have loaded (the text grows or shrinks then).
    fn keep_at_line(self, step: Element) {
        self.jump_to(&step);
        let Ok(fonts) = web_sys::js_sys::Reflect::get(&document(), &"fonts".into()) else {
            return;
        };
        let Ok(ready) = web_sys::js_sys::Reflect::get(&fonts, &"ready".into())
            .and_then(|r| r.dyn_into::<web_sys::js_sys::Promise>())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
            request_animation_frame(move || {
                if !self.on.get_untracked() {
                    return;
                }
                // Where the speaker is by then: they may have moved on.
                let now = self
                    .view
                    .with_value(|v| v.aim.or(v.current).and_then(|i| v.steps.get(i).cloned()))
                    .unwrap_or(step);
                self.jump_to(&now);
                self.update_current();
            });
        });
    }

    /// The step under the line marked, with what the speaker has read and where.
    fn update_current(self) {
        let Some((before, step)) = self
            .view
            .try_update_value(|v| {
                let now = at_line(&v.steps);
                if now != v.current {
                    mark(
                        v.current.and_then(|i| v.steps.get(i)),
                        now.and_then(|i| v.steps.get(i)),
                    );
                    v.current = now;
                    if let (Some(announcer), Some(step)) =
                        (&v.announcer, now.and_then(|i| v.steps.get(i)))
                    {
                        announcer.announce(step);
                    }
                }
                if v.aim == now {
                    v.aim = None;
                }
                let i = now?;
                Some((v.before[i], v.steps[i].clone()))
            })
            .flatten()
        else {
            return;
        };
        self.read.set(before);
        self.section.set(reading_line::section_name(&step));
    }

    /// One step forward (1) or back (-1), to the line; auto-scroll stops.
    pub fn step(self, by: isize) {
        self.rolling.set(false);
        let target = self
            .view
            .try_update_value(|v| {
                let from = v.aim.or(v.current)?;
                let to = from
                    .checked_add_signed(by)?
                    .min(v.steps.len().checked_sub(1)?);
                v.aim = Some(to);
                Some(v.steps[to].clone())
            })
            .flatten();
        if let Some(target) = target {
            bring_to_line(&target);
        }
    }

    fn resize(self, by: i32) {
        let size = (self.size.get_untracked() as i32 + by * SIZE_STEP as i32)
            .clamp(*SIZES.start() as i32, *SIZES.end() as i32) as u32;
        self.size.set(size);
        storage::set(SIZE_KEY, &size.to_string());
        let here = self
            .view
            .with_value(|v| v.current.and_then(|i| v.steps.get(i).cloned()));
        self.apply_classes();
        if let Some(here) = here {
            self.jump_to(&here);
        }
    }

    fn toggle_light(self) {
        let light = !self.light.get_untracked();
        self.light.set(light);
        if light {
            storage::set(LIGHT_KEY, "1");
        } else {
            storage::remove(LIGHT_KEY);
        }
        self.apply_classes();
    }

    fn toggle_mirror(self) {
        self.mirror.update(|m| *m = !*m);
        self.apply_classes();
    }

    fn faster(self, by: i32) {
        let speed = (self.speed.get_untracked() as i32 + by * SPEED_STEP as i32)
            .clamp(*SPEEDS.start() as i32, *SPEEDS.end() as i32) as u32;
        self.speed.set(speed);
    }

    fn restart_clock(self) {
        let now = performance_now();
        self.started.set(now);
        self.now.set(now);
    }

    /// Auto-scroll on or off.
    fn toggle_rolling(self) {
        let on = !self.rolling.get_untracked();
        self.rolling.set(on);
        if on {
            self.roll(None, 0.0);
        }
    }

    /// One frame of auto-scroll: as far as the speed says, in this paragraph's own lines.
    fn roll(self, last: Option<f64>, carried: f64) {
        request_animation_frame(move || {
            if !self.rolling.get_untracked() || !self.on.get_untracked() {
                return;
            }
            let now = performance_now();
            let elapsed = last.map_or(0.0, |l| (now - l).min(100.0));
            let px_per_char = self
                .view
                .with_value(|v| {
                    let step = v.steps.get(v.current?)?;
                    let chars = reading_line::chars(step).max(1) as f64;
                    Some(step.get_bounding_client_rect().height() / chars)
                })
                .unwrap_or(1.0);
            let px = carried + elapsed * self.speed.get_untracked() as f64 / 60_000.0 * px_per_char;
            let whole = px.floor();
            if whole >= 1.0 {
                if let Some(root) = document().document_element() {
                    let _ = root.class_list().add_1(INSTANT);
                    window().scroll_by_with_x_and_y(0.0, whole);
                    let _ = root.class_list().remove_1(INSTANT);
                }
            }
            self.roll(Some(now), px - whole);
        });
    }

    /// The keys, clicks, scrolling and folds the view answers while it is on; a second's tick.
    fn listen(self) {
        let mut listeners = Vec::new();
        let active = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        };
        listeners.push(EventListener::new_with_options(
            &window(),
            "keydown",
            active,
            move |ev| {
                let ev: &web_sys::KeyboardEvent = ev.unchecked_ref();
                if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(ev) {
                    return;
                }
                match ev.key().as_str() {
                    " " | "PageDown" | "ArrowDown" | "ArrowRight" => self.step(1),
                    "PageUp" | "ArrowUp" | "ArrowLeft" => self.step(-1),
                    "+" | "=" => self.resize(1),
                    "-" | "_" => self.resize(-1),
                    "a" | "A" => self.toggle_rolling(),
                    // A remote's "blank screen" keys pause; its "start" restarts the clock.
                    "b" | "B" | "." => self.rolling.set(false),
                    "F5" | "t" | "T" => self.restart_clock(),
                    "]" => self.faster(1),
                    "[" => self.faster(-1),
                    "m" | "M" => self.toggle_mirror(),
                    "l" | "L" => self.toggle_light(),
                    "Escape" => self.leave(),
                    _ => return,
                }
                ev.prevent_default();
                ev.stop_immediate_propagation();
            },
        ));
        // A tap or a click on the text: the next paragraph (a heading does not fold here).
        listeners.push(EventListener::new_with_options(
            &document(),
            "click",
            active,
            move |ev| {
                let in_text = ev
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .is_some_and(|e| e.closest("[data-testid=document]").ok().flatten().is_some());
                if in_text {
                    ev.prevent_default();
                    ev.stop_propagation();
                    self.step(1);
                }
            },
        ));
        let pending = StoredValue::new(false);
        listeners.push(EventListener::new(&window(), "scroll", move |_| {
            if pending.get_value() {
                return;
            }
            pending.set_value(true);
            request_animation_frame(move || {
                pending.set_value(false);
                if self.on.get_untracked() {
                    self.update_current();
                }
            });
        }));
        // A turned tablet or a resized window: the current paragraph stays at the line.
        listeners.push(EventListener::new(&window(), "resize", move |_| {
            // Where the speaker is going, if a step is under way (entering full screen resizes
            // the window a moment after the view opens).
            let here = self
                .view
                .with_value(|v| v.aim.or(v.current).and_then(|i| v.steps.get(i).cloned()));
            if let Some(here) = here {
                self.jump_to(&here);
            }
        }));
        // Moving by hand pauses auto-scroll.
        for event in ["wheel", "touchmove"] {
            listeners.push(EventListener::new(&window(), event, move |_| {
                self.rolling.set(false)
            }));
        }
        // A section folded or unfolded changes what there is to read.
        listeners.push(EventListener::new_with_options(
            &document(),
            "toggle",
            EventListenerOptions::run_in_capture_phase(),
            move |_| {
                if self.on.get_untracked() {
                    self.rebuild_steps();
                    self.update_current();
                }
            },
        ));
        let ticking = set_interval_with_handle(
            move || {
                self.now.try_set(performance_now());
            },
            Duration::from_secs(1),
        )
        .ok();
        self.view.update_value(|v| {
            v.listeners = listeners;
            v.ticking = ticking;
            v.announcer = audience::Announcer::new();
        });
    }
}

impl Default for Speaker {
    fn default() -> Self {
        Self::new()
    }
}

/// A phone's screen holds fewer characters a line: its type starts smaller.
fn default_size() -> u32 {
    let width = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0);
    if width < 600.0 {
        PHONE_SIZE
    } else {
        DEFAULT_SIZE
    }
}

fn performance_now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The view opened by a link (`?view=speaker`, `&mirror=1`) once the text is on the page.
pub fn open_from_link(speaker: Speaker, state: ReaderState) {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    if params.get("view").as_deref() != Some("speaker") {
        return;
    }
    if params.get("mirror").as_deref() == Some("1") {
        speaker.mirror.set(true);
    }
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        if !state.complete.get() {
            return false;
        }
        request_animation_frame(move || speaker.enter(state, false));
        true
    });
}

/// `s` opens the view from the reader.
pub fn listen_for_entry(speaker: Speaker, state: ReaderState) {
    crate::ui::browser::listener::listen_on_window_for(
        "keydown",
        move |ev: &web_sys::KeyboardEvent| {
            if speaker.on.get_untracked()
                || ev.ctrl_key()
                || ev.meta_key()
                || ev.alt_key()
                || typing_in_a_field(ev)
                || !matches!(ev.key().as_str(), "s" | "S")
            {
                return;
            }
            ev.prevent_default();
            speaker.enter(state, true);
        },
    );
    on_cleanup(move || speaker.leave());
}
