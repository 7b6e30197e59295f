//! The page: Leptos components that show the document model and pass the reader's
//! intent back. One component per file.

mod app;
mod clipboard;
mod copy_link;
mod current_document;
mod deep_links;
mod doc_param;
mod document_text;
mod drop_and_paste;
mod export_menu;
mod file_opener;
mod fold_memory;
mod filter_box;
mod filter_views;
mod generated_style;
mod keyboard;
mod language;
mod language_switch;
mod match_highlights;
mod match_navigation;
mod offline;
mod outline;
mod passage;
mod print;
mod print_outline;
mod print_panel;
mod print_preview;
mod print_settings;
mod print_style;
mod problem_notice;
mod query_url;
mod reader;
mod reading_length;
mod recent_documents;
mod recent_list;
mod rendered_sections;
mod section_view;
mod selection_style;
mod shortcuts_help;
mod state;
mod text_decoder;
mod theme_switch;
mod timing;
mod title_editor;
mod toolbar;

pub use app::App;
