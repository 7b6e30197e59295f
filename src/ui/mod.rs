//! The page: Leptos for the application around the document (controls, panels, settings,
//! messages); the document itself built from the model in bulk (`document`). One folder per
//! part of the page; `browser` holds the adapters they share.

mod app;
mod browser;
mod check;
mod compare;
mod controls;
mod document;
mod filter;
mod language;
mod open;
mod outline;
mod print;
mod reader;
mod speaker;
mod state;

pub use app::App;
pub use document::adopt::hide_app_while_prerendered;
