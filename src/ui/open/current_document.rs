//! The document on screen, its title, and the message about the last attempt to open one.

use crate::decode::{open_with, DecodeError, Notice, Opened};
use crate::model::Document;
use crate::parse::parse;
use crate::ui::browser::{tasks, timing, tools};
use crate::ui::language::Message;
use crate::ui::open::browser_platform::Browser;
use crate::ui::open::recent_store;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Files above this size are refused before they are read: the tab would freeze on them.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file over [`MAX_FILE_BYTES`] is refused.
pub fn too_large() -> Message {
    let limit = MAX_FILE_BYTES / 1024 / 1024;
    Message::new(
        format!("文件超过 {limit} MB。"),
        format!("The file is larger than {limit} MB."),
    )
}

/// A document on its way: its name, the bytes received and, if the server said, how many.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loading {
    pub name: String,
    pub received: u64,
    pub total: Option<u64>,
}

/// Above this size, parsing and showing a document are separate tasks.
pub const LONG_DOCUMENT_BYTES: usize = 1024 * 1024;

/// How long the page waits with the reader unbuilt for a document awaited at the start
/// ([`CurrentDocument::awaited`]) before it shows the sample meanwhile.
const AWAIT_AT_MOST: Duration = Duration::from_millis(300);

/// Where an opened document goes: on screen (from another host's address if it came from one),
/// or beside it as the earlier version it is compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenInto {
    Reader(Option<String>),
    Base,
}

/// The earlier version the document on screen is compared with, and its file's name.
#[derive(Clone)]
pub struct Base {
    pub name: String,
    pub doc: Arc<Document>,
}

#[derive(Clone, Copy)]
pub struct CurrentDocument {
    pub doc: RwSignal<Arc<Document>>,
    pub title: RwSignal<String>,
    /// Why the last file could not be opened; the document on screen stays.
    pub problem: RwSignal<Option<Message>>,
    /// A document being fetched (`?doc=`).
    pub loading: RwSignal<Option<Loading>>,
    /// At the start, another document than the sample is on its way (a link's, the last one
    /// read): the sample's page is not built meanwhile, only to be replaced.
    pub awaited: RwSignal<bool>,
    /// The open document's id among the recent documents (none for the sample).
    pub id: RwSignal<Option<String>>,
    /// The recent documents, the last opened first.
    pub recent: RwSignal<Vec<recent_store::Recent>>,
    /// The address of the document on screen when it came from another host (`?doc=`), said
    /// in the page so that its text is never taken for this site's own.
    pub source: RwSignal<Option<String>>,
    /// The earlier version, while comparing.
    pub base: RwSignal<Option<Base>, LocalStorage>,
}

impl CurrentDocument {
    /// The sample on screen.
    pub fn new() -> Self {
        let (doc, title) = sample();
        CurrentDocument {
            doc: RwSignal::new(doc),
            title: RwSignal::new(title),
            problem: RwSignal::new(None),
            loading: RwSignal::new(None),
            awaited: RwSignal::new(false),
            id: RwSignal::new(None),
            recent: RwSignal::new(recent_store::list()),
            source: RwSignal::new(None),
            base: RwSignal::new_local(None),
        }
    }

    /// Marks another document than the sample as on its way at the start. One that is slow to
    /// come (not open within [`AWAIT_AT_MOST`], or larger than [`LONG_DOCUMENT_BYTES`] by its
    /// announced size) leaves the page usable meanwhile: the sample is shown after all.
    pub fn await_at_start(&self) {
        self.awaited.set(true);
        let current = *self;
        let give_up = move || {
            if current.awaited.try_get_untracked() == Some(true) {
                current.awaited.set(false);
            }
        };
        set_timeout(give_up, AWAIT_AT_MOST);
        Effect::new(move |_| {
            let large = current.loading.with(|l| {
                l.as_ref()
                    .and_then(|l| l.total)
                    .is_some_and(|total| total > LONG_DOCUMENT_BYTES as u64)
            });
            if large {
                give_up();
            }
        });
    }

    /// Shows `text` with the title `title` gives for it and keeps it among the recent
    /// documents (`kept`: it is one already, under that id); a browser that will not keep it
    /// says so, and the document is shown anyway. A long text is parsed in the tools' worker,
    /// so that the page goes on answering meanwhile (on the page if no worker runs); it is
    /// shown only if `opening` is still the reader's last choice.
    fn show(
        &self,
        text: String,
        title: impl FnOnce(&Document) -> String + 'static,
        kept: Option<String>,
        source: Option<String>,
        opening: u64,
    ) {
        // Another document was chosen while this one was read (a Word file, a PDF): that one.
        if OPENINGS.with(std::cell::Cell::get) != opening {
            return;
        }
        if text.len() <= LONG_DOCUMENT_BYTES {
            self.present(parse(text), title, kept, source);
            return;
        }
        let current = *self;
        leptos::task::spawn_local(async move {
            let parsed = parsed_in_worker(&text).await;
            // Another document was opened while this one was parsed: that one stays.
            if OPENINGS.with(|n| n.get()) != opening {
                return;
            }
            let doc = match parsed {
                Some(doc) => {
                    timing::opening("parsed-in-worker");
                    doc
                }
                None => parse(text),
            };
            current.present(doc, title, kept, source);
        });
    }

