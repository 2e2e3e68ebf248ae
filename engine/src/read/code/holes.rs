//! Holes a SQL string leaves for code to fill: Python's `str.format`
//! fields (`{pattern}`, `{}`) and pg-promise's named parameters
//! (`$<className>`, `${name}`, `$1:name`). A value or a name hole is made
//! a placeholder or a name of the same length, so the statement around it
//! is read; a hole that takes SQL text (`{pattern}`, `:raw`, `^`) leaves a
//! statement only the running code completes, which is not read at all.

use super::{CodeFile, Language, SqlLiteral};

/// What fills a hole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hole {
    /// A bound value: read as the placeholder `$1`.
    Value,
    /// A table or column name: read as a name.
    Name,
}

/// The holes of every piece of `literal`, placed in the text, or `None`
/// when one of them takes SQL text.
pub(super) fn of_literal(text: &str, file: &CodeFile, literal: &SqlLiteral) -> Option<Vec<(std::ops::Range<usize>, Hole)>> {
    let mut out = Vec::new();
    for piece in literal.tokens() {
        let Some(lit) = file.tokens[piece].string() else { continue };
        let start = lit.content.start;
        out.extend(holes(&text[lit.content.clone()], file.language)?.into_iter().map(|(r, h)| (start + r.start..start + r.end, h)));
    }
    Some(out)
}

/// The holes in `content` (byte ranges within it), or `None` when a hole
/// may take SQL text and the string is no statement until the code runs.
pub(super) fn holes(content: &str, language: Language) -> Option<Vec<(std::ops::Range<usize>, Hole)>> {
    match language {
        Language::Python => (!has_format_field(content)).then(Vec::new),
        Language::JavaScript => pg_promise(content),
        _ => Some(Vec::new()),
    }
}

/// `{}`, `{0}`, `{pattern}`, `{name!r}`: a `str.format` field (`{{` is a
/// brace, and so is one inside a SQL string, `'{}'`).
fn has_format_field(content: &str) -> bool {
    let bytes = content.as_bytes();
    let mut i = 0;
    let mut quoted = false;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            quoted = !quoted;
        } else if bytes[i] == b'{' && !quoted {
            if bytes.get(i + 1) == Some(&b'{') {
                i += 2;
                continue;
            }
            let field = content[i + 1..].split('}').next().unwrap_or("");
            if content[i + 1..].contains('}') && field.chars().all(|c| c.is_ascii_alphanumeric() || "_.!:[]".contains(c)) {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// pg-promise's `$<name>`, `${name}`, `$(name)`, `$[name]`, `$/name/` and
/// `$1`, each with an optional filter: `:name`/`~` a name, `:raw`/`^` SQL
/// text, anything else (`:json`, `:csv`, none) a value.
fn pg_promise(content: &str) -> Option<Vec<(std::ops::Range<usize>, Hole)>> {
    let bytes = content.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'$' {
            i += 1;
            continue;
        }
        let close = match bytes[i + 1] {
            b'<' => Some(b'>'),
            b'{' => Some(b'}'),
            b'(' => Some(b')'),
            b'[' => Some(b']'),
            b'/' => Some(b'/'),
            _ => None,
        };
        let (end, inner) = match close {
            Some(close) => match bytes[i + 2..].iter().position(|b| *b == close) {
                Some(n) if n > 0 => (i + 2 + n + 1, &content[i + 2..i + 2 + n]),
                _ => break,
            },
            None if bytes[i + 1].is_ascii_digit() => {
                // `$1`, then an optional `:name`, `~`, `^`.
                let digits = bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
                let mut end = i + 1 + digits;
                let filter = filter_len(&content[end..]);
                end += filter;
                (end, &content[i + 1..end])
            }
            None => {
                i += 1;
                continue;
            }
        };
        let hole = if inner.ends_with('^') || inner.ends_with(":raw") || inner.ends_with(":value") {
            return None;
        } else if inner.ends_with('~') || inner.ends_with(":name") || inner.ends_with(":alias") {
            Hole::Name
        } else {
            Hole::Value
        };
        // A bare `$1` is already a placeholder PostgreSQL reads.
        if !(close.is_none() && hole == Hole::Value) {
            out.push((i..end, hole));
        }
        i = end;
    }
    Some(out)
}

/// The length of a pg-promise filter at the start of `rest`: `:name`, `~`, `^`, `:raw`…
fn filter_len(rest: &str) -> usize {
    if rest.starts_with('~') || rest.starts_with('^') {
        return 1;
    }
    match rest.strip_prefix(':') {
        Some(word) => 1 + word.bytes().take_while(u8::is_ascii_alphabetic).count(),
        None => 0,
    }
}

/// Write `hole` over `view[range]`: `$1` and spaces, or a name spelt from
/// the hole (`$<joinTable:name>` → `__joinTable_name_`, as a script
/// variable is read).
pub(super) fn fill(view: &mut [u8], range: std::ops::Range<usize>, hole: Hole) {
    for (n, b) in view[range].iter_mut().enumerate() {
        *b = match (hole, n) {
            (Hole::Value, 0) => b'$',
            (Hole::Value, 1) => b'1',
            (Hole::Value, _) => b' ',
            (Hole::Name, _) if b.is_ascii_alphanumeric() => *b,
            (Hole::Name, _) => b'_',
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_that_take_a_value_or_a_name_are_filled_and_sql_text_is_not_read() {
        let js = |s: &str| holes(s, Language::JavaScript);
        let named = "SELECT * FROM \"_SCHEMA\" WHERE \"className\" = $<className>";
        let at = named.find("$<").unwrap();
        assert_eq!(js(named).unwrap(), [(at..named.len(), Hole::Value)]);
        assert_eq!(js("CREATE INDEX IF NOT EXISTS $1:name ON $2:name ($3:name)").unwrap().len(), 3);
        let braces = "SELECT * FROM pg_indexes WHERE tablename = ${className}";
        assert_eq!(js(braces).unwrap(), [(braces.find('$').unwrap()..braces.len(), Hole::Value)]);
        assert!(js("ALTER TABLE $<className:name> ADD COLUMN $<fieldName:name> $<postgresType:raw>").is_none());
        assert!(js("SELECT $1, $2").unwrap().is_empty());
        let py = |s: &str| holes(s, Language::Python);
        assert!(py("SELECT e.extname FROM pg_catalog.pg_extension e {pattern} ORDER BY 1").is_none());
        assert!(py("SELECT '{{not a field}}', %s").is_some());
        assert!(py("SELECT btrim(ARRAY(SELECT 1)::text, '{}') AS d FROM t WHERE c.oid = %(oid)s").is_some());
        let mut view = b"= $<className>;".to_vec();
        fill(&mut view, 2..14, Hole::Value);
        assert_eq!(&view, b"= $1          ;");
    }
}
