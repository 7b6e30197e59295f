//! The sections' ids (`s2-1`) in reading order, and the way back from an id to a section's
//! index: for links (the sections around a link's target unfolded), the folds (a section's
//! `toggle` event) and the reading position (the outline's entry of the section being read).

use crate::model::Document;
use std::collections::HashMap;

pub struct SectionIds {
    ids: Vec<String>,
    index: HashMap<String, usize>,
}

impl SectionIds {
    pub fn new(doc: &Document) -> Self {
        let ids: Vec<String> = doc
            .sections_in_order()
            .iter()
            .map(|s| s.heading.id.clone())
            .collect();
        let index = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        SectionIds { ids, index }
    }

    /// The reading-order index of the section with id `id`.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn id(&self, index: usize) -> &str {
        &self.ids[index]
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }
}