    fn present(
        &self,
        doc: Document,
        title: impl FnOnce(&Document) -> String,
        kept: Option<String>,
        source: Option<String>,
    ) {
        let doc = Arc::new(doc);
        timing::opening("parsed");
        let title = title(&doc);
        self.problem.set(None);
        self.id.set(None);
        recent_store::choose_sample(false);
        // A long document is shown in a task after the parse, and kept in the browser in a task
        // after that: each takes a while, and the page must not freeze for all of them at once.
        let current = *self;
        let long = doc.source.len() > LONG_DOCUMENT_BYTES;
        let show = move || {
            current.title.set(title.clone());
            current.source.set(source.clone());
            current.doc.set(doc.clone());
            current.awaited.set(false);
            set_timeout(
                move || current.keep(&doc, &title, kept, source.as_deref()),
                Duration::ZERO,
            );
        };
        if long {
            set_timeout(show, Duration::ZERO);
        } else {
            show();
        }
    }

    /// Keeps the document shown among the recent ones (`kept`: it is one already).
    fn keep(&self, doc: &Document, title: &str, kept: Option<String>, source: Option<&str>) {
        let outcome = match kept {
            Some(id) => {
                recent_store::touch(&id);
                Ok(id)
            }
            None => recent_store::remember(&doc.source, title, source),
        };
        match outcome {
            Ok(id) => self.id.set(Some(id)),
            Err(why) => self.problem.set(Some(why)),
        }
        self.recent.set(recent_store::list());
    }

    /// Reopens a recent document; false if the browser no longer has it.
    pub fn open_recent(&self, recent: &recent_store::Recent) -> bool {
        let Some(text) = recent_store::load(&recent.id) else {
            return false;
        };
        let opening = next_opening();
        // The title as kept: the reader may have renamed it.
        let title = recent.title.clone();
        self.show(
            text,
            |_| title,
            Some(recent.id.clone()),
            recent.source.clone(),
            opening,
        );
        true
    }

    /// Shows the sample again, also after a reload.
    pub fn open_sample(&self) {
        next_opening();
        recent_store::choose_sample(true);
        let (doc, title) = sample();
        self.title.set(title);
        self.id.set(None);
        self.source.set(None);
        self.doc.set(doc);
    }

    /// Removes a document from the recent ones (the one on screen stays on screen).
    pub fn forget(&self, id: &str) {
        recent_store::forget(id);
        if self.id.get_untracked().as_deref() == Some(id) {
            self.id.set(None);
        }
        self.recent.set(recent_store::list());
    }

    /// Opens the bytes of a file the reader has, or says why not and keeps what is on screen.
    pub fn open(&self, file_name: &str, bytes: Vec<u8>) {
        next_opening();
        self.open_from(file_name, bytes, OpenInto::Reader(None));
    }

    /// Opens the bytes of a document where `into` says, in a task: a Word file's parts are
    /// inflated by the browser, a part at a time.
    pub fn open_from(&self, file_name: &str, bytes: Vec<u8>, into: OpenInto) {
        let (current, file_name) = (*self, file_name.to_string());
        leptos::task::spawn_local(async move { current.open_now(&file_name, bytes, into).await });
    }

    /// Opens the bytes and returns once they are on screen (or refused): what comes next, such
    /// as a link's earlier version, waits for it.
    pub async fn open_now(&self, file_name: &str, bytes: Vec<u8>, into: OpenInto) {
        // The reader's last choice as this opening starts: a later one wins over it.
        let opening = OPENINGS.with(std::cell::Cell::get);
        // Not in the task that started the app (a link's document is opened at its start): on a
        // phone's CPU two shorter tasks block the page less than one long one.
        tasks::next_task().await;
        timing::opening("open");
        // A Word file waits for the second wasm, over the network the first time: said meanwhile
        // (a text opens within this task, before anything is painted).
        self.loading.set(Some(Loading {
            name: file_name.to_string(),
            received: 0,
            total: None,
        }));
        let opened = open_with(&bytes, file_name, &Browser).await;
        self.loading.set(None);
        match opened {
            Ok(opened) => self.opened(file_name, opened, into, opening),
            Err(err) => self.refuse(file_name, Message::from(&err)),
        }
    }

