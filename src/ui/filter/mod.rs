//! The keyword filter: its box and status, the query in the page's address, the result shown on
//! the document (counts, what is hidden, highlights), the map of where the matches are and moving
//! from match to match.

pub mod display;
pub mod filter_box;
pub mod filter_field;
mod mark_placement;
pub mod match_highlights;
pub mod match_map;
pub mod match_navigation;
pub mod query_url;
pub mod rendered_parts;
