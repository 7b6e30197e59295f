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
    // A planned length (`?plan=15`, minutes): shown, and the clock marked once it is over.
    let plan = planned_minutes();
    let over = move || plan.is_some_and(|p| elapsed() > p * 60.0);
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
                    <output data-testid="speaker-elapsed" class:speaker-over=over>{move || clock::elapsed(elapsed())}</output>
                    {plan.map(|p| format!(" / {}", clock::elapsed(p * 60.0)))}
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
                    <button type="button" data-testid="speaker-clock" title=tr("重新计时 (T)", "Restart the clock (T)") on:click=move |_| speaker.restart_clock()>{tr("计时", "Clock")}</button>
                    <button type="button" data-testid="speaker-mirror" aria-pressed=move || speaker.mirror.get().to_string()
                        title=tr("镜像 (M)", "Mirror (M)") on:click=move |_| speaker.toggle_mirror()>{tr("镜像", "Mirror")}</button>
                    <button type="button" data-testid="speaker-light" aria-pressed=move || speaker.light.get().to_string()
                        title=tr("浅色 (L)", "Light (L)") on:click=move |_| speaker.toggle_light()>{tr("浅色", "Light")}</button>
                    <button type="button" data-testid="speaker-audience" title=tr("观众屏：在第二个窗口（投影）显示当前的标题和要点", "Audience screen: the current heading and key points in a second window (a projector)")
                        on:click=|_| super::audience::open_window()>{tr("观众屏", "Audience")}</button>
                    <button type="button" data-testid="speaker-full-screen" title=tr("全屏", "Full screen") on:click=|_| screen::enter_full_screen()>{tr("全屏", "Full screen")}</button>
                    <button type="button" data-testid="speaker-leave" title=tr("退出讲稿模式 (Esc)", "Leave the speaker view (Esc)") on:click=move |_| speaker.leave()>{tr("退出", "Leave")}</button>
                </span>
            </div>
        </Show>
    }
}

/// The speech's planned length in minutes, from the link (`?plan=15`).
fn planned_minutes() -> Option<f64> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("plan")?
        .parse::<f64>()
        .ok()
        .filter(|m| *m > 0.0)
}
