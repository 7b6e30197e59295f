//! Lines that are not headings but play a part of their own: title, salutation, closing.

/// Words that address the audience of a speech.
const VOCATIVES: [&str; 9] = ["同志们", "各位", "代表", "委员", "朋友们", "女士们", "先生们", "来宾", "组成人员"];

const MAX_TITLE_CHARS: usize = 60;
const MAX_SALUTATION_CHARS: usize = 40;

/// A first line with no closing punctuation, followed by more text, names the document.
pub fn is_title(line: &str) -> bool {
    line.chars().count() <= MAX_TITLE_CHARS
        && !line.ends_with(['。', '！', '？', '；', '：', '，', '.', '!', '?', ';', ':', ','])
}

/// `各位常委会组成人员，同志们：`, `各位代表：`, `同志们！`.
pub fn is_salutation(line: &str) -> bool {
    line.chars().count() <= MAX_SALUTATION_CHARS
        && line.ends_with(['：', ':', '！', '!'])
        && VOCATIVES.iter().any(|v| line.contains(v))
}

/// `同志们，……` after the last section opens the speaker's closing words.
pub fn opens_closing(line: &str) -> bool {
    ["同志们", "各位代表", "各位委员", "朋友们"].iter().any(|v| {
        line.strip_prefix(v)
            .is_some_and(|rest| rest.starts_with(['，', '！', '：', ',', '!']))
    })
}
