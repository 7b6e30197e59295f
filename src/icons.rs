//! The interface's icons, drawn for docview on a 24-unit grid as strokes (no icon font, nothing
//! fetched): one path each, written by the app (`ui::controls::icon`) and by the prerender.

pub const OPEN: &str = "M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z";
pub const OUTLINE: &str = "M9 6h12M9 12h12M9 18h12M4 4.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4zM4 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4zM4 16.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4z";
pub const PRINT: &str = "M7 9V3h10v6M7 18H4v-7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v7h-3M7 14h10v7H7z";
pub const MORE: &str = "M5 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4zM12 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4zM19 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4z";
pub const EDIT: &str = "M4 20h4L19 9l-4-4L4 16zM13 7l4 4";
pub const SEARCH: &str = "M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM20 20l-4.8-4.8";

/// The icon as HTML, for the build's page; the same attributes as the app's.
pub fn html(path: &str) -> String {
    format!(r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="{path}"/></svg>"#)
}
pub const CHECK: &str = "M4 12.5l5 5L20 6.5";
