//! The list of problems, built as plain DOM in one pass (through `markup::Markup`, as the
//! document is): a long draft may have hundreds, and a reactive view per problem cost more
//! bytes of wasm than the whole check.

use super::Found;
use crate::dom_ids::unit_id;
use crate::markup::Markup;

pub fn describe<'a>(found: impl Iterator<Item = &'a Found>, english: bool, m: &mut impl Markup) {
    m.open("ol", &[("class", "check-list")]);
    for f in found {
        let p = &f.problem;
        m.open(
            "li",
            &[
                ("class", "check-problem"),
                ("data-testid", "check-problem"),
                ("data-kind", p.kind.name()),
            ],
        );
        m.open("a", &[("href", &format!("#{}", unit_id(f.unit)))]);
        for (class, text) in [
            ("check-place", p.place.as_str()),
            (
                "check-kind-label",
                if english {
                    p.kind.label_en()
                } else {
                    p.kind.label_zh()
                },
            ),
            (
                "check-message",
                if english {
                    p.en.as_str()
                } else {
                    p.zh.as_str()
                },
            ),
        ] {
            m.open("span", &[("class", class)]);
            m.text(text);
            m.close();
        }
        m.close();
        m.close();
    }
    m.close();
}
