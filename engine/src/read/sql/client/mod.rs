//! What each system's own client does before the server sees a statement:
//! psql's meta-commands and `COPY … FROM stdin` data, sqlcmd's `GO` and
//! `:setvar`, the mysql client's `DELIMITER` and `source`, SQL*Plus's `/`,
//! `PROMPT`, `REM` and `&` substitutions, Hive's `${var}`. The client lines
//! are blanked byte for byte (every offset stays true) and the places where
//! the client ends a statement are handed to the splitter.

mod output;
mod psql;
mod templates;
mod tsql;

use super::Dialect;
use std::borrow::Cow;
use std::ops::Range;

/// A script as its client hands it to the server.
#[derive(Debug, Default)]
pub struct ClientScript<'a> {
    /// The text with client commands blanked; same length as the input.
    pub text: Cow<'a, str>,
    /// Offsets at which the client ends a statement whatever the `;`s say
    /// (a `GO` line, a `/` line, a custom delimiter), ascending.
    pub ends: Vec<usize>,
    /// Ranges in which `;` does not end a statement: routine bodies under a
    /// custom `DELIMITER`, PL/SQL blocks closed by `/`. Ascending, disjoint.
    pub bodies: Vec<Range<usize>>,
}

/// Read `text` the way `dialect`'s client reads it.
pub fn read(text: &str, dialect: Dialect) -> ClientScript<'_> {
    let mut out = ClientScript { text: Cow::Borrowed(text), ..ClientScript::default() };
    if !might_have_client_syntax(text, dialect) {
        return out;
    }
    let mut bytes = text.as_bytes().to_vec();
    let lines = lines_of(text);
    let mut copy_data = false;
    // The mysql client's current delimiter when it is not `;`, and where it was set.
    let mut delimiter: Option<(String, usize)> = None;
    let oracle = dialect == Dialect::Oracle;
    let mut plsql_from: Option<usize> = None;
    let postgres = matches!(dialect, Dialect::Postgres | Dialect::Generic);
    let psql_variables = postgres && psql::uses_variables(text);
    let mut atomic = psql::AtomicBody::default();
    let has_templates = templates::present(text);
    let has_output = output::present(text);
    let mut storage = (dialect == Dialect::Mssql).then(tsql::StorageClauses::default);
    // Inside a string literal that spans lines: no line there is a client command.
    let mut in_string = Inside::Code;
    for (i, line) in lines.iter().enumerate() {
        let content = &text[line.clone()];
        let trimmed = content.trim();
        let upper = trimmed.to_ascii_uppercase();
        if copy_data {
            copy_data = !trimmed.starts_with("\\.");
            // A tokenizer that captures COPY's payload itself reads up to
            // the `\.` line: it must stay, or the rest of the script is data.
            if copy_data || !dialect.parser_dialect().supports_copy_from_stdin_data() {
                blank(&mut bytes, line.clone());
            }
            continue;
        }
        let started_inside = in_string;
        in_string = ends_inside(content, in_string);
        if started_inside != Inside::Code {
            continue;
        }
        if let Some(set) = delimiter_command(trimmed) {
            blank(&mut bytes, line.clone());
            if let Some((_, from)) = delimiter.take() {
                out.bodies.push(from..line.start);
            }
            if set != ";" {
                delimiter = Some((set.to_string(), line.end));
            }
            out.ends.push(line.start);
            continue;
        }
        if let Some((custom, _)) = &delimiter {
            for at in find_outside_quotes(content, custom) {
                let at = line.start + at;
                blank(&mut bytes, at..at + custom.len());
                out.ends.push(at);
            }
            continue;
        }
        if trimmed.starts_with('\\') || is_go(&upper) || is_sqlcmd(trimmed, dialect) || (dialect == Dialect::Mysql && is_mysql_source(&upper)) {
            blank(&mut bytes, line.clone());
            out.ends.push(line.start);
            continue;
        }
        if has_output && output::is_output(trimmed) {
            blank(&mut bytes, line.clone());
            out.ends.push(line.start);
            continue;
        }
        if has_templates {
            templates::fill(content, line.start, &mut bytes);
        }
        if let Some(storage) = &mut storage {
            storage.line(content, line.start, &mut bytes);
        }
        if postgres {
            if let Some(at) = psql::inline_command(content) {
                blank(&mut bytes, line.start + at..line.end);
                out.ends.push(line.start + at);
            }
            if psql_variables {
                psql::substitute_variables(content, line.start, &mut bytes);
            }
            if let Some(body) = atomic.line(content, line.start) {
                out.bodies.push(body);
            }
        }
        if trimmed == "/" {
            blank(&mut bytes, line.clone());
            out.ends.push(line.start);
            if let Some(from) = plsql_from.take() {
                out.bodies.push(from..line.start);
            }
            continue;
        }
        if oracle && plsql_from.is_none() && is_sqlplus_command(&upper) {
            blank(&mut bytes, line.clone());
            out.ends.push(line.start);
            continue;
        }
        if oracle && plsql_from.is_none() && starts_plsql_block(&upper) && lines[i + 1..].iter().any(|l| text[l.clone()].trim() == "/") {
            plsql_from = Some(line.start);
        }
        let lower = upper.to_ascii_lowercase();
        // Rows follow only where a `\.` line ends them: a lesson shows the
        // statement alone, and what comes after it is SQL again.
        if lower.starts_with("copy ") && lower.contains("from stdin") && lower.ends_with(';') {
            if text[line.end..].lines().any(|l| l.trim() == "\\.") {
                copy_data = true;
            } else if dialect.parser_dialect().supports_copy_from_stdin_data() {
                // The tokenizer would take the rest of the text as rows: the
                // statement is left unread instead (its STDIN misspelt in the view).
                if let Some(at) = lower.find("from stdin") {
                    let offset = line.start + (content.len() - content.trim_start().len()) + at + "from stdi".len();
                    bytes[offset] = b'X';
                }
            }
        }
    }
    if let Some((_, from)) = delimiter {
        out.bodies.push(from..text.len());
    }
    substitute_variables(text, dialect, &mut bytes);
    blank_byte_order_mark(&mut bytes);
    out.ends.sort_unstable();
    out.ends.dedup();
    // Only ASCII blanks replaced whole characters or ASCII bytes, so the text stays UTF-8.
    out.text = Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()));
    out
}

