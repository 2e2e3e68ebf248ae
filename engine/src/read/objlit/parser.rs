//! The recursive-descent parser behind [`parse_document`]: JSON plus the
//! shell's relaxations, each value with its byte range.

use super::{Key, Node, Problem, Value};
use std::ops::Range;

/// Nesting deeper than this is refused rather than followed.
const MAX_DEPTH: usize = 64;

/// A parser over `text`, starting at byte `at`.
pub struct Parser<'t> {
    text: &'t str,
    pub at: usize,
    end: usize,
    depth: usize,
}

impl<'t> Parser<'t> {
    pub fn new(text: &'t str, range: Range<usize>) -> Self {
        Parser { text, at: range.start, end: range.end, depth: 0 }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..self.end].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        Some(c)
    }

    /// Skip whitespace and comments.
    pub fn skip_space(&mut self) -> Result<(), Problem> {
        loop {
            let rest = &self.text[self.at..self.end];
            let trimmed = rest.trim_start();
            self.at += rest.len() - trimmed.len();
            if trimmed.starts_with("//") {
                self.at += trimmed.find('\n').unwrap_or(trimmed.len());
            } else if trimmed.starts_with("/*") {
                let close = trimmed.find("*/").ok_or(("unterminated comment".to_string(), self.at..self.end))?;
                self.at += close + 2;
            } else {
                return Ok(());
            }
        }
    }

    /// Consume `c` (after whitespace) if it is next.
    pub fn eat(&mut self, c: char) -> Result<bool, Problem> {
        self.skip_space()?;
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            return Ok(true);
        }
        Ok(false)
    }

    pub fn expect(&mut self, c: char) -> Result<(), Problem> {
        if self.eat(c)? {
            return Ok(());
        }
        Err(self.unexpected(&format!("`{c}`")))
    }

    pub fn unexpected(&self, wanted: &str) -> Problem {
        match self.peek() {
            Some(c) => (format!("expected {wanted}, found `{}`", c.escape_debug()), self.at..self.at + c.len_utf8()),
            None => (format!("expected {wanted}, but the text ends here (is it cut off?)"), self.end..self.end),
        }
    }

    /// An identifier (`db`, `find`, `$match` keys unquoted), if one is next.
    pub fn ident(&mut self) -> Result<Option<(String, Range<usize>)>, Problem> {
        self.skip_space()?;
        let start = self.at;
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '_' || *c == '$') {
            self.at += c.len_utf8();
        }
        Ok((self.at > start).then(|| (self.text[start..self.at].to_string(), start..self.at)))
    }

    /// One value.
    pub fn value(&mut self) -> Result<Node, Problem> {
        self.skip_space()?;
        let start = self.at;
        if self.depth >= MAX_DEPTH {
            return Err((format!("nested more than {MAX_DEPTH} levels deep"), start..start + 1));
        }
        let value = match self.peek() {
            Some('{') => {
                self.depth += 1;
                let fields = self.object()?;
                self.depth -= 1;
                Value::Object(fields)
            }
            Some('[') => {
                self.depth += 1;
                self.bump();
                let items = self.list(']')?;
                self.depth -= 1;
                Value::Array(items)
            }
            Some(q @ ('"' | '\'' | '`')) => Value::Str(self.string(q)?),
            Some('/') => {
                self.bump();
                let mut pattern = String::new();
                loop {
                    match self.bump() {
                        Some('\\') => {
                            pattern.push('\\');
                            pattern.extend(self.bump());
                        }
                        Some('/') => break,
                        Some('\n') | None => return Err(("unterminated regular expression".into(), start..self.at)),
                        Some(c) => pattern.push(c),
                    }
                }
                let flags = self.ident()?.map(|(f, _)| f).unwrap_or_default();
                Value::Regex { pattern, flags }
            }
            Some(c) if c.is_ascii_digit() || c == '-' || c == '.' => {
                self.bump();
                while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-')) {
                    self.bump();
                }
                let text = &self.text[start..self.at];
                let digits = text.trim_start_matches('-');
                if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                    return Err((format!("`{text}` is not a number"), start..self.at));
                }
                Value::Number(text.to_string())
            }
            _ => {
                let Some((name, _)) = self.ident()? else { return Err(self.unexpected("a value")) };
                match name.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    "null" => Value::Null,
                    "new" => {
                        let inner = self.value()?;
                        return Ok(Node { value: inner.value, span: start..self.at });
                    }
                    "function" => {
                        // Server-side JavaScript: its body is kept as a name.
                        self.skip_until_block_end()?;
                        Value::Name("function".into())
                    }
                    _ if self.eat('(')? => Value::Call(name, self.list(')')?),
                    _ => Value::Name(name),
                }
            }
        };
        // Driver code passes expressions (`page * 20`, `req.query.q`, `await x`):
        // whatever follows a value up to the next `,` or closing bracket is
        // part of it, kept as an opaque name.
        self.skip_space()?;
        if self.peek().is_some_and(|c| !matches!(c, ',' | ')' | ']' | '}' | ':' | ';')) && matches!(value, Value::Name(_) | Value::Number(_) | Value::Call(..))
        {
            self.skip_expression()?;
            return Ok(Node { value: Value::Name(self.text[start..self.at].trim().to_string()), span: start..self.at });
        }
        Ok(Node { value, span: start..self.at })
    }

    /// Past an expression: up to a `,`, `;`, newline-free end or a closing
    /// bracket that it did not open.
    fn skip_expression(&mut self) -> Result<(), Problem> {
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => return Ok(()),
                ')' | ']' | '}' => depth -= 1,
                ',' | ';' if depth == 0 => return Ok(()),
                '"' | '\'' | '`' => {
                    self.string(c)?;
                    continue;
                }
                _ => {}
            }
            self.bump();
        }
        Ok(())
    }

    fn string(&mut self, quote: char) -> Result<String, Problem> {
        let start = self.at;
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump() {
                Some('\\') => {
                    let escaped = self.bump().ok_or(("unterminated string".to_string(), start..self.end))?;
                    out.push(match escaped {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                }
                Some(c) if c == quote => return Ok(out),
                Some(c) => out.push(c),
                None => return Err(("unterminated string".into(), start..self.end)),
            }
        }
    }

    fn object(&mut self) -> Result<Vec<(Key, Node)>, Problem> {
        self.expect('{')?;
        let mut fields = Vec::new();
        loop {
            if self.eat('}')? {
                return Ok(fields);
            }
            self.skip_space()?;
            let start = self.at;
            let name = match self.peek() {
                Some(q @ ('"' | '\'')) => self.string(q)?,
                _ => match self.ident()? {
                    Some((name, _)) => name,
                    None => return Err(self.unexpected("a key or `}`")),
                },
            };
            let key = Key { name, span: start..self.at };
            self.skip_space()?;
            if matches!(self.peek(), Some(',' | '}')) && !self.text[key.span.clone()].starts_with(['"', '\'']) {
                // `{ skip, limit }`: shorthand for `{ skip: skip, limit: limit }`.
                let value = Node { value: Value::Name(key.name.clone()), span: key.span.clone() };
                fields.push((key, value));
            } else {
                self.expect(':')?;
                fields.push((key, self.value()?));
            }
            if !self.eat(',')? {
                self.expect('}')?;
                return Ok(fields);
            }
        }
    }

    /// Values separated by commas up to `close` (trailing comma allowed).
    pub fn list(&mut self, close: char) -> Result<Vec<Node>, Problem> {
        let mut items = Vec::new();
        loop {
            if self.eat(close)? {
                return Ok(items);
            }
            items.push(self.value()?);
            if !self.eat(',')? {
                self.expect(close)?;
                return Ok(items);
            }
        }
    }

    /// Past a `function (…) { … }`: its parameters and braced body.
    fn skip_until_block_end(&mut self) -> Result<(), Problem> {
        let start = self.at;
        let open = self.text[self.at..self.end].find('{').ok_or(("a function without a body".to_string(), start..self.end))?;
        self.at += open;
        let mut depth = 0usize;
        while let Some(c) = self.bump() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(("unterminated function body".into(), start..self.end))
    }
}

/// Parse one JSON or object-literal document that fills `text[range]`.
pub fn parse_document(text: &str, range: Range<usize>) -> Result<Node, Problem> {
    let mut parser = Parser::new(text, range);
    let node = parser.value()?;
    parser.skip_space()?;
    if parser.peek().is_some() {
        return Err(parser.unexpected("the end of the document"));
    }
    Ok(node)
}
