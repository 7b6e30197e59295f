//! The filter's result written on the document: the writes `search::FilterView` works out,
//! applied to the DOM, the parts left for later a slice of time at a time.

use crate::markup::Mark;
use crate::model::Document;
use crate::search::{FilterView, Matches, Rendered, ViewInput, Write};
use crate::ui::browser::listener::{listen_on_window, Phase};
use crate::ui::browser::timing;
use crate::ui::document::nodes::DocumentNodes;
use crate::ui::filter::match_highlights::MatchHighlights;
use crate::ui::filter::rendered_parts::{self, RenderedParts};
use crate::ui::state::ReaderState;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// How long one task writes what was left for later.
const SLICE_MS: f64 = 8.0;
/// The class of what the query leaves out (style/screen.css hides it while filtering).
const LEFT_OUT: &str = "filtered-out";

/// The filter's result on the open document.
#[derive(Clone, Copy)]
pub struct FilterShown {
    display: StoredValue<FilterDisplay, LocalStorage>,
    nodes: StoredValue<DocumentNodes, LocalStorage>,
    matches: Memo<Matches>,
    doc: StoredValue<Arc<Document>>,
}

/// Shows the filter's result on the document as it is built and at every query.
pub fn show_filter_on_document(state: ReaderState) -> FilterShown {
    let doc = state.doc.get_value();
    let shown = FilterShown {
        display: StoredValue::new_local(FilterDisplay::new(&doc, &state.part_spans())),
        nodes: state.nodes,
        matches: state.matches,
        doc: state.doc,
    };
    listen_on_window(rendered_parts::EVENT, Phase::Capture, move |event| {
        if shown.display.try_update_value(|d| d.rendered.record(event)) == Some(true) {
            shown.write_pending(0.0);
        }
    });
    // Again when a part is built: it shows the result as it arrives.
    Effect::new(move |_| {
        let dim = state.filter.sentences_only.get();
        let _ = state.built.get();
        state.matches.with(|m| {
            shown.display.update_value(|d| {
                shown
                    .nodes
                    .with_value(|nodes| d.update(&doc, m, dim, nodes))
            })
        });
        // After the frame that shows the keystroke's result.
        request_animation_frame(move || {
            set_timeout(move || shown.write_pending(SLICE_MS), Duration::ZERO)
        });
    });
    shown
}

impl FilterShown {
    /// Writes what was left for later, the parts on screen first, for `slice_ms` at most, and
    /// comes back for the rest in another task.
    fn write_pending(self, slice_ms: f64) {
        let Some(now) = window().performance().map(|p| p.now()) else {
            return;
        };
        let Some(doc) = self.doc.try_get_value() else {
            return;
        };
        let more = self.matches.try_with_untracked(|m| {
            self.display.try_update_value(|d| {
                self.nodes
                    .with_value(|nodes| d.write_pending(&doc, m, nodes, now + slice_ms))
            })
        });
        match more.flatten() {
            Some(true) => set_timeout(move || self.write_pending(SLICE_MS), Duration::ZERO),
            Some(false) => timing::highlights_painted(),
            None => {}
        }
    }

    /// Marks the `index`-th match of `m` as the current one (or none); its range, to scroll to.
    pub fn set_current(self, m: &Matches, index: Option<usize>) -> Option<web_sys::Range> {
        let doc = self.doc.try_get_value()?;
        self.display
            .try_update_value(|d| {
                self.nodes
                    .with_value(|nodes| d.set_current(&doc, m, index, nodes))
            })
            .flatten()
    }
}

/// The class of a part skipped until the filter's result is written there (style/screen.css).
const SETTLING: &str = "settling";

/// The view of the query and what applies it: the highlights, and where the browser renders.
struct FilterDisplay {
    view: FilterView,
    highlights: Option<MatchHighlights>,
    rendered: RenderedParts,
}

impl FilterDisplay {
    /// `parts`: the span of each part of the text.
    fn new(doc: &Document, parts: &[crate::model::Span]) -> Self {
        FilterDisplay {
            view: FilterView::new(doc, parts),
            highlights: MatchHighlights::register(),
            rendered: RenderedParts::new(parts.len()),
        }
    }

