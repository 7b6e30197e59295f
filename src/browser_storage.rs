//! What docview keeps in the browser's localStorage, written down once for the two that read it:
//! the app (`ui::open::recent_store`, `ui::language`, …) and the script the build writes into the
//! page's head ([`crate::prerender::head_script`]), which reads some of it before the first paint.

/// The interface language the reader chose: `zh-CN` or `en`.
pub const LANGUAGE: &str = "docview.language";
/// The colours the reader chose: a class of the root element.
pub const THEME: &str = "docview.theme";
/// The print settings.
pub const PRINT: &str = "docview.print";
/// The recent documents' index: one line per document, the last opened first (see [`Recent`]).
pub const RECENT: &str = "docview.recent";
/// Set while the reader has gone back to the sample: a reload then stays on it.
pub const SAMPLE_CHOSEN: &str = "docview.sample";

/// The key of a kept document's text.
pub fn document_key(id: &str) -> String {
    format!("docview.doc.{id}")
}

/// The key of a document's folded sections, by the fingerprint of its text.
pub fn folds_key(fingerprint: u64) -> String {
    format!("docview.folds.{fingerprint:016x}")
}

/// One line of the recent documents' index: `id`, `title` and `source`, separated by tabs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recent {
    pub id: String,
    pub title: String,
    /// The address of a document that came from another host through a link (`?doc=`); none
    /// for the reader's own files and the site's own documents.
    pub source: Option<String>,
}

/// Which field of an index line is the source: the head script reads it too.
pub const SOURCE_FIELD: usize = 2;

/// The index's lines, the last opened first.
pub fn read_index(index: &str) -> Vec<Recent> {
    index
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let (id, title) = (fields.first()?, fields.get(1)?);
            let source = fields
                .get(SOURCE_FIELD)
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string());
            Some(Recent {
                id: id.to_string(),
                title: title.to_string(),
                source,
            })
        })
        .collect()
}

/// The index of `kept`, as [`read_index`] reads it.
pub fn write_index(kept: &[Recent]) -> String {
    kept.iter()
        .map(|r| {
            let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
            format!(
                "{}\t{}\t{}\n",
                r.id,
                clean(&r.title),
                r.source.as_deref().unwrap_or_default()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_reads_back_as_written() {
        let kept = vec![
            Recent {
                id: "a1".into(),
                title: "讲话\t稿".into(),
                source: None,
            },
            Recent {
                id: "b2".into(),
                title: "通知".into(),
                source: Some("https://files.example.org/n.txt".into()),
            },
        ];
        let index = write_index(&kept);
        assert_eq!(index.lines().next(), Some("a1\t讲话 稿\t"));
        let back = read_index(&index);
        assert_eq!(
            back[0].title, "讲话 稿",
            "a tab in a title would end its field"
        );
        assert_eq!(back[1], kept[1]);
        assert_eq!(back[0].source, None);
    }

    #[test]
    fn an_index_of_an_older_version_without_sources_reads() {
        assert_eq!(read_index("a1\t讲话\n")[0].source, None);
        assert!(read_index("no tabs\n").is_empty());
    }
}
