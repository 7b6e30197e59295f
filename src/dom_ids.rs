//! Every id the page gives an element, in one place. The document's own anchors (a section's
//! `s2-1`, a key point's `s2-1k3`) come from the parser (`parse::tree`); the ids here are the
//! page's, and none of them can collide with those (they never start with `s` and a digit).

/// The build's prerendered page (`prerender`), removed when the app mounts.
pub const PRERENDERED_ID: &str = "prerendered";
/// The outline, which the outline's toggle button controls.
pub const OUTLINE_ID: &str = "outline";
/// The drafters' check's list of problems (`ui::check`), which its button controls.
pub const CHECK_PANEL_ID: &str = "check-panel";
/// The menu with the secondary actions (`ui::controls::main_menu`).
pub const MAIN_MENU_ID: &str = "main-menu";
/// The filter's text field, and its help text.
pub const FILTER_INPUT_ID: &str = "filter-input";
pub const FILTER_HELP_ID: &str = "filter-help";
/// The label all the copy-link buttons share.
pub const COPY_LINK_LABEL_ID: &str = "copy-link-label";
/// Part `n` of the document's text is `part-n`; its entries in the outline, `outline-part-n`.
pub const PART_ID: &str = "part-";
pub const OUTLINE_PART_ID: &str = "outline-part-";

/// The id of the element holding unit `index`'s text (a passage or a heading).
pub fn unit_id(index: usize) -> String {
    UnitId(index).to_string()
}

/// [`unit_id`] as a `Display`, to write into a longer text without a `String` of its own.
pub struct UnitId(pub usize);

impl std::fmt::Display for UnitId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "u{}", self.0)
    }
}

/// The id of the outline entry of the section whose id is `section`.
pub fn outline_entry_id(section: &str) -> String {
    OutlineEntryId(section).to_string()
}

/// [`outline_entry_id`], written where it is needed.
pub struct OutlineEntryId<'a>(pub &'a str);

impl std::fmt::Display for OutlineEntryId<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "o-{}", self.0)
    }
}

/// Row `n` of a comparison (`ui::compare`), by its index among the comparison's rows.
pub fn compare_row_id(n: usize) -> String {
    format!("c{n}")
}
/// The filter's field in a comparison.
pub const COMPARE_FILTER_ID: &str = "compare-filter";
