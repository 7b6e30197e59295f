//! The list of problems, built as plain DOM in one pass (through `markup::Markup`, as the
//! document is): a long draft may have hundreds, and a reactive view per problem cost more
//! bytes of wasm than the whole check.

use super::Found;
use crate::check::Listed;
use crate::dom_ids::unit_id;
use crate::markup::Markup;

/// The button that lists every problem of a kind (the kind's name in it).
pub const SHOW_KIND: &str = "data-show-kind";

/// The lines of `listed`, each a problem of `found` or the number of more of a kind.
pub fn describe(found: &[&Found], listed: &[Listed], english: bool, m: &mut impl Markup) {
    m.open("ol", &[("class", "check-list")]);
    for &line in listed {
        let f = match line {
            Listed::Problem(i) => found[i],
            Listed::More { kind, count } => {
                m.open(
                    "li",
                    &[
                        ("class", "check-more"),
                        ("data-testid", "check-more"),
                        ("data-kind", kind.name()),
                    ],
                );
                m.open("button", &[("type", "button"), (SHOW_KIND, kind.name())]);
                m.text(&if english {
                    format!("{count} more of this kind ({}): show all", kind.label_en())
                } else {
                    format!("同类问题（{}）还有 {count} 处：全部显示", kind.label_zh())
                });
                m.close();
                m.close();
                continue;
            }
        };
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
