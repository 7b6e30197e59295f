#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    console_error_panic_hook::set_once();
    let mount = || {
        leptos::mount::mount_to_body(::docview::ui::App);
        // In the same task as the mount: no frame shows both the build's page and the app's.
        if let Some(prerendered) = document().get_element_by_id(::docview::prerender::PRERENDERED_ID) {
            prerendered.remove();
        }
    };
    if document().get_element_by_id(::docview::prerender::PRERENDERED_ID).is_some() {
        after_first_paint(mount);
    } else {
        mount();
    }
}

/// Runs `then` once the browser has reported the page's first contentful paint, or after at most
/// half a second (a browser that does not report it; a hidden tab, which draws no frames).
/// Replacing the prerendered page before the browser has told when it was painted makes it time
/// the app's paint of the same text instead (largest contentful paint), as if the page had shown
/// nothing until then.
#[cfg(target_arch = "wasm32")]
fn after_first_paint(then: impl FnOnce() + 'static) {
    let pending: Pending = std::rc::Rc::new(std::cell::RefCell::new(Some(Box::new(then))));
    let at_the_latest = pending.clone();
    leptos::prelude::set_timeout(move || run(&at_the_latest), std::time::Duration::from_millis(500));
    poll_first_paint(pending);
}

#[cfg(target_arch = "wasm32")]
type Pending = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

#[cfg(target_arch = "wasm32")]
fn run(pending: &Pending) {
    if let Some(then) = pending.borrow_mut().take() {
        leptos::prelude::set_timeout(then, std::time::Duration::ZERO);
    }
}

#[cfg(target_arch = "wasm32")]
fn poll_first_paint(pending: Pending) {
    use leptos::prelude::*;
    let painted = window().performance().is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0);
    if painted {
        run(&pending);
    } else if pending.borrow().is_some() {
        request_animation_frame(move || poll_first_paint(pending));
    }
}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: docview outline FILE [--json] | docview prerender INDEX_HTML\n(the app itself: run `make serve`)";

/// `docview outline FILE [--json]`: the document's outline (or its whole model as JSON).
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
    if command.as_str() != "outline" {
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
    let text = match docview::decode::decode(&bytes) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let doc = docview::parse::parse(text);
    if json {
        println!("{}", serde_json::to_string_pretty(&doc).expect("the model serialises"));
    } else {
        print!("{}", docview::model::outline(&doc));
    }
    std::process::ExitCode::SUCCESS
}

/// Writes the sample's page into the built `index.html`: the text after `<body>`, and the script
/// that hides it on a page that will show another document before the first paint.
#[cfg(not(target_arch = "wasm32"))]
fn prerender(path: &str) -> std::process::ExitCode {
    use docview::prerender::{page, HEAD_SCRIPT, PRERENDERED_ID};
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
    let (Some(body), Some(head_end)) = (html.find("<body"), html.find("<meta charset").and_then(|at| html[at..].find('>').map(|end| at + end + 1))) else {
        eprintln!("{path}: no <meta charset> or <body> to write into");
        return std::process::ExitCode::FAILURE;
    };
    let body_end = body + html[body..].find('>').map_or(0, |end| end + 1);
    let doc = docview::parse::parse(docview::sample::TEXT.to_string());
    let title = doc.title().unwrap_or_else(|| docview::sample::TITLE.to_string());
    let written = format!(
        "{}<script>{HEAD_SCRIPT}</script>{}{}{}",
        &html[..head_end],
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
