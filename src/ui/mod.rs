//! The page: Leptos components that show the document model and pass the reader's
//! intent back. One component per file.

mod app;
mod document_text;
mod filter_box;
mod marked_text;
mod outline;
mod passage;
mod print;
mod reader;
mod section_view;
mod state;
mod title_editor;
mod toolbar;

pub use app::App;
