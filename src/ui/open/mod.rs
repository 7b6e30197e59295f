//! Opening a document: from a file, a drop or paste, a `?doc=` link or the recent list; what
//! is open now, where it came from, and why a file could not be opened.

pub mod browser_platform;
pub mod current_document;
pub mod doc_param;
pub mod drop_and_paste;
pub mod file_opener;
pub mod problem_notice;
pub mod recent_menu;
pub mod recent_store;
pub mod saved_page;
pub mod source_notice;
