//! The speaker view's bar: where the speaker is and how long they have been speaking, and the
//! controls a tap away (the keys do the same: see the shortcuts).

use super::{clock, Speaker};
use crate::ui::browser::screen;
use crate::ui::language::{language, tr, Language};
use leptos::prelude::*;

#[component]
pub fn SpeakerControls() -> impl IntoView {
    let speaker = expect_context::<Speaker>();
    let language = language();
    let english = move || language.get() == Language::English;
    let elapsed = move || (speaker.now.get() - speaker.started.get()) / 1000.0;
    let left = move || {
        let (read, total) = (speaker.read.get(), speaker.total.get());
        let minutes = clock::minutes_left(read, elapsed(), total.saturating_sub(read)).ceil();
        match english() {
            false => format!("约剩 {minutes} 分钟"),
            true => format!("about {minutes} min left"),
        }
    };
    let speed = move || match english() {
        false => format!("{} 字/分", speaker.speed.get()),
        true => format!("{} chars/min", speaker.speed.get()),
    };
    let awake = move || match (speaker.awake.get(), english()) {
        (Some(false), false) => "此浏览器不能保持屏幕常亮",
        (Some(false), true) => "This browser cannot keep the screen on",
        _ => "",
    };
    view! {
        <Show when=move || speaker.on.get()>
            <div class="speaker-controls no-print" data-testid="speaker-controls" role="toolbar"
                aria-label=tr("讲稿模式", "Speaker view")>
                <span class="speaker-section" data-testid="speaker-section">{move || speaker.section.get()}</span>
                <span class="speaker-time">
                    <output data-testid="speaker-elapsed">{move || clock::elapsed(elapsed())}</output>
                    " · "
                    <output data-testid="speaker-left">{left}</output>
                </span>
                <small class="speaker-awake" data-testid="speaker-awake">{awake}</small>
                <span class="speaker-buttons">
                    <button type="button" data-testid="speaker-smaller" aria-label=tr("字小一些 (-)", "Smaller type (-)") on:click=move |_| speaker.resize(-1)>"A−"</button>
                    <button type="button" data-testid="speaker-larger" aria-label=tr("字大一些 (+)", "Larger type (+)") on:click=move |_| speaker.resize(1)>"A+"</button>
                    <button type="button" data-testid="speaker-roll" aria-pressed=move || speaker.rolling.get().to_string()
                        title=tr("自动滚动 (A)", "Auto-scroll (A)") on:click=move |_| speaker.toggle_rolling()>
                        {move || if speaker.rolling.get() { "⏸" } else { "▶" }}
                    </button>
                    <button type="button" data-testid="speaker-slower" aria-label=tr("慢一些 ([)", "Slower ([)") on:click=move |_| speaker.faster(-1)>"−"</button>
                    <output class="speaker-speed" data-testid="speaker-speed">{speed}</output>
                    <button type="button" data-testid="speaker-faster" aria-label=tr("快一些 (])", "Faster (])") on:click=move |_| speaker.faster(1)>"+"</button>
                    <button type="button" data-testid="speaker-clock" title=tr("重新计时 (T)", "Restart the clock (T)") on:click=move |_| speaker.restart_clock()>"⏱"</button>
                    <button type="button" data-testid="speaker-mirror" aria-pressed=move || speaker.mirror.get().to_string()
                        title=tr("镜像 (M)", "Mirror (M)") on:click=move |_| speaker.toggle_mirror()>{tr("镜像", "Mirror")}</button>
                    <button type="button" data-testid="speaker-light" aria-pressed=move || speaker.light.get().to_string()
                        title=tr("浅色 (L)", "Light (L)") on:click=move |_| speaker.toggle_light()>{tr("浅色", "Light")}</button>
                    <button type="button" data-testid="speaker-full-screen" title=tr("全屏", "Full screen") on:click=|_| screen::enter_full_screen()>"⛶"</button>
                    <button type="button" data-testid="speaker-leave" title=tr("退出讲稿模式 (Esc)", "Leave the speaker view (Esc)") on:click=move |_| speaker.leave()>{tr("退出", "Leave")}</button>
                </span>
            </div>
        </Show>
    }
}