    /// Shows a document's text, saying what the reader should know of how it was read: bytes
    /// that could not be, a Word file's tracked changes.
    fn opened(
        &self,
        file_name: &str,
        Opened { text, notice }: Opened,
        into: OpenInto,
        opening: u64,
    ) {
        timing::opening("decoded");
        match into {
            OpenInto::Reader(source) => {
                let stem = file_stem(file_name).to_string();
                let title = move |doc: &Document| doc.title().unwrap_or(stem);
                self.show(text, title, None, source, opening)
            }
            OpenInto::Base => {
                self.problem.set(None);
                self.base.set(Some(Base {
                    name: file_name.to_string(),
                    doc: Arc::new(parse(text)),
                }));
            }
        }
        match notice {
            Some(Notice::Unreadable(damaged)) => self.problem.set(Some(Message::new(
                format!("“{file_name}”有 {damaged} 处字节无法识别，显示为 �。"),
                format!("{damaged} places in “{file_name}” could not be read and show as �."),
            ))),
            Some(Notice::Unmapped(count)) => self.problem.set(Some(Message::new(
                format!("“{file_name}”有 {count} 个字符的字体没有对应的文字，显示为 �。"),
                format!("{count} characters in “{file_name}” have no text in their fonts and show as �."),
            ))),
            Some(Notice::TrackedChanges) => self.problem.set(Some(Message::new(
                format!("“{file_name}”有修订记录：显示的是接受全部修订后的文字（删除的未显示，插入的已保留）。"),
                format!("“{file_name}” has tracked changes: shown with every change accepted (deletions left out, insertions kept)."),
            ))),
            None => {}
        }
    }

    /// Reads a file the reader chose (file picker, drop) and opens it.
    pub fn open_file(&self, file: web_sys::File) {
        self.read_file(file, OpenInto::Reader(None));
    }

    /// Reads a file the reader chose as the earlier version to compare the document with.
    pub fn open_base_file(&self, file: web_sys::File) {
        self.read_file(file, OpenInto::Base);
    }

    fn read_file(&self, file: web_sys::File, into: OpenInto) {
        let file = gloo_file::File::from(file);
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            self.refuse(&name, too_large());
            return;
        }
        let current = *self;
        // An earlier version chosen to compare with opens beside the document, not instead.
        let reading = matches!(into, OpenInto::Reader(_)).then(next_opening);
        leptos::task::spawn_local(async move {
            let read = gloo_file::futures::read_as_bytes(&file).await;
            // A file chosen after this one is shown, not this one, whichever is read first.
            if reading.is_some_and(|n| OPENINGS.with(|o| o.get()) != n) {
                return;
            }
            match read {
                Ok(bytes) => current.open_from(&name, bytes, into),
                Err(err) => current.refuse(
                    &name,
                    Message::new(
                        format!("浏览器读不了这个文件（{err}）。"),
                        format!("The browser could not read it ({err})."),
                    ),
                ),
            }
        });
    }

    pub fn refuse(&self, file_name: &str, why: Message) {
        let said = Message::new(
            format!("无法打开“{file_name}”：{}", why.zh),
            format!("Could not open “{file_name}”: {}", why.en),
        );
        self.problem.set(Some(said));
        // What was awaited at the start will not come: the sample stays.
        self.awaited.set(false);
    }
}

impl From<&DecodeError> for Message {
    fn from(err: &DecodeError) -> Self {
        Message::new(err.in_chinese(), err.in_english())
    }
}

fn sample() -> (Arc<Document>, String) {
    let doc = parse(crate::sample::TEXT.to_string());
    let title = doc
        .title()
        .unwrap_or_else(|| crate::sample::TITLE.to_string());
    (Arc::new(doc), title)
}

fn file_stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

thread_local! {
    /// How many documents the reader chose (a file, a paste, a recent one, the sample): a file
    /// still being read, or a long text still parsed in the worker, is shown only if no other was
    /// chosen meanwhile.
    static OPENINGS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one more document chosen; its number.
fn next_opening() -> u64 {
    OPENINGS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// `text` parsed in the tools' worker, its model back as numbers (`model::wire`); none if no
/// worker ran it (the page then parses it itself).
async fn parsed_in_worker(text: &str) -> Option<Document> {
    let args = web_sys::js_sys::Array::of1(&text.into());
    let answer = tools::run("parse_model", args).await?;
    use wasm_bindgen::JsCast;
    let numbers: Vec<u32> = answer
        .dyn_into::<web_sys::js_sys::Uint32Array>()
        .ok()?
        .to_vec();
    crate::model::wire::decode(&numbers, text.to_string())
}
