//! Word's automatic numbering turned into the number text the author saw: the numbering
//! definitions' level texts (`%1、`, `（%1）`, `%1.`, `第%1条`) filled with each level's count
//! in its format (一二三, 1 2 3, ①②③, Roman, letters).

use super::xml::{Event, Reader};
use std::collections::HashMap;

#[derive(Default, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
    suffix: String,
}

#[derive(Default)]
pub struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<u8, u32>)>,
    counts: HashMap<String, [u32; 9]>,
}

impl Numbering {
    pub fn read(xml: &str) -> Numbering {
        let mut numbering = Numbering::default();
        let (mut abstract_id, mut num_id, mut level) = (None::<String>, None::<String>, 0u8);
        let mut levels: Vec<Level> = Vec::new();
        for event in Reader::new(xml) {
            match event {
                Event::Start {
                    name, attributes, ..
                } => {
                    let value = || attributes.get("val").unwrap_or_default();
                    match name {
                        "abstractNum" => {
                            abstract_id = attributes.get("abstractNumId");
                            levels = vec![Level::default(); 9];
                        }
                        "num" => num_id = attributes.get("numId"),
                        "abstractNumId" => {
                            if let Some(id) = &num_id {
                                numbering.nums.insert(id.clone(), (value(), HashMap::new()));
                            }
                        }
                        "lvl" | "lvlOverride" => {
                            level = attributes
                                .get("ilvl")
                                .and_then(|l| l.parse().ok())
                                .unwrap_or(0)
                                .min(8)
                        }
                        "start" | "startOverride" if abstract_id.is_some() => {
                            levels[usize::from(level)].start = value().parse().unwrap_or(1)
                        }
                        "startOverride" => {
                            if let Some((_, overrides)) =
                                num_id.as_ref().and_then(|id| numbering.nums.get_mut(id))
                            {
                                overrides.insert(level, value().parse().unwrap_or(1));
                            }
                        }
                        "numFmt" if abstract_id.is_some() => {
                            levels[usize::from(level)].format = value()
                        }
                        "lvlText" if abstract_id.is_some() => {
                            levels[usize::from(level)].text = value()
                        }
                        "suff" if abstract_id.is_some() => {
                            levels[usize::from(level)].suffix = value()
                        }
                        _ => {}
                    }
                }
                Event::End {
                    name: "abstractNum",
                } => {
                    if let Some(id) = abstract_id.take() {
                        numbering.abstracts.insert(id, std::mem::take(&mut levels));
                    }
                }
                Event::End { name: "num" } => num_id = None,
                _ => {}
            }
        }
        numbering
    }

    /// The next number of list `num_id` at `level`, as text with what follows it (a space
    /// after `1.`, nothing after `一、`); `None` for a bullet or a list not defined.
    pub fn next(&mut self, num_id: &str, level: u8) -> Option<String> {
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let level = usize::from(level.min(8));
        let start = |l: usize| {
            overrides
                .get(&(l as u8))
                .copied()
                .unwrap_or(levels[l].start)
                .max(1)
        };
        let counts = self.counts.entry(num_id.to_string()).or_insert([0; 9]);
        counts[level] = if counts[level] == 0 {
            start(level)
        } else {
            counts[level] + 1
        };
        for deeper in counts.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        let this = &levels[level];
        if this.format == "bullet" || this.format == "none" || this.text.is_empty() {
            return None;
        }
        let mut text = this.text.clone();
        for (l, lvl) in levels.iter().enumerate().take(level + 1).rev() {
            let count = if counts[l] == 0 { start(l) } else { counts[l] };
            text = text.replace(&format!("%{}", l + 1), &format_number(count, &lvl.format));
        }
        let ends_in_mark = text.chars().last().is_some_and(|c| !c.is_ascii());
        match this.suffix.as_str() {
            "nothing" => {}
            "space" => text.push(' '),
            _ if ends_in_mark => {}
            _ => text.push(' '),
        }
        Some(text)
    }
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "ideographTraditional"
        | "japaneseCounting"
        | "taiwaneseCounting" => chinese(n),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => n
            .to_string()
            .chars()
            .map(|d| DIGITS[d.to_digit(10).unwrap_or(0) as usize])
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x245F + n)
                .map(String::from)
                .unwrap_or_default()
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .filter_map(|d| char::from_u32(0xFF10 + d.to_digit(10)?))
            .collect(),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperLetter" => letter(n),
        "lowerLetter" => letter(n).to_lowercase(),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

use crate::parse::numerals::write_chinese as chinese;

/// `ideographDigital`: each digit on its own, 〇 for zero.
const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, numeral) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

fn letter(n: u32) -> String {
    let c = char::from(b'A' + ((n.max(1) - 1) % 26) as u8);
    c.to_string().repeat(((n.max(1) - 1) / 26 + 1) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counting() {
        let got: Vec<String> = [1, 9, 10, 11, 20, 21, 100, 105, 110]
            .iter()
            .map(|&n| chinese(n))
            .collect();
        assert_eq!(
            got,
            [
                "一",
                "九",
                "十",
                "十一",
                "二十",
                "二十一",
                "一百",
                "一百零五",
                "一百一十"
            ]
        );
    }
}