    /// Shows `m` on the parts on screen, and leaves the others for [`Self::write_pending`];
    /// `dim`: the sentences without a match are dimmed.
    fn update(&mut self, doc: &Document, m: &Matches, dim: bool, nodes: &DocumentNodes) {
        let rendered = &self.rendered;
        let first_text = (0..rendered.parts())
            .find(|&p| rendered.text(p))
            .unwrap_or(0);
        let outline = |p| rendered.outline(p);
        let exists = |at| exists(nodes, at);
        let to = ViewInput {
            doc,
            matches: m,
            exists: &exists,
        };
        let rendered = Rendered {
            first_text,
            outline: &outline,
        };
        let highlights = &mut self.highlights;
        if self
            .view
            .update(&to, dim, &rendered, &mut |w| apply(w, highlights, nodes))
        {
            timing::filter_updated();
        }
    }

    /// Writes the parts left for later, in order, until `deadline` (a `performance.now()`
    /// time); true while some are left.
    fn write_pending(
        &mut self,
        doc: &Document,
        m: &Matches,
        nodes: &DocumentNodes,
        deadline: f64,
    ) -> bool {
        let exists = |at| exists(nodes, at);
        let to = ViewInput {
            doc,
            matches: m,
            exists: &exists,
        };
        let FilterDisplay {
            view,
            highlights,
            rendered,
        } = self;
        let mut apply = |w| apply(w, highlights, nodes);
        view.rendered_outline(&to, &|p| rendered.outline(p), &mut apply);
        let clock = web_sys::window().and_then(|w| w.performance());
        while clock.as_ref().is_some_and(|c| c.now() < deadline) {
            if !view.next_pending(&to, &mut apply) {
                break;
            }
        }
        view.is_pending()
    }

    /// Marks the `index`-th match as the current one (or none); its range, to scroll to.
    fn set_current(
        &mut self,
        doc: &Document,
        m: &Matches,
        index: Option<usize>,
        nodes: &DocumentNodes,
    ) -> Option<web_sys::Range> {
        let exists = |at| exists(nodes, at);
        let to = ViewInput {
            doc,
            matches: m,
            exists: &exists,
        };
        let highlights = &mut self.highlights;
        let at = self
            .view
            .current(&to, index, &mut |w| apply(w, highlights, nodes));
        self.highlights.as_mut().and_then(|h| h.set_current(at))
    }
}

/// One write of the filter's view, on the page.
fn apply(write: Write, highlights: &mut Option<MatchHighlights>, nodes: &DocumentNodes) {
    match write {
        Write::LeftOut(at, out) => {
            let element = match at {
                Mark::Unit(n) => nodes.unit(n),
                Mark::Section(n) => nodes.section(n).map(|s| s.as_ref()),
                Mark::Entry(n) => nodes.entry(n),
                _ => None,
            };
            if let Some(element) = element {
                let _ = element.class_list().toggle_with_force(LEFT_OUT, out);
            }
        }
        Write::Count {
            at: Mark::SectionBadge(n),
            count,
            before,
        } => nodes.show_badge(n, count, before),
        Write::Count {
            at: Mark::EntryBadge(n),
            count,
            ..
        } => nodes.show_entry_badge(n, count),
        Write::Count { .. } => {}
        Write::Paint(units) => {
            if let Some(h) = highlights {
                h.paint(units, |u| nodes.unit(u).cloned());
            }
        }
        Write::Settling(part, on) => {
            if let Some(element) = nodes.part(part) {
                let _ = element.class_list().toggle_with_force(SETTLING, on);
            }
        }
        Write::ClearHighlights => {
            if let Some(h) = highlights {
                h.clear();
            }
        }
        Write::ShowDimmed(show) => {
            if let Some(h) = highlights {
                h.show_dimmed(show);
            }
        }
    }
}

/// Whether the element marked `at` is on the page.
fn exists(nodes: &DocumentNodes, at: Mark) -> bool {
    match at {
        Mark::Part(n) => nodes.part(n).is_some(),
        Mark::Unit(n) => nodes.unit(n).is_some(),
        Mark::Section(n) => nodes.section(n).is_some(),
        Mark::Entry(n) => nodes.entry(n).is_some(),
        // Written through the section's and the entry's badges, when there.
        Mark::SectionBadge(_) | Mark::EntryBadge(_) => true,
    }
}
