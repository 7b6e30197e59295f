#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The app is hidden while the build's page is on screen; the reader takes its text over in
    // the next task (`ui::document::adopt`) and removes the rest of it in the same one, so that
    // no frame shows both or neither. The loader started the app only after the browser reported
    // the prerendered page's first paint (scripts/defer-app.mjs), so that paint is the one the
    // browser times.
    docview::ui::hide_app_while_prerendered();
    leptos::mount::mount_to_body(docview::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: docview outline FILE [--json] | docview check FILE [--all] | docview prerender INDEX_HTML\n(the app itself: run `make serve`)";

/// `docview outline FILE [--json]`: the document's outline (or its whole model as JSON).
/// `docview check FILE [--all]`: the drafters' check, a problem a line (status 1 when there are
/// any); of a kind with many, the first few and how many more (`--all`: every one).
/// `docview prerender INDEX_HTML`: the sample's page written into the built page (the build's
/// post-build hook runs it).
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, page] = args.as_slice() {
        if command == "prerender" {
            return prerender(page);
        }
    }
    let json = args.iter().any(|a| a == "--json");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [command, path] = paths.as_slice() else {
        eprintln!("{USAGE}");
        return std::process::ExitCode::from(2);
    };
    if !matches!(command.as_str(), "outline" | "check") {
        eprintln!("unknown command {command:?}; {USAGE}");
        return std::process::ExitCode::from(2);
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{path}: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let text = match docview::decode::open(&bytes, path) {
        Ok(opened) => opened.text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let doc = docview::parse::parse(text);
    if command.as_str() == "check" {
        use docview::check::{listed, Listed};
        let problems = docview::check::check(&doc);
        let kinds: Vec<_> = problems.iter().map(|p| p.kind).collect();
        let lines = match args.iter().any(|a| a == "--all") {
            true => (0..problems.len()).map(Listed::Problem).collect(),
            false => listed(&kinds),
        };
        for listed in lines {
            match listed {
                Listed::Problem(i) => {
                    let p = &problems[i];
                    let line = doc.source[..p.span.start].matches('\n').count() + 1;
                    println!("{path}:{line}: {} [{}] {}", p.place, p.kind.name(), p.zh);
                }
                Listed::More { kind, count } => println!(
                    "{path}: [{}] 同类问题（{}）还有 {count} 处（--all 列出全部）",
                    kind.name(),
                    kind.label_zh()
                ),
            }
        }
        return if problems.is_empty() {
            std::process::ExitCode::SUCCESS
        } else {
            std::process::ExitCode::FAILURE
        };
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&doc).expect("the model serialises")
        );
    } else {
        print!("{}", docview::model::outline(&doc));
    }
    std::process::ExitCode::SUCCESS
}

/// Writes the sample's page into the built `index.html`: the text after `<body>`, and the script
/// that hides it on a page that will show another document before the first paint.
#[cfg(not(target_arch = "wasm32"))]
fn prerender(path: &str) -> std::process::ExitCode {
    use docview::prerender::{head_script, page, PRERENDERED_ID};
    let html = match std::fs::read_to_string(path) {
        Ok(html) => html,
        Err(err) => {
            eprintln!("{path}: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    // Already written (a hook run twice over the same page).
    if html.contains(&format!("id=\"{PRERENDERED_ID}\"")) {
        return std::process::ExitCode::SUCCESS;
    }
    let (Some(body), Some(head_end)) = (
        html.find("<body"),
        html.find("<meta charset")
            .and_then(|at| html[at..].find('>').map(|end| at + end + 1)),
    ) else {
        eprintln!("{path}: no <meta charset> or <body> to write into");
        return std::process::ExitCode::FAILURE;
    };
    let body_end = body + html[body..].find('>').map_or(0, |end| end + 1);
    let doc = docview::parse::parse(docview::sample::TEXT.to_string());
    let title = doc
        .title()
        .unwrap_or_else(|| docview::sample::TITLE.to_string());
    let written = format!(
        "{}<script>{}</script>{}{}{}",
        &html[..head_end],
        head_script(),
        &html[head_end..body_end],
        page(&doc, &title),
        &html[body_end..]
    );
    match std::fs::write(path, written) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
