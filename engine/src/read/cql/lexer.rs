//! CQL tokens with their byte ranges: words, quoted names, strings,
//! numbers, and punctuation; comments (`--`, `//`, `/* */`) are skipped.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A word or a double-quoted name (its value without the quotes).
    Word(String),
    /// A single-quoted string (its value, `''` read as `'`).
    Str(String),
    Number(String),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub span: Range<usize>,
}

impl Token {
    /// Whether the token is the word `keyword`, case-insensitively.
    pub fn is(&self, keyword: &str) -> bool {
        matches!(&self.kind, Kind::Word(w) if w.eq_ignore_ascii_case(keyword))
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// Tokens of `text[range]`, or the first problem (unterminated string or
/// comment, a character CQL has no use for) with its location.
pub fn lex(text: &str, range: Range<usize>) -> Result<Vec<Token>, (String, Range<usize>)> {
    let mut tokens = Vec::new();
    let mut chars = text[range.clone()].char_indices().map(|(i, c)| (i + range.start, c)).peekable();
    while let Some((start, c)) = chars.next() {
        let next = chars.peek().map(|&(_, c)| c);
        match c {
            _ if c.is_whitespace() => {}
            '-' if next == Some('-') => skip_line(&mut chars),
            '/' if next == Some('/') => skip_line(&mut chars),
            '/' if next == Some('*') => {
                chars.next();
                let mut closed = false;
                while let Some((_, c)) = chars.next() {
                    if c == '*' && chars.peek().is_some_and(|&(_, c)| c == '/') {
                        chars.next();
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err(("unterminated comment".into(), start..range.end));
                }
            }
            '\'' | '"' => {
                let mut value = String::new();
                let mut end = None;
                while let Some((i, ch)) = chars.next() {
                    if ch == c {
                        if chars.peek().is_some_and(|&(_, n)| n == c) {
                            chars.next();
                            value.push(c);
                            continue;
                        }
                        end = Some(i + 1);
                        break;
                    }
                    value.push(ch);
                }
                let Some(end) = end else {
                    return Err((if c == '\'' { "unterminated string" } else { "unterminated quoted name" }.into(), start..range.end));
                };
                let kind = if c == '\'' { Kind::Str(value) } else { Kind::Word(value) };
                tokens.push(Token { kind, span: start..end });
            }
            // A deployment template's placeholder (`${keyspace}`): read as a name.
            '$' if next == Some('{') => {
                let Some(close) = text[start..range.end].find('}') else {
                    return Err(("a `${` placeholder is never closed".into(), start..start + 2));
                };
                let end = start + close + 1;
                while chars.peek().is_some_and(|&(i, _)| i < end) {
                    chars.next();
                }
                tokens.push(Token { kind: Kind::Word(text[start..end].to_string()), span: start..end });
            }
            _ if c.is_alphabetic() || c == '_' => {
                let mut end = start + c.len_utf8();
                while let Some(&(i, ch)) = chars.peek() {
                    if !(ch.is_alphanumeric() || ch == '_') {
                        break;
                    }
                    end = i + ch.len_utf8();
                    chars.next();
                }
                tokens.push(Token { kind: Kind::Word(text[start..end].to_string()), span: start..end });
            }
            _ if c.is_ascii_digit() => {
                let mut end = start + 1;
                while let Some(&(i, ch)) = chars.peek() {
                    // Numbers, decimals, and the dashes of UUID and date literals.
                    if !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '-') {
                        break;
                    }
                    end = i + 1;
                    chars.next();
                }
                tokens.push(Token { kind: Kind::Number(text[start..end].to_string()), span: start..end });
            }
            '(' | ')' | '{' | '}' | '[' | ']' | '<' | '>' | ',' | ';' | '.' | '=' | ':' | '*' | '?' | '+' | '-' | '!' => {
                tokens.push(Token { kind: Kind::Punct(c), span: start..start + 1 });
            }
            _ => return Err((format!("unexpected character `{}`: this does not read as CQL", c.escape_debug()), start..start + c.len_utf8())),
        }
    }
    Ok(tokens)
}

fn skip_line(chars: &mut std::iter::Peekable<impl Iterator<Item = (usize, char)>>) {
    for (_, c) in chars.by_ref() {
        if c == '\n' {
            break;
        }
    }
}
