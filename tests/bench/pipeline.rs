//! `cargo bench --bench pipeline`: decode → parse → index → search, natively, on the sample
//! speech and on a ~1 MB document made of the corpus files. Medians of repeated runs.

use docview::decode::decode;
use docview::parse::parse;
use docview::search::SearchIndex;
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 31;

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn corpus_megabyte() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("../shared/corpus").flatten().map(|e| e.path()).collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
        .map(|p| decode(&std::fs::read(p).unwrap()).unwrap())
        .collect();
    let mut out = String::new();
    while out.len() < 1_000_000 {
        for t in &texts {
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

fn report(name: &str, text: &str) {
    let mb = text.len() as f64 / 1e6;
    let bytes = text.as_bytes();
    let t_decode = median(|| drop(black_box(decode(black_box(bytes)))));
    let t_parse = median(|| drop(black_box(parse(black_box(text.to_string())))));
    let t_index = median(|| drop(black_box(SearchIndex::new(black_box(text)))));
    let index = SearchIndex::new(text);
    let t_search = median(|| drop(black_box(index.find(black_box("监督")))));
    let t_common = median(|| drop(black_box(index.find(black_box("的")))));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("{name} ({:.0} KB):", text.len() as f64 / 1e3);
    println!("  decode        {:>8.3} ms  {:>7.0} MB/s", ms(t_decode), mb / t_decode.as_secs_f64());
    println!("  parse         {:>8.3} ms  {:>7.0} MB/s", ms(t_parse), mb / t_parse.as_secs_f64());
    println!("  search index  {:>8.3} ms  {:>7.0} MB/s", ms(t_index), mb / t_index.as_secs_f64());
    println!("  find 监督     {:>8.3} ms  ({} matches)", ms(t_search), index.find("监督").len());
    println!("  find 的       {:>8.3} ms  ({} matches)", ms(t_common), index.find("的").len());
}

fn main() {
    println!("medians of {RUNS} runs");
    report("sample speech", docview::sample::TEXT);
    report("corpus x N", &corpus_megabyte());
}
