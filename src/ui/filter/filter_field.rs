//! A filter's field, the reader's and a comparison's: the elements `markup::filter_field`
//! describes (and the prerendered page shows), with their ids, texts in the interface's language
//! and behaviour.

use crate::icons;
use crate::markup::{FilterField as Field, FILTER_FIELD_CLASS, VISUALLY_HIDDEN_CLASS};
use crate::ui::controls::icon::Icon;
use crate::ui::language::tr;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

#[component]
pub fn FilterField(
    field: &'static Field,
    /// Shown over the box's end.
    status: Box<dyn Fn() -> String + Send + Sync>,
    input: NodeRef<leptos::html::Input>,
    /// The box's text when it is made.
    #[prop(optional)]
    value: String,
    on_input: Box<dyn Fn(String)>,
    on_keydown: Box<dyn Fn(KeyboardEvent)>,
    /// The box's text committed (`change`).
    #[prop(optional)]
    on_change: Option<Box<dyn Fn()>>,
) -> impl IntoView {
    let [zh, en] = field.label;
    view! {
        <div class=FILTER_FIELD_CLASS>
            <label for=field.id title=tr(zh, en)>
                <Icon path=icons::SEARCH /><span class=VISUALLY_HIDDEN_CLASS>{tr(zh, en)}</span>
            </label>
            <input
                id=field.id
                data-testid=field.test_id
                type="search"
                placeholder=tr(field.placeholder[0], field.placeholder[1])
                autocomplete="off"
                aria-describedby=field.described_by
                title=field.title.map(|[zh, en]| tr(zh, en))
                node_ref=input
                prop:value=value
                on:input=move |ev| on_input(event_target_value(&ev))
                on:change=move |_| {
                    if let Some(changed) = &on_change {
                        changed();
                    }
                }
                on:keydown=on_keydown
            />
            // Over the end of the box: nothing moves when it fills.
            <output data-testid=field.status_test_id aria-live="polite">{move || status()}</output>
        </div>
    }
}
