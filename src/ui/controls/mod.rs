//! The controls around the document: the title and its length, the toolbar and its menu, keyboard shortcuts
//! and their help, language and colour switches, export.

pub mod document_length;
pub mod export_menu;
pub mod icon;
pub mod keyboard;
pub mod language_switch;
pub mod main_menu;
pub mod prepared_download;
pub mod shortcuts_help;
pub mod theme_switch;
pub mod title_editor;
pub mod toolbar;
