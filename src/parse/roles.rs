//! Lines that are not headings but play a part of their own: title, document number,
//! addressee, salutation, closing words, attachment, signature and date.

/// Words that address the audience of a speech.
const VOCATIVES: [&str; 9] = [
    "同志们",
    "各位",
    "代表",
    "委员",
    "朋友们",
    "女士们",
    "先生们",
    "来宾",
    "组成人员",
];

/// The words that end the title of an official document.
const DOCUMENT_TYPES: [&str; 20] = [
    "通知", "决定", "意见", "报告", "规定", "办法", "条例", "讲话", "公告", "通报", "批复", "纪要",
    "方案", "细则", "决议", "法", "函", "命令", "公报", "规划",
];

const MAX_TITLE_CHARS: usize = 60;
const MAX_SHORT_LINE_CHARS: usize = 40;

fn chars(line: &str) -> usize {
    line.chars().count()
}

/// `chars(line) <= n` without counting the whole of a long line.
fn at_most_chars(line: &str, n: usize) -> bool {
    line.len() <= n || (line.len() <= 4 * n && chars(line) <= n)
}

fn ends_with_punctuation(line: &str) -> bool {
    line.ends_with([
        '。', '！', '？', '；', '：', '，', '、', '.', '!', '?', ';', ':', ',',
    ])
}

/// A first line with no closing punctuation names the document.
pub fn is_title(line: &str) -> bool {
    at_most_chars(line, MAX_TITLE_CHARS) && !ends_with_punctuation(line)
}

/// The second line of a title split in two: short, and ending with the kind of document.
pub fn continues_title(first: &str, second: &str) -> bool {
    let names_type = |l: &str| DOCUMENT_TYPES.iter().any(|t| l.ends_with(t));
    at_most_chars(second, MAX_SHORT_LINE_CHARS)
        && !ends_with_punctuation(second)
        && names_type(second)
        && !names_type(first)
}

/// `国办发〔2022〕35号`, `劳社部发[2008]3号`.
pub fn is_document_number(line: &str) -> bool {
    let Some(body) = line.strip_suffix('号') else {
        return false;
    };
    let Some(open) = body.find(['〔', '[', '［', '（', '(']) else {
        return false;
    };
    open > 0 && at_most_chars(line, 30) && body[open..].chars().any(|c| c.is_ascii_digit())
}

/// `各位常委会组成人员，同志们：`, `各位代表：`, `同志们！`.
pub fn is_salutation(line: &str) -> bool {
    at_most_chars(line, MAX_SHORT_LINE_CHARS)
        && line.ends_with(['：', ':', '！', '!'])
        && VOCATIVES.iter().any(|v| line.contains(v))
}

/// `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`.
pub fn is_addressee(line: &str) -> bool {
    at_most_chars(line, 80)
        && line.ends_with(['：', ':'])
        && !line.contains('。')
        && (line.contains('、') || line.starts_with('各'))
}

/// `同志们，……` after the last section opens the speaker's closing words.
pub fn opens_closing(line: &str) -> bool {
    ["同志们", "各位代表", "各位委员", "朋友们"]
        .iter()
        .any(|v| {
            line.strip_prefix(v)
                .is_some_and(|rest| rest.starts_with(['，', '！', '：', ',', '!']))
        })
}

/// `附件：…`, `附件1：…`.
pub fn is_attachment(line: &str) -> bool {
    line.strip_prefix("附件").is_some_and(|rest| {
        let rest =
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        rest.is_empty() || rest.starts_with(['：', ':'])
    })
}

/// `2022年9月7日`, `二〇二二年九月七日`.
pub fn is_date(line: &str) -> bool {
    let Some(rest) = line.strip_suffix('日') else {
        return false;
    };
    let numeral = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "〇零一二三四五六七八九十".contains(c)
            })
    };
    let Some((year, rest)) = rest.split_once('年') else {
        return false;
    };
    let Some((month, day)) = rest.split_once('月') else {
        return false;
    };
    numeral(year) && numeral(month) && numeral(day) && at_most_chars(line, 16)
}

/// The issuing body above the date at the end of a notice: a short line without punctuation.
pub fn is_signature(line: &str) -> bool {
    at_most_chars(line, 30) && !ends_with_punctuation(line) && !line.contains(['，', '。'])
}

/// `<!-- INFO END -->`: the end of the metadata block in Markdown copies of laws.
pub fn ends_metadata(line: &str) -> bool {
    line.starts_with("<!--") && line.ends_with("-->")
}
