//! The filter's small query language.
//!
//! - `监督 代表`: every term must occur in the same paragraph (AND);
//! - `立法|预算`: either term (OR);
//! - `"人民代表大会 制度"`: a phrase, spaces included (an unclosed quote runs to the end);
//! - `-习近平`: paragraphs containing the term are left out.
//!
//! Parsing cannot fail: any text is a query (a `|` or `-` with nothing to apply to is text).

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Each clause must be satisfied by one of its alternatives.
    pub clauses: Vec<Vec<String>>,
    /// Terms whose paragraphs are left out.
    pub excluded: Vec<String>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let mut query = Query::default();
        let mut joining = false;
        for token in tokens(text) {
            match token {
                Token::Or => joining = !query.clauses.is_empty(),
                Token::Term {
                    text,
                    excluded: true,
                } => query.excluded.push(text),
                Token::Term {
                    text,
                    excluded: false,
                } => {
                    match query.clauses.last_mut() {
                        Some(clause) if joining => clause.push(text),
                        _ => query.clauses.push(vec![text]),
                    }
                    joining = false;
                }
            }
        }
        query
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty() && self.excluded.is_empty()
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Token {
    Term { text: String, excluded: bool },
    Or,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        if c == '|' || c == '｜' {
            chars.next();
            out.push(Token::Or);
            continue;
        }
        let mut excluded = false;
        if c == '-' {
            chars.next();
            match chars.peek() {
                Some(&n) if !n.is_whitespace() && n != '|' && n != '｜' => excluded = true,
                _ => {
                    out.push(Token::Term {
                        text: "-".into(),
                        excluded: false,
                    });
                    continue;
                }
            }
        }
        let term: String = if matches!(chars.peek(), Some('"' | '“' | '”')) {
            chars.next();
            let mut phrase = String::new();
            for c in chars.by_ref() {
                if matches!(c, '"' | '“' | '”') {
                    break;
                }
                phrase.push(c);
            }
            phrase
        } else {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '|' || c == '｜' {
                    break;
                }
                word.push(c);
                chars.next();
            }
            word
        };
        if !term.trim().is_empty() {
            out.push(Token::Term {
                text: term,
                excluded,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(clauses: &[&[&str]], excluded: &[&str]) -> Query {
        Query {
            clauses: clauses
                .iter()
                .map(|c| c.iter().map(|s| s.to_string()).collect())
                .collect(),
            excluded: excluded.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn the_language() {
        assert_eq!(Query::parse("监督"), q(&[&["监督"]], &[]));
        assert_eq!(Query::parse("监督 代表"), q(&[&["监督"], &["代表"]], &[]));
        assert_eq!(Query::parse("立法|预算"), q(&[&["立法", "预算"]], &[]));
        assert_eq!(
            Query::parse("立法 | 预算 监督"),
            q(&[&["立法", "预算"], &["监督"]], &[])
        );
        assert_eq!(
            Query::parse("\"人民代表大会 制度\""),
            q(&[&["人民代表大会 制度"]], &[])
        );
        assert_eq!(
            Query::parse("“人民代表大会制度”"),
            q(&[&["人民代表大会制度"]], &[])
        );
        assert_eq!(Query::parse("-习近平"), q(&[], &["习近平"]));
        assert_eq!(
            Query::parse("监督 -\"预算 联网\""),
            q(&[&["监督"]], &["预算 联网"])
        );
    }

    #[test]
    fn odd_queries_are_text_not_errors() {
        assert_eq!(Query::parse(""), Query::default());
        assert_eq!(Query::parse("   \u{3000} "), Query::default());
        assert_eq!(
            Query::parse("\"unclosed phrase"),
            q(&[&["unclosed phrase"]], &[])
        );
        assert_eq!(Query::parse("| a"), q(&[&["a"]], &[]));
        assert_eq!(Query::parse("a |"), q(&[&["a"]], &[]));
        assert_eq!(Query::parse("- a"), q(&[&["-"], &["a"]], &[]));
        assert_eq!(Query::parse("\"\""), Query::default());
        assert_eq!(Query::parse(".*[(?"), q(&[&[".*[(?"]], &[]));
        assert_eq!(Query::parse("😀"), q(&[&["😀"]], &[]));
    }
}