/// Where a line leaves the lexer: in code, or inside a string or a block
/// comment that runs on to the next line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Inside {
    Code,
    String,
    Comment,
}

fn ends_inside(line: &str, start: Inside) -> Inside {
    let bytes = line.as_bytes();
    let mut state = start;
    let mut i = 0;
    while i < bytes.len() {
        let pair = bytes.get(i..i + 2);
        match state {
            Inside::String if bytes[i] == b'\'' => state = Inside::Code,
            Inside::Comment if pair == Some(b"*/") => {
                state = Inside::Code;
                i += 1;
            }
            Inside::Code if bytes[i] == b'\'' => state = Inside::String,
            Inside::Code if pair == Some(b"/*") => {
                state = Inside::Comment;
                i += 1;
            }
            Inside::Code if pair == Some(b"--") => break,
            _ => {}
        }
        i += 1;
    }
    state
}

/// Cheap test that spares the copy for plain SQL, the common case.
fn might_have_client_syntax(text: &str, dialect: Dialect) -> bool {
    let bytes = text.as_bytes();
    bytes.starts_with(b"\xEF\xBB\xBF")
        || text.lines().any(|l| {
            let t = l.trim_start();
            t.starts_with('\\') || t.starts_with('/') || t.starts_with(':') || {
                let b = t.as_bytes();
                b.get(..2).is_some_and(|w| w.eq_ignore_ascii_case(b"GO")) || b.get(..9).is_some_and(|w| w.eq_ignore_ascii_case(b"DELIMITER"))
            }
        })
        || contains_ignore_case(text, "from stdin")
        || templates::present(text)
        || output::present(text)
        || (matches!(dialect, Dialect::Postgres | Dialect::Generic) && (text.contains('\\') || contains_ignore_case(text, "begin atomic")))
        || match dialect {
            Dialect::Oracle => true,
            Dialect::Mysql => contains_ignore_case(text, "source "),
            Dialect::Mssql => true,
            Dialect::Spark | Dialect::Hive => text.contains("${"),
            _ => false,
        }
}

/// Each line's byte range, without its line break.
fn lines_of(text: &str) -> Vec<Range<usize>> {
    let mut at = 0;
    text.split_inclusive('\n')
        .map(|l| {
            let range = at..at + l.trim_end_matches(['\n', '\r']).len();
            at += l.len();
            range
        })
        .collect()
}

fn blank(bytes: &mut [u8], range: Range<usize>) {
    bytes[range].iter_mut().filter(|b| **b != b'\n' && **b != b'\r').for_each(|b| *b = b' ');
}

fn blank_byte_order_mark(bytes: &mut [u8]) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes[..3].fill(b' ');
    }
}

