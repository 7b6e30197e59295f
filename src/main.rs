#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(docview::ui::App);
}

/// `docview outline FILE [--json]`: the document's outline (or its whole model as JSON).
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [command, path] = paths.as_slice() else {
        eprintln!("usage: docview outline FILE [--json]\n(the app itself: run `make serve`)");
        return std::process::ExitCode::from(2);
    };
    if command.as_str() != "outline" {
        eprintln!("unknown command {command:?}; usage: docview outline FILE [--json]");
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
