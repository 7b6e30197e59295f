use crate::ui::language::{language, tr};
use crate::ui::open::current_document::{CurrentDocument, Loading};
use leptos::prelude::*;

/// Why the last file could not be opened, until the reader dismisses it or opens another; and
/// which document is being fetched, while it is.
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