/// `DELIMITER //` (any case): the new delimiter.
fn delimiter_command(trimmed: &str) -> Option<&str> {
    let word = trimmed.get(..9)?;
    if !word.eq_ignore_ascii_case("DELIMITER") {
        return None;
    }
    let rest = &trimmed[9..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    rest.split_whitespace().next()
}

/// sqlcmd's and SSMS's batch separator: `GO`, `GO 5`, `GO -- comment`.
fn is_go(upper: &str) -> bool {
    let Some(rest) = upper.strip_prefix("GO") else { return false };
    let rest = rest.trim_start();
    let rest = rest.split("--").next().unwrap_or("").trim();
    rest.is_empty() || rest.bytes().all(|b| b.is_ascii_digit()) || rest == ";"
}

/// sqlcmd's own commands: `:setvar`, `:r`, `:on error`, `:connect`.
fn is_sqlcmd(trimmed: &str, dialect: Dialect) -> bool {
    matches!(dialect, Dialect::Mssql | Dialect::Generic) && trimmed.starts_with(':') && trimmed[1..].starts_with(|c: char| c.is_ascii_alphabetic())
}

/// The mysql client's `source file` and `\. file` (the latter is caught as a backslash line).
fn is_mysql_source(upper: &str) -> bool {
    upper.strip_prefix("SOURCE").is_some_and(|rest| rest.starts_with([' ', '\t']))
}

/// SQL*Plus's own commands, which end at the end of their line.
fn is_sqlplus_command(upper: &str) -> bool {
    const COMMANDS: [&str; 26] = [
        "PROMPT", "REM", "REMARK", "@", "WHENEVER", "SPOOL", "DEFINE", "UNDEFINE", "ACCEPT", "CONNECT", "CONN", "SHOW", "COLUMN", "COL", "TTITLE", "BTITLE",
        "BREAK", "COMPUTE", "EXIT", "QUIT", "PAUSE", "VARIABLE", "PRINT", "CLEAR", "HOST", "EXEC",
    ];
    if upper.starts_with('@') {
        return true;
    }
    let word = upper.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').next().unwrap_or("");
    if word == "SET" {
        // SQL's own SET statements; everything else is a SQL*Plus setting.
        let next = upper[3..].split_whitespace().next().unwrap_or("");
        return !["TRANSACTION", "ROLE", "CONSTRAINT", "CONSTRAINTS"].contains(&next.trim_end_matches(';'));
    }
    COMMANDS.contains(&word) || (word == "EXECUTE" && !upper.contains(" IMMEDIATE"))
}

/// A statement that SQL*Plus sends whole up to the next `/` line.
fn starts_plsql_block(upper: &str) -> bool {
    let words: Vec<&str> = upper.split_whitespace().take(6).collect();
    let mut rest = words.as_slice();
    if rest.first() == Some(&"DECLARE") || rest.first().is_some_and(|w| *w == "BEGIN" || w.starts_with("BEGIN")) {
        return true;
    }
    if rest.first() != Some(&"CREATE") {
        return false;
    }
    rest = &rest[1..];
    if rest.starts_with(&["OR", "REPLACE"]) {
        rest = &rest[2..];
    }
    if rest.first().is_some_and(|w| ["EDITIONABLE", "NONEDITIONABLE"].contains(w)) {
        rest = &rest[1..];
    }
    rest.first().is_some_and(|w| ["PROCEDURE", "FUNCTION", "PACKAGE", "TRIGGER", "TYPE"].contains(w))
}

/// Client-side variables made into identifiers of the same length, so the
/// statement around them can be read: `$(Db)` → `__Db_`, `&name` → `_name`,
/// `${hivevar:db}` → `$_hivevar_db_` (Hive), `${db}` → `__db_` (Spark).
fn substitute_variables(text: &str, dialect: Dialect, bytes: &mut [u8]) {
    let (open, close): (&str, u8) = match dialect {
        Dialect::Mssql => ("$(", b')'),
        Dialect::Spark | Dialect::Hive => ("${", b'}'),
        Dialect::Oracle => {
            for (i, b) in text.bytes().enumerate() {
                // A `&` on a line blanked as a client command stays blank.
                if b == b'&' && bytes[i] == b'&' && text.as_bytes().get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'&' || *c == b'_') {
                    bytes[i] = b'_';
                }
            }
            return;
        }
        _ => return,
    };
    let mut from = 0;
    while let Some(found) = text[from..].find(open) {
        let start = from + found;
        let Some(len) = text.as_bytes()[start..].iter().take(80).position(|b| *b == close) else {
            from = start + open.len();
            continue;
        };
        if bytes[start] != text.as_bytes()[start] {
            from = start + len + 1;
            continue; // on a line blanked as a client command
        }
        for b in &mut bytes[start..=start + len] {
            if !b.is_ascii_alphanumeric() {
                *b = b'_';
            }
        }
        if dialect == Dialect::Hive {
            bytes[start] = b'$'; // Hive's identifiers start with a letter, a digit or `$`, never `_`
        }
        from = start + len + 1;
    }
}

/// Which bytes of `line` are code: outside quotes and `--` / `#` comments.
pub(super) fn code_mask(line: &str) -> Vec<bool> {
    let bytes = line.as_bytes();
    let mut mask = vec![false; bytes.len()];
    let mut quote: Option<u8> = None;
    for i in 0..bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if matches!(b, b'\'' | b'"' | b'`') => quote = Some(b),
            None if b == b'#' || bytes[i..].starts_with(b"-- ") => break,
            None => mask[i] = true,
        }
    }
    mask
}

/// Where `needle` occurs in `line` outside quotes and `--` / `#` comments.
pub(super) fn find_outside_quotes(line: &str, needle: &str) -> Vec<usize> {
    let mask = code_mask(line);
    let mut found = Vec::new();
    let mut i = 0;
    while i < line.len() {
        if mask[i] && line.as_bytes()[i..].starts_with(needle.as_bytes()) {
            found.push(i);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// Whether `needle` (ASCII) occurs in `haystack` in any case.
pub(crate) fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests;
