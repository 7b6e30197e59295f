use super::print_preview::PreviewOpen;
use super::print_settings::{BodySize, Layout, Paper, PrintSettings};
use leptos::prelude::*;

/// The print options, beside the print button: what to print, the layout, paper, body size and
/// the extras. Remembered in this browser.
#[component]
pub fn PrintPanel() -> impl IntoView {
    let settings = expect_context::<RwSignal<PrintSettings>>();
    let PreviewOpen(preview) = expect_context::<PreviewOpen>();
    let get = move |f: fn(&PrintSettings) -> bool| move || settings.with(f);
    let set = move |f: fn(&mut PrintSettings, bool)| move |ev| settings.update(|s| f(s, event_target_checked(&ev)));

    view! {
        <details class="print-panel no-print" data-testid="print-panel">
            <summary>"打印设置"</summary>
            <fieldset>
                <legend>"打印内容"</legend>
                <label><input type="radio" name="print-scope" data-testid="print-whole" prop:checked=move || !settings.with(|s| s.on_screen)
                    on:change=move |_| settings.update(|s| s.on_screen = false) />"全文"</label>
                <label><input type="radio" name="print-scope" data-testid="print-on-screen" prop:checked=get(|s| s.on_screen)
                    on:change=move |_| settings.update(|s| s.on_screen = true) />"屏幕上显示的内容"</label>
                <label><input type="checkbox" data-testid="print-highlights" prop:checked=get(|s| s.highlights)
                    prop:disabled=move || !settings.with(|s| s.on_screen) on:change=set(|s, on| s.highlights = on) />"保留高亮"</label>
            </fieldset>
            {choice("版式", "print-layout", &[("auto", "自动（中文用公文）"), ("official", "公文（GB/T 9704）"), ("handout", "讲义")],
                |s| s.layout.code(), |s, code| s.layout = Layout::from_code(code).unwrap_or(s.layout))}
            {choice("纸张", "print-paper", &[("a4", "A4"), ("a5", "A5"), ("letter", "Letter")],
                |s| s.paper.code(), |s, code| s.paper = Paper::from_code(code).unwrap_or(s.paper))}
            {choice("正文字号", "print-body", &[("16", "三号"), ("14", "四号"), ("12", "小四")],
                |s| s.body.code(), |s, code| s.body = BodySize::from_code(code).unwrap_or(s.body))}
            <label><input type="checkbox" data-testid="print-outline" prop:checked=get(|s| s.outline) on:change=set(|s, on| s.outline = on) />"目录页"</label>
            <label><input type="checkbox" data-testid="print-header" prop:checked=get(|s| s.header) on:change=set(|s, on| s.header = on) />"页眉（标题和日期）"</label>
            <label><input type="checkbox" data-testid="print-numbers" prop:checked=get(|s| s.numbers) on:change=set(|s, on| s.numbers = on) />"段落编号"</label>
            <button type="button" data-testid="print-preview-open" on:click=move |_| preview.set(true)>"打印预览"</button>
        </details>
    }
}

/// A drop-down list for one setting: `options` as (code, label); `current` reads the code from
/// the settings, `apply` writes one into them.
fn choice(
    label: &'static str,
    test_id: &'static str,
    options: &'static [(&'static str, &'static str)],
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
                    .map(|&(code, text)| view! { <option value=code selected=move || settings.with(current) == code>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
