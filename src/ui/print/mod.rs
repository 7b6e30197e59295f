//! Printing: the settings and their panel, the page rules they write, the preview, the
//! contents page, and the whole document opened for paper.

pub mod contents_page;
pub mod page_style;
pub mod panel;
pub mod preview;
pub mod settings;
pub mod whole_document;
