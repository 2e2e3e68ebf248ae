//! A small lexer for the host languages around SQL (Go, Python,
//! JavaScript/TypeScript, Java). It finds what the reviewer needs —
//! identifiers, punctuation and string literals with their exact byte
//! ranges and interpolation holes — and skips comments, so SQL in a comment
//! or a word in a string is never mistaken for code.

use super::Language;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    Ident,
    Number,
    Punct(u8),
    Str(StringLit),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// The whole token, quotes and prefixes included.
    pub span: Range<usize>,
}

/// A string literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringLit {
    /// The text between the quotes.
    pub content: Range<usize>,
    /// Interpolated expressions (`{x}` in an f-string, `${x}` in a template literal).
    pub holes: Vec<Range<usize>>,
    /// Backslash escapes are not processed (Go raw strings, Python r-strings).
    pub raw: bool,
}

impl Token {
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    pub fn string(&self) -> Option<&StringLit> {
        match &self.kind {
            TokenKind::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Lex `text[range]` as `language`; positions are those of `text`. An
/// unterminated string or comment runs to the end of the range.
pub fn lex(text: &str, range: Range<usize>, language: Language) -> Vec<Token> {
    let bytes = &text.as_bytes()[..range.end];
    let mut out = Vec::new();
    let mut i = range.start;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
        } else if language.line_comment(&bytes[i..]) {
            i = find(bytes, i, b"\n").unwrap_or(bytes.len());
        } else if language != Language::Python && bytes[i..].starts_with(b"/*") {
            i = find(bytes, i + 2, b"*/").map_or(bytes.len(), |e| e + 2);
        } else if let Some((lit, end)) = string_at(text, bytes, i, language) {
            out.push(Token { kind: TokenKind::Str(lit), span: start..end });
            i = end;
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$' || bytes[i] >= 0x80) {
                i += 1;
            }
            out.push(Token { kind: TokenKind::Ident, span: start..i });
        } else if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'.' || bytes[i] == b'_') {
                i += 1;
            }
            out.push(Token { kind: TokenKind::Number, span: start..i });
        } else {
            out.push(Token { kind: TokenKind::Punct(c), span: start..start + 1 });
            i += 1;
        }
    }
    out
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// A string literal starting at `i` (after any prefix), with the index after it.
fn string_at(text: &str, bytes: &[u8], i: usize, language: Language) -> Option<(StringLit, usize)> {
    // Python prefixes: r, b, f, u and their pairs (rb, fr…), any case.
    let mut quote_at = i;
    let (mut raw, mut formatted) = (false, false);
    if language == Language::Python {
        while quote_at < bytes.len() && quote_at - i < 2 && b"rRbBuUfF".contains(&bytes[quote_at]) {
            raw |= matches!(bytes[quote_at], b'r' | b'R');
            formatted |= matches!(bytes[quote_at], b'f' | b'F');
            quote_at += 1;
        }
        // A prefix must touch its quote, and an identifier is not a prefix.
        if quote_at > i && (quote_at >= bytes.len() || !matches!(bytes[quote_at], b'\'' | b'"')) {
            return None;
        }
        if quote_at > i && i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
            return None;
        }
    }
    let quote = *bytes.get(quote_at)?;
    let triple = bytes[quote_at..].starts_with(&[quote; 3]);
    match (language, quote) {
        (Language::Go, b'`') => return Some(closed(bytes, quote_at, quote_at + 1, b"`", true, Vec::new())),
        (Language::JavaScript, b'`') => return Some(template(bytes, quote_at)),
        (Language::Python, b'\'' | b'"') | (Language::Java, b'"') if triple => {
            let delimiter = [quote; 3];
            let (mut lit, end) = closed(bytes, quote_at, quote_at + 3, &delimiter, raw, Vec::new());
            if formatted {
                lit.holes = holes_in_braces(text, lit.content.clone());
            }
            return Some((lit, end));
        }
        (_, b'"') | (Language::Python | Language::JavaScript, b'\'') => {}
        // Go and Java runes and chars: one character, no SQL in them.
        (Language::Go | Language::Java, b'\'') => {}
        _ => return None,
    }
    let (mut lit, end) = closed(bytes, quote_at, quote_at + 1, &[quote], raw, Vec::new());
    if formatted {
        lit.holes = holes_in_braces(text, lit.content.clone());
    }
    Some((lit, end))
}

