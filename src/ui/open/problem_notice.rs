use crate::parse::parse_lines_as_they_are;
use crate::ui::language::{language, tr};
use crate::ui::open::current_document::{CurrentDocument, Loading};
use leptos::prelude::*;
use std::sync::Arc;

/// Why the last file could not be opened, until the reader dismisses it or opens another;
/// which document is being fetched, while it is; and that a wrapped text's lines were joined
/// into its paragraphs, with a way to see them as they were.
#[component]
pub fn ProblemNotice() -> impl IntoView {
    let current = expect_context::<CurrentDocument>();
    let language = language();
    let loading = move || {
        let Loading {
            name,
            received,
            total,
        } = current.loading.get()?;
        let amount = match total {
            Some(total) if total > 0 => {
                format!(" {} / {} MB", megabytes(received), megabytes(total))
            }
            _ if received > 0 => format!(" {} MB", megabytes(received)),
            _ => String::new(),
        };
        Some(language.get().pick(
            format!("正在载入“{name}”……{amount}"),
            format!("Loading “{name}”…{amount}"),
        ))
    };
    let fraction = move || {
        current
            .loading
            .with(|l| l.as_ref().and_then(|l| Some((l.received, l.total?))))
    };
    view! {
        <p class="loading no-print" role="status" data-testid="loading" hidden=move || current.loading.with(Option::is_none)>
            {loading}
            " "
            <progress
                data-testid="loading-progress"
                max=move || fraction().map_or(1, |(_, total)| total.max(1)).to_string()
                value=move || fraction().map(|(received, _)| received.to_string())
                aria-label=tr("载入进度", "Loading progress")
            ></progress>
        </p>
        <Show when=move || current.doc.with(|d| d.rebuilt().is_some())>
            <p class="loading no-print" role="status" data-testid="rebuilt">
                {move || current.doc.with(|d| d.rebuilt()).map(|(lines, paragraphs)| language.get().pick(
                    format!("这是按页面宽度断行的文本：已将 {lines} 行合并为 {paragraphs} 段。"),
                    format!("This text was broken at a page's width: {lines} lines were joined into {paragraphs} paragraphs."),
                ))}
                " "
                <button type="button" data-testid="lines-as-they-are" on:click=move |_| {
                    let source = current.doc.with_untracked(|d| d.source.clone());
                    current.doc.set(Arc::new(parse_lines_as_they_are(source)));
                }>{tr("显示原来的行", "Show the lines as they were")}</button>
            </p>
        </Show>
        <Show when=move || current.problem.with(Option::is_some)>
            <p class="problem no-print" role="alert" data-testid="problem">
                {move || current.problem.with(|p| p.as_ref().map(|p| p.get(language.get()).to_string()))}
                <button type="button" on:click=move |_| current.problem.set(None)>{tr("知道了", "Dismiss")}</button>
            </p>
        </Show>
    }
}

/// Bytes as megabytes with one decimal, in integers (float formatting costs 9 KB of wasm).
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}
