//! The XML that Word writes, read as a stream of tags and text: element names without their
//! namespace prefix, attributes, text with its character references resolved. Comments,
//! declarations and processing instructions are skipped. Machine-written XML needs no more;
//! a crate for this would add tens of kilobytes to every reader's download (BENCHMARKS.md).

#[derive(Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// `<w:p …>`, or `<w:br/>` with `empty`.
    Start {
        name: &'a str,
        attributes: Attributes<'a>,
        empty: bool,
    },
    End {
        name: &'a str,
    },
    /// Text as written: [`unescape`] it to read it (most text between tags is never read).
    Text(&'a str),
}

/// A tag's attributes as written, read only when asked for.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct Attributes<'a>(&'a str);

impl Attributes<'_> {
    /// The value of the attribute called `name` (without its namespace prefix).
    pub fn get(&self, name: &str) -> Option<String> {
        let mut rest = self.0;
        while let Some(eq) = rest.find('=') {
            let key = local(rest[..eq].trim());
            let after = rest[eq + 1..].trim_start();
            let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let end = after[1..].find(quote)?;
            if key == name {
                return Some(unescape(&after[1..1 + end]));
            }
            rest = &after[end + 2..];
        }
        None
    }
}

pub struct Reader<'a> {
    xml: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(xml: &'a str) -> Self {
        Reader { xml, at: 0 }
    }
}

fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// `text` with `&amp;`, `&#x4E00;` and the like resolved; an unknown reference stays as written.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&s| s <= 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

impl<'a> Iterator for Reader<'a> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let rest = self.xml.get(self.at..).filter(|r| !r.is_empty())?;
            if !rest.starts_with('<') {
                let end = rest.find('<').unwrap_or(rest.len());
                self.at += end;
                return Some(Event::Text(&rest[..end]));
            }
            if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
                let end = cdata.find("]]>").unwrap_or(cdata.len());
                self.at += 9 + end + 3;
                return Some(Event::Text(&cdata[..end]));
            }
            let close = match () {
                _ if rest.starts_with("<!--") => rest.find("-->").map(|e| e + 3),
                _ if rest.starts_with("<?") => rest.find("?>").map(|e| e + 2),
                _ => rest.find('>').map(|e| e + 1),
            };
            let Some(close) = close else {
                self.at = self.xml.len();
                return None;
            };
            self.at += close;
            let tag = &rest[1..close - 1];
            if tag.starts_with('!') || tag.starts_with('?') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                return Some(Event::End {
                    name: local(name.trim()),
                });
            }
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(tag) => (tag, true),
                None => (tag, false),
            };
            let name_end = tag
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(tag.len());
            return Some(Event::Start {
                name: local(&tag[..name_end]),
                attributes: Attributes(&tag[name_end..]),
                empty,
            });
        }
    }
}
