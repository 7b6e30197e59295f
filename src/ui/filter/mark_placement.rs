//! The match map's marks placed on its strip, in pixels: regions of the document
//! (`search::match_map`) too close to be told apart at the strip's size become one mark. Plain
//! Rust, tested natively (tests/search.rs includes this file).

use crate::search::MapMark;

/// A mark placed on a strip `height` pixels tall: regions too close to be told apart at that
/// size are one mark, which goes to the first of them.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    pub top: f64,
    pub height: f64,
    pub count: usize,
    pub first: usize,
    /// The first region's section (`None`: the opening or the closing).
    pub section: Option<usize>,
}

/// Places `marks` on a strip of `height` pixels, each at least `min` pixels tall (a touch
/// target on a touch screen), none overlapping the one before.
pub fn place_marks(marks: &[MapMark], height: f64, min: f64) -> Vec<PlacedMark> {
    let mut placed: Vec<PlacedMark> = Vec::new();
    for mark in marks {
        // Kept on the strip: a region at the very end is drawn `min` above the bottom.
        let top = (mark.from * height).floor().min((height - min).max(0.0));
        let end = (mark.to * height).ceil().min(height);
        match placed.last_mut() {
            Some(last) if top < last.top + last.height => {
                last.count += mark.count;
                last.height = last.height.max(end - last.top);
            }
            _ => {
                placed.push(PlacedMark {
                    top,
                    height: end.max(top + min) - top,
                    count: mark.count,
                    first: mark.first,
                    section: mark.section,
                });
            }
        }
    }
    placed
}
