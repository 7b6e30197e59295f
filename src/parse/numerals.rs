//! Reading the numbers of headings: Chinese (`十二`, `一百零一`), Roman, full-width digits.

/// The value of a Chinese numeral such as `三`, `十二`, `二十`, `一百零一`, `一千二百`.
pub fn chinese(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let (mut total, mut digit) = (0u32, None::<u32>);
    for c in s.chars() {
        match c {
            '零' | '〇' => digit = Some(0),
            '一' => digit = Some(1),
            '二' | '两' => digit = Some(2),
            '三' => digit = Some(3),
            '四' => digit = Some(4),
            '五' => digit = Some(5),
            '六' => digit = Some(6),
            '七' => digit = Some(7),
            '八' => digit = Some(8),
            '九' => digit = Some(9),
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10,
                    '百' => 100,
                    _ => 1000,
                };
                total = total.checked_add(digit.take().unwrap_or(1).checked_mul(unit)?)?;
            }
            _ => return None,
        }
    }
    total.checked_add(digit.unwrap_or(0))
}

pub const CHINESE_DIGITS: &[char] = &[
    '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千',
];

/// The value of a Roman numeral (`IV`, `xii`), up to 3999.
pub fn roman(s: &str) -> Option<u32> {
    let value = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let digits: Vec<u32> = s.chars().map(value).collect::<Option<_>>()?;
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    (1..4000).contains(&total).then_some(total as u32)
}

/// `n` written in Chinese numerals, as numbering writes it: 1 → 一, 10 → 十, 12 → 十二,
/// 20 → 二十, 105 → 一百零五 (Word's automatic numbers and the check's messages); 0 and numbers
/// from 10,000 on in digits.
pub fn write_chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 || n >= 10_000 {
        return n.to_string();
    }
    let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let units = ["千", "百", "十", ""];
    let mut out = String::new();
    let mut zero = false;
    for (i, &d) in digits.iter().enumerate() {
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // `十四`, not `一十四`, when ten is the highest unit.
        if !(i == 2 && d == 1 && out.is_empty()) {
            out.push(DIGITS[d as usize]);
        }
        out.push_str(units[i]);
    }
    out
}

/// ASCII or full-width decimal digits.
pub fn arabic(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().count() > 4 {
        return None;
    }
    s.chars().try_fold(0u32, |n, c| {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => return None,
        };
        Some(n * 10 + d)
    })
}

pub fn is_arabic_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The numeral `s` starts with, in Chinese or Arabic digits (half- or full-width): `十二` of
/// `十二条`, `１２` of `１２条`.
pub fn leading_numeral(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(CHINESE_DIGITS.contains(&c) || is_arabic_digit(c)))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// `①` … `⑳` as 1 … 20.
pub fn circled(c: char) -> Option<u32> {
    ('①'..='⑳').contains(&c).then(|| c as u32 - '①' as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        let cases = [
            ("一", 1),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("二十三", 23),
            ("一百", 100),
            ("一百零一", 101),
            ("一百一十", 110),
            ("九十", 90),
            ("一千零五", 1005),
            ("两千", 2000),
        ];
        for (s, n) in cases {
            assert_eq!(chinese(s), Some(n), "{s}");
        }
        for n in 1..=1200 {
            assert_eq!(
                chinese(&write_chinese(n)),
                Some(n),
                "{n}: {}",
                write_chinese(n)
            );
        }
        assert_eq!(write_chinese(14), "十四");
        assert_eq!(write_chinese(101), "一百零一");
        assert_eq!(write_chinese(110), "一百一十");
        assert_eq!(chinese(""), None);
        assert_eq!(chinese("一x"), None);
    }

    #[test]
    fn roman_and_arabic() {
        assert_eq!(roman("VII"), Some(7));
        assert_eq!(roman("iv"), Some(4));
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("A"), None);
        assert_eq!(arabic("１２"), Some(12));
        assert_eq!(arabic("3"), Some(3));
        assert_eq!(arabic("12345"), None);
        assert_eq!(circled('③'), Some(3));
    }
}
