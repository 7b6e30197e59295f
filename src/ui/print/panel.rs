use crate::dom_ids::MAIN_MENU_ID;
use crate::ui::browser::popover;
use crate::ui::language::tr;
use crate::ui::print::preview::PreviewOpen;
use crate::ui::print::settings::{BodySize, Layout, Paper, PrintSettings};
use leptos::prelude::*;

/// The print options, beside the print button: what to print, the layout, paper, body size and
/// the extras. Remembered in this browser.
#[component]
pub fn PrintPanel() -> impl IntoView {
    let settings = expect_context::<RwSignal<PrintSettings>>();
    let PreviewOpen(preview) = expect_context::<PreviewOpen>();
    let get = move |f: fn(&PrintSettings) -> bool| move || settings.with(f);
    let set = move |f: fn(&mut PrintSettings, bool)| {
        move |ev| settings.update(|s| f(s, event_target_checked(&ev)))
    };

    view! {
        <details class="print-panel no-print" data-testid="print-panel">
            <summary>{tr("打印设置", "Print settings")}</summary>
            <fieldset>
                <legend>{tr("打印内容", "What to print")}</legend>
                <label><input type="radio" name="print-scope" data-testid="print-whole" prop:checked=move || !settings.with(|s| s.on_screen)
                    on:change=move |_| settings.update(|s| s.on_screen = false) />{tr("全文", "The whole document")}</label>
                <label><input type="radio" name="print-scope" data-testid="print-on-screen" prop:checked=get(|s| s.on_screen)
                    on:change=move |_| settings.update(|s| s.on_screen = true) />{tr("屏幕上显示的内容", "What is on screen")}</label>
                <label><input type="checkbox" data-testid="print-highlights" prop:checked=get(|s| s.highlights)
                    prop:disabled=move || !settings.with(|s| s.on_screen) on:change=set(|s, on| s.highlights = on) />{tr("保留高亮", "Keep the highlights")}</label>
            </fieldset>
            {choice(tr("版式", "Layout"), "print-layout", &[("auto", "自动（中文用公文）", "Automatic (official for Chinese)"), ("official", "公文（GB/T 9704）", "Official document (GB/T 9704)"), ("handout", "讲义", "Handout")],
                |s| s.layout.code(), |s, code| s.layout = Layout::from_code(code).unwrap_or(s.layout))}
            {choice(tr("纸张", "Paper"), "print-paper", &[("a4", "A4", "A4"), ("a5", "A5", "A5"), ("letter", "Letter", "Letter")],
                |s| s.paper.code(), |s, code| s.paper = Paper::from_code(code).unwrap_or(s.paper))}
            {choice(tr("正文字号", "Body text"), "print-body", &[("16", "三号", "16 pt"), ("14", "四号", "14 pt"), ("12", "小四", "12 pt")],
                |s| s.body.code(), |s, code| s.body = BodySize::from_code(code).unwrap_or(s.body))}
            <label><input type="checkbox" data-testid="print-outline" prop:checked=get(|s| s.outline) on:change=set(|s, on| s.outline = on) />{tr("目录页", "Contents page")}</label>
            <label><input type="checkbox" data-testid="print-header" prop:checked=get(|s| s.header) on:change=set(|s, on| s.header = on) />{tr("页眉（标题和日期）", "Header (title and date)")}</label>
            <label><input type="checkbox" data-testid="print-numbers" prop:checked=get(|s| s.numbers) on:change=set(|s, on| s.numbers = on) />{tr("段落编号", "Paragraph numbers")}</label>
            <button type="button" data-testid="print-preview-open" on:click=move |_| {
                popover::close(MAIN_MENU_ID);
                preview.set(true);
            }>{tr("打印预览", "Print preview")}</button>
        </details>
    }
}

/// A drop-down list for one setting: `options` as (code, Chinese label, English label);
/// `current` reads the code from the settings, `apply` writes one into them.
fn choice(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    test_id: &'static str,
    options: &'static [(&'static str, &'static str, &'static str)],
    current: fn(&PrintSettings) -> &'static str,
    apply: fn(&mut PrintSettings, &str),
) -> impl IntoView {
    let settings = expect_context::<RwSignal<PrintSettings>>();
    view! {
        <label>
            {label}" "
            <select data-testid=test_id on:change=move |ev| settings.update(|s| apply(s, &event_target_value(&ev)))>
                {options
                    .iter()
                    .map(|&(code, zh, en)| view! { <option value=code selected=move || settings.with(current) == code>{tr(zh, en)}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