/// Scan to `delimiter`, honouring backslash escapes unless `raw`. One-line
/// quotes end at a newline too (the author forgot to close them).
fn closed(bytes: &[u8], quote_at: usize, from: usize, delimiter: &[u8], raw: bool, holes: Vec<Range<usize>>) -> (StringLit, usize) {
    let single_line = delimiter.len() == 1 && delimiter[0] != b'`';
    let mut j = from;
    while j < bytes.len() {
        if bytes[j..].starts_with(delimiter) {
            return (StringLit { content: from..j, holes, raw }, j + delimiter.len());
        }
        if single_line && bytes[j] == b'\n' {
            break;
        }
        j += if bytes[j] == b'\\' && !raw { 2 } else { 1 };
    }
    let end = j.min(bytes.len());
    let _ = quote_at;
    (StringLit { content: from..end, holes, raw }, end)
}

/// A JavaScript template literal, its `${…}` holes with nested braces.
fn template(bytes: &[u8], quote_at: usize) -> (StringLit, usize) {
    let mut holes = Vec::new();
    let mut j = quote_at + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'`' => return (StringLit { content: quote_at + 1..j, holes, raw: false }, j + 1),
            b'$' if bytes.get(j + 1) == Some(&b'{') => {
                let start = j;
                let mut depth = 0usize;
                while j < bytes.len() {
                    match bytes[j] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                j = (j + 1).min(bytes.len());
                holes.push(start..j);
            }
            _ => j += 1,
        }
    }
    let end = j.min(bytes.len());
    (StringLit { content: quote_at + 1..end, holes, raw: false }, end)
}

/// `{expr}` holes of a Python f-string (`{{` and `}}` are literal braces).
fn holes_in_braces(text: &str, content: Range<usize>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut holes = Vec::new();
    let mut j = content.start;
    while j < content.end {
        if bytes[j..content.end].starts_with(b"{{") || bytes[j..content.end].starts_with(b"}}") {
            j += 2;
        } else if bytes[j] == b'{' {
            let end = bytes[j..content.end].iter().position(|b| *b == b'}').map_or(content.end, |p| j + p + 1);
            holes.push(j..end);
            j = end;
        } else {
            j += 1;
        }
    }
    holes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(text: &str, language: Language) -> Vec<(&str, usize)> {
        lex(text, 0..text.len(), language).iter().filter_map(|t| t.string().map(|s| (&text[s.content.clone()], s.holes.len()))).collect()
    }

    #[test]
    fn go_strings_raw_strings_and_comments() {
        let go = "// SELECT in a comment\nq := `SELECT id\nFROM users` /* \"not a string\" */\nrows, err := db.Query(\"SELECT \\\"x\\\" FROM t\", id)";
        assert_eq!(strings(go, Language::Go), vec![("SELECT id\nFROM users", 0), ("SELECT \\\"x\\\" FROM t", 0)]);
    }

    #[test]
    fn python_prefixes_triple_quotes_and_f_string_holes() {
        let py = "# SELECT nothing\ncur.execute(f\"SELECT * FROM t WHERE id = {uid} AND a = '{{x}}'\")\nq = '''\nSELECT 1\n'''\nname = rb'x'";
        assert_eq!(strings(py, Language::Python), vec![("SELECT * FROM t WHERE id = {uid} AND a = '{{x}}'", 1), ("\nSELECT 1\n", 0), ("x", 0)]);
        // An identifier ending in a prefix letter is not a prefix.
        assert_eq!(strings("buf'x'", Language::Python).len(), 1);
    }

    #[test]
    fn javascript_template_literals_with_nested_holes() {
        let js = "const q = `SELECT * FROM t WHERE id = ${ids.map((i) => { return i; })}`; // 'x'";
        assert_eq!(strings(js, Language::JavaScript), vec![("SELECT * FROM t WHERE id = ${ids.map((i) => { return i; })}", 1)]);
    }

    #[test]
    fn java_text_blocks_and_chars() {
        let java = "String q = \"\"\"\n  SELECT id FROM users\n  \"\"\"; char c = '\"';";
        assert_eq!(strings(java, Language::Java), vec![("\n  SELECT id FROM users\n  ", 0), ("\"", 0)]);
    }

    #[test]
    fn unterminated_input_never_panics() {
        for language in [Language::Go, Language::Python, Language::JavaScript, Language::Java] {
            for text in ["\"abc", "`abc ${", "/* open", "f'{", "'''", "\"\"\"", "\\", "é\"", "`${{{"] {
                let _ = lex(text, 0..text.len(), language);
            }
        }
    }
}
