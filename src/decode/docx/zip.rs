//! The few parts of a ZIP archive a Word file needs: its directory and an entry's bytes as
//! stored. Inflating them is an [`Inflater`]'s, with a limit that stops a zip bomb while it
//! expands, not after.

#[derive(Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No directory, or an entry that does not read.
    Damaged,
    /// An entry expands past the limit.
    TooLarge,
    /// Entries encrypted with a password.
    Encrypted,
}

struct Entry {
    name: String,
    method: u16,
    encrypted: bool,
    compressed: usize,
    local_header: usize,
}

pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        // The end of central directory record: in the last 64 KiB (its comment) + 22 bytes.
        let from = bytes.len().saturating_sub(65_557);
        let end = (from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&at| bytes[at..].starts_with(b"PK\x05\x06"))
            .ok_or(ZipError::Damaged)?;
        let count = u16_at(bytes, end + 10).ok_or(ZipError::Damaged)?;
        let mut at = u32_at(bytes, end + 16).ok_or(ZipError::Damaged)?;
        let mut entries = Vec::with_capacity(count.into());
        for _ in 0..count {
            let entry = (|| {
                if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
                    return None;
                }
                let name_len = usize::from(u16_at(bytes, at + 28)?);
                let skip = name_len
                    + usize::from(u16_at(bytes, at + 30)?)
                    + usize::from(u16_at(bytes, at + 32)?);
                let entry = Entry {
                    name: String::from_utf8_lossy(bytes.get(at + 46..at + 46 + name_len)?)
                        .into_owned(),
                    method: u16_at(bytes, at + 10)?,
                    encrypted: u16_at(bytes, at + 8)? & 1 == 1,
                    compressed: u32_at(bytes, at + 20)?,
                    local_header: u32_at(bytes, at + 42)?,
                };
                Some((entry, at + 46 + skip))
            })();
            let (entry, next) = entry.ok_or(ZipError::Damaged)?;
            entries.push(entry);
            at = next;
        }
        Ok(Archive { bytes, entries })
    }

    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// The entry `name` as stored; `None` if there is none.
    pub fn packed(&self, name: &str) -> Result<Option<Packed<'a>>, ZipError> {
        let Some(entry) = self.entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        if entry.encrypted {
            return Err(ZipError::Encrypted);
        }
        let at = entry.local_header;
        let data = (|| {
            if !self.bytes.get(at..)?.starts_with(b"PK\x03\x04") {
                return None;
            }
            let start = at
                + 30
                + usize::from(u16_at(self.bytes, at + 26)?)
                + usize::from(u16_at(self.bytes, at + 28)?);
            self.bytes.get(start..start + entry.compressed)
        })()
        .ok_or(ZipError::Damaged)?;
        match entry.method {
            0 => Ok(Some(Packed::Stored(data))),
            8 => Ok(Some(Packed::Deflated(data))),
            _ => Err(ZipError::Damaged),
        }
    }
}

/// An entry's bytes as the archive holds them.
#[derive(Clone, Copy, Debug)]
pub enum Packed<'a> {
    Stored(&'a [u8]),
    /// Raw deflate (no zlib header).
    Deflated(&'a [u8]),
}

/// An entry's bytes, inflated if it is deflated, counted against `budget` (what is left of a
/// limit on all the entries read): past it, [`ZipError::TooLarge`].
pub async fn unpack(
    packed: Packed<'_>,
    budget: &mut usize,
    inflater: &impl Inflater,
) -> Result<Vec<u8>, ZipError> {
    let bytes = match packed {
        Packed::Stored(data) if data.len() > *budget => return Err(ZipError::TooLarge),
        Packed::Stored(data) => data.to_vec(),
        Packed::Deflated(data) => inflater.inflate(data, *budget).await?,
    };
    *budget -= bytes.len();
    Ok(bytes)
}

/// What inflates an entry's raw deflate: the browser's own `DecompressionStream` in the page,
/// `miniz_oxide` natively (whose future is ready at once).
pub trait Inflater {
    /// `deflated` inflated, refused as [`ZipError::TooLarge`] once past `limit` bytes.
    fn inflate(
        &self,
        deflated: &[u8],
        limit: usize,
    ) -> impl std::future::Future<Output = Result<Vec<u8>, ZipError>>;
}
