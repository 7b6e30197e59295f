use crate::icons;
use crate::ui::controls::icon::Icon;
use crate::ui::language::tr;
use leptos::prelude::*;

/// The document's title as a heading, which the reader can rename for the page and the handout.
#[component]
pub fn TitleEditor(title: RwSignal<String>) -> impl IntoView {
    let (editing, set_editing) = signal(false);
    // On a phone a long title shows two lines; a tap shows all of it.
    let whole = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let start = move |_| {
        draft.set(title.get_untracked());
        set_editing.set(true);
    };
    let commit = move || {
        let text = draft.get_untracked().trim().to_string();
        if !text.is_empty() {
            title.set(text);
        }
        set_editing.set(false);
    };

    view! {
        <Show
            when=move || editing.get()
            fallback=move || view! {
                <h1 class="doc-title" data-testid="title" class:whole=move || whole.get()
                    on:click=move |_| whole.update(|w| *w = !*w)>{move || title.get()}</h1>
                <button type="button" class="edit-title no-print" aria-label=tr("改标题", "Rename") title=tr("改标题", "Rename") on:click=start>
                    <Icon path=icons::EDIT />
                </button>
            }
        >
            <input
                class="title-input no-print"
                aria-label=tr("文档标题", "Document title")
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:blur=move |_| commit()
                on:keydown=move |ev| match ev.key().as_str() {
                    "Enter" => commit(),
                    "Escape" => set_editing.set(false),
                    _ => {}
                }
                autofocus
            />
        </Show>
    }
}
