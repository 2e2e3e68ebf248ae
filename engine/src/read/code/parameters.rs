//! The parameters of the functions around a piece of code, and which of
//! them are numbers by their type or their name: a value a caller gives
//! is what can carry outside text into a statement built in code.

use super::{CodeFile, Language, TokenKind};
use std::ops::Range;

/// Parameter names that by convention hold a number: a catalog `oid`, a
/// `limit`, an `offset`, a `count`.
pub(super) fn is_number_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["oid", "limit", "offset", "count", "page_size", "pagesize"].iter().any(|n| lower == *n || lower.ends_with(&format!("_{n}")))
}

/// Number types of Go, Java, Python and TypeScript parameters.
const NUMERIC_TYPES: &[&str] =
    &["int", "int64", "int32", "uint", "uint64", "long", "Long", "Integer", "short", "float", "float64", "double", "bool", "boolean", "number"];

/// The parameter names of the functions around token `at`, each with
/// whether it is typed as a number.
pub(super) fn enclosing_parameters(text: &str, file: &CodeFile, at: usize) -> Vec<(String, bool)> {
    let tokens = &file.tokens;
    let mut names = Vec::new();
    let headers = parameter_lists(text, file, at);
    for open in headers {
        let mut depth = 0usize;
        for token in &tokens[open..] {
            match token.kind {
                TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
                TokenKind::Punct(b')' | b']' | b'}') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                TokenKind::Ident if depth == 1 => names.push(token.span.clone()),
                _ => {}
            }
        }
    }
    // A parameter typed as a number (`id int`, `long id`, `limit: int`, `n: number`) holds no SQL.
    let numeric = |span: &Range<usize>| {
        let after = text[span.end..].trim_start().trim_start_matches(':').trim_start();
        let before = text[..span.start].trim_end();
        let number = |w: &str| NUMERIC_TYPES.iter().any(|t| w.starts_with(t) && !w[t.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'));
        number(after)
            || NUMERIC_TYPES.iter().any(|t| before.ends_with(t) && !before[..before.len() - t.len()].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
    };
    let mut out: Vec<(String, bool)> = names.iter().map(|span| (text[span.clone()].to_string(), numeric(span))).collect();
    out.retain(|(n, _)| !matches!(n.as_str(), "self" | "cls" | "this"));
    out
}

/// Whether a function around token `at` is given a Go `context.Context`.
pub fn context_in_scope(text: &str, file: &CodeFile, at: usize) -> bool {
    parameter_lists(text, file, at).into_iter().any(|open| {
        let close = super::brackets::matching(&file.tokens, open).unwrap_or(open);
        text[file.tokens[open].span.start..file.tokens[close].span.end].contains("context.Context")
    })
}

/// The `(` of each parameter list of the functions around token `at`, innermost first.
fn parameter_lists(text: &str, file: &CodeFile, at: usize) -> Vec<usize> {
    let tokens = &file.tokens;
    let mut headers = Vec::new();
    if file.language == Language::Python {
        // Each `def` less indented than the scope so far encloses it.
        let indent = |offset: usize| {
            let line = text[..offset].rfind('\n').map_or(0, |n| n + 1);
            text[line..offset].len() - text[line..offset].trim_start().len()
        };
        let mut scope = indent(tokens[at].span.start);
        for j in (0..at).rev() {
            if file.ident(text, j) == Some("def") && indent(tokens[j].span.start) < scope {
                scope = indent(tokens[j].span.start);
                headers.extend((j..at).find(|&k| tokens[k].is_punct(b'(')));
            }
        }
    } else {
        // Each `{` left open before the token, when a parameter list precedes it.
        let mut depth = 0usize;
        for j in (0..at).rev() {
            match tokens[j].kind {
                TokenKind::Punct(b'}') => depth += 1,
                TokenKind::Punct(b'{') if depth > 0 => depth -= 1,
                TokenKind::Punct(b'{') => headers.extend(parameter_list(text, file, j)),
                _ => {}
            }
        }
    }
    headers
}

/// The `(` of the parameter list before the block opened at `brace`: a
/// function, method or arrow function, not an `if`/`for`/`while`.
fn parameter_list(text: &str, file: &CodeFile, brace: usize) -> Option<usize> {
    let tokens = &file.tokens;
    let mut j = brace.checked_sub(1)?;
    if tokens[j].is_punct(b'>') && j >= 1 && tokens[j - 1].is_punct(b'=') {
        j = j.checked_sub(2)?; // `(a, b) => {`
    }
    // A Go result type or a Java `throws X`: back to the parameters' `)`.
    while file.ident(text, j).is_some() || tokens[j].is_punct(b'.') || tokens[j].is_punct(b'*') {
        j = j.checked_sub(1)?;
    }
    if !tokens[j].is_punct(b')') {
        return None;
    }
    let mut depth = 0usize;
    let open = (0..=j).rev().find(|&k| {
        match tokens[k].kind {
            TokenKind::Punct(b')') => depth += 1,
            TokenKind::Punct(b'(') => depth -= 1,
            _ => {}
        }
        depth == 0
    })?;
    // Go's `Name(params) (results) {`: the parameters are the group before.
    if open >= 1 && tokens[open - 1].is_punct(b')') {
        return parameter_list(text, file, open);
    }
    let keyword = open.checked_sub(1).and_then(|k| file.ident(text, k));
    (!matches!(keyword, Some("if" | "for" | "while" | "switch" | "catch" | "with" | "synchronized"))).then_some(open)
}
