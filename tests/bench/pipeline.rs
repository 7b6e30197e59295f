//! `cargo bench --bench pipeline`: bytes → text → document (decode + parse), the search
//! index and the drafters' check, natively, on the sample speech and on 1 MB and 10 MB documents made by
//! concatenating the corpus files. Throughput is in the `bytes/s` column.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use docview::decode::decode;
use docview::parse::parse;
use docview::search::SearchIndex;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const INPUTS: [&str; 3] = ["speech", "1MB", "10MB"];

fn corpus() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("tests/corpus")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        files
            .iter()
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
            .map(|p| decode(&std::fs::read(p).unwrap()).unwrap() + "\n")
            .collect()
    })
}

fn input(name: &str) -> String {
    let size = match name {
        "speech" => return docview::sample::TEXT.to_string(),
        "1MB" => 1_000_000,
        _ => 10_000_000,
    };
    corpus().repeat(size / corpus().len() + 1)
}

#[divan::bench(args = INPUTS, sample_count = 20)]
fn decode_and_parse(bencher: Bencher, name: &str) {
    let bytes = input(name).into_bytes();
    bencher
        .counter(BytesCount::new(bytes.len()))
        .bench(|| parse(decode(black_box(&bytes)).expect("corpus text decodes")));
}

#[divan::bench(args = INPUTS, sample_count = 20)]
fn search_index(bencher: Bencher, name: &str) {
    let doc = parse(input(name));
    bencher
        .counter(BytesCount::new(doc.source.len()))
        .bench(|| SearchIndex::new(black_box(&doc)));
}

/// The length shown under the title (字数 and minutes to read), counted over the whole text.
#[divan::bench(args = INPUTS, sample_count = 20)]
fn reading_length(bencher: Bencher, name: &str) {
    let text = input(name);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| docview::model::Length::of(black_box(&text)));
}

/// The drafters' check (`check`): every kind of problem, over the whole document.
#[divan::bench(args = INPUTS, sample_count = 20)]
fn check(bencher: Bencher, name: &str) {
    let doc = parse(input(name));
    bencher
        .counter(BytesCount::new(doc.source.len()))
        .bench(|| docview::check::check(black_box(&doc)));
}

#[divan::bench(args = ["监督", "的", "人民代表大会制度", "监督 代表", "立法|预算", "-的"], sample_count = 20)]
fn find_in_10mb(bencher: Bencher, query: &str) {
    let index = SearchIndex::new(&parse(input("10MB")));
    bencher.bench(|| index.find(black_box(query)));
}

/// Two versions of a law compared (`compare`): the 公司法 of 2018 and of 2023, 218 and 266
/// articles, largely rewritten.
#[divan::bench(sample_count = 10)]
fn compare_company_law(bencher: Bencher) {
    let read = |name: &str| {
        parse(
            std::fs::read_to_string(format!(
                "{}/tests/versions/{name}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap(),
        )
    };
    let (old, new) = (read("law_公司法_2018.md"), read("law_公司法_2023.md"));
    bencher.bench(|| docview::compare::compare(black_box(&old), black_box(&new)));
}

/// Two 1 MB documents compared: the 公司法 of 2018 and of 2023 each repeated to 1 MB (every
/// article then has identical twins, which the pairing takes in order).
#[divan::bench(sample_count = 3)]
fn compare_1mb(bencher: Bencher) {
    let read = |name: &str| {
        std::fs::read_to_string(format!(
            "{}/tests/versions/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    let grow = |text: String| parse(text.repeat(1_000_000 / text.len() + 1));
    let (old, new) = (
        grow(read("law_公司法_2018.md")),
        grow(read("law_公司法_2023.md")),
    );
    bencher.bench(|| docview::compare::compare(black_box(&old), black_box(&new)));
}

/// The 2024 work report broken every 30 characters with a page number every 22 lines (as a
/// copy out of a PDF), repeated to 1 MB.
fn wrapped_megabyte() -> String {
    let report = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/report_2024政府工作报告.txt"
    ))
    .unwrap();
    let mut lines = Vec::new();
    for paragraph in report.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let chars: Vec<char> = paragraph.chars().collect();
        lines.push(format!(
            "\u{3000}\u{3000}{}",
            chars[..chars.len().min(28)].iter().collect::<String>()
        ));
        lines.extend(
            chars
                .get(28..)
                .unwrap_or_default()
                .chunks(30)
                .map(|c| c.iter().collect::<String>()),
        );
    }
    let pages: Vec<String> = lines
        .chunks(22)
        .enumerate()
        .map(|(n, page)| format!("{}\n- {} -\n", page.join("\n"), n + 1))
        .collect();
    let one = pages.concat();
    one.repeat(1_000_000 / one.len() + 1)
}

/// Issue 36's target: recognising a wrapped 1 MB text and rebuilding its paragraphs ≤ 20 ms,
/// the parse with and without that step (`parse_lines_as_they_are`).
#[divan::bench(args = [true, false], sample_count = 20)]
fn wrapped_1mb(bencher: Bencher, rebuilt: bool) {
    let text = wrapped_megabyte();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| match rebuilt {
            true => parse(black_box(text.clone())),
            false => docview::parse::parse_lines_as_they_are(black_box(text.clone())),
        });
}
