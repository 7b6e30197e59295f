//! The document the app opens on: a closing speech at a prefecture People's Congress
//! standing-committee meeting. It has no title line, so its title is given here.

pub const TEXT: &str = include_str!("speech.txt");
pub const TITLE: &str = "在州十三届人大常委会第三次会议上的讲话";
