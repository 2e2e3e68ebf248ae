//! What a SQL string built in code splices into its text, and whether any
//! of it is a value from outside. A constant, an integer, a value passed
//! through a quoting helper (`identifier()`, `escape_sqlite()`,
//! `sql.Identifier`) or a driver's placeholder pattern built in a template
//! (pg-promise's `$${i}:name`) cannot change the statement; a request's
//! field or a parameter of the enclosing function can.

use super::parameters::{enclosing_parameters, is_number_name};
use super::{lex, Building, CodeFile, SqlLiteral, Token, TokenKind};
use std::ops::Range;

/// A spliced expression that carries a value from outside, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideValue {
    pub span: Range<usize>,
    /// `the request`, `parameter \`name\`` or `defined outside this code`.
    pub source: String,
    /// Between quotes written around it in the SQL (`'{name}'`), unescaped.
    pub between_quotes: bool,
}

/// The first spliced expression of `literal` that carries a value from
/// outside the code (`None`: nothing spliced is known to).
pub fn outside_value(text: &str, file: &CodeFile, literal: &SqlLiteral) -> Option<OutsideValue> {
    if inside_sql_composer(text, file, literal.token) {
        return None;
    }
    let parameters = enclosing_parameters(text, file, literal.token);
    spliced(text, file, literal).into_iter().find_map(|span| {
        let tokens = lex(text, span.clone(), file.language);
        if tokens.is_empty() || is_safe(text, file, &tokens) {
            return None;
        }
        let word = |j: usize| (tokens[j].kind == TokenKind::Ident).then(|| &text[tokens[j].span.clone()]);
        let exposed: Vec<usize> = exposed(text, &tokens).into_iter().filter(|&j| !in_condition(text, &tokens, j)).collect();
        let quoted = exposed.len() < tokens.len();
        let source = if from_request(&text[span.clone()]) && !quoted {
            "the request".to_string()
        } else {
            // A name of the expression itself (not a property, not a callee) that the function was given.
            let names: Vec<&str> = exposed
                .iter()
                .copied()
                .filter(|&j| !(tokens.get(j + 1).is_some_and(|t| t.is_punct(b'(')) || j > 0 && tokens[j - 1].is_punct(b'.')))
                .filter_map(word)
                .filter(|w| !KEYWORDS.contains(w) && !assigned_only_literals(text, file, w))
                .collect();
            let given = names.iter().find(|w| parameters.iter().any(|(p, numeric)| p == *w && !numeric && !is_number_name(p)));
            // A name the code never mentions elsewhere (a lesson's snippet): it comes from outside.
            let root = word(0).filter(|w| names.first() == Some(w));
            let free = || root.filter(|w| !is_number_name(w) && !mentioned_outside(text, file, w, &span));
            match (given, free()) {
                (Some(name), _) => format!("parameter `{name}`"),
                (None, Some(_)) => "defined outside this code".to_string(),
                (None, None) => return None,
            }
        };
        let between_quotes = text[..span.start].trim_end_matches(['{', '$']).ends_with(['\'', '"']);
        Some(OutsideValue { span, source, between_quotes })
    })
}

/// Words of an expression that are no values of their own.
const KEYWORDS: &[&str] =
    &["if", "else", "and", "or", "not", "in", "for", "None", "null", "undefined", "true", "false", "True", "False", "self", "this", "await", "new", "nil"];

/// Whether `name` appears as a name in the code outside `span`.
fn mentioned_outside(text: &str, file: &CodeFile, name: &str, span: &Range<usize>) -> bool {
    (0..file.tokens.len()).any(|i| file.ident(text, i) == Some(name) && !span.contains(&file.tokens[i].span.start))
}

/// The tokens of an expression outside the arguments of a quoting or
/// number-making call (`identifier(name)`, `int(limit)`).
fn exposed(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut j = 0;
    while j < tokens.len() {
        let helper = tokens[j].kind == TokenKind::Ident && {
            let name = &text[tokens[j].span.clone()];
            is_quoting(name) || is_integer(name)
        };
        if helper && tokens.get(j + 1).is_some_and(|t| t.is_punct(b'(')) {
            let mut depth = 0usize;
            j += 1;
            while j < tokens.len() {
                match tokens[j].kind {
                    TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
                    TokenKind::Punct(b')' | b']' | b'}') => depth = depth.saturating_sub(1),
                    _ => {}
                }
                j += 1;
                if depth == 0 {
                    break;
                }
            }
            continue;
        }
        out.push(j);
        j += 1;
    }
    out
}

/// The expressions spliced into the literal's text.
fn spliced(text: &str, file: &CodeFile, literal: &SqlLiteral) -> Vec<Range<usize>> {
    let tokens = &file.tokens;
    let mut out = Vec::new();
    for piece in literal.tokens() {
        let Some(lit) = tokens[piece].string() else { continue };
        for hole in &lit.holes {
            let open = if text[hole.clone()].starts_with("${") { 2 } else { 1 };
            let inner = hole.start + open..hole.end.saturating_sub(1).max(hole.start + open);
            // `$${i}:name`: pg-promise's placeholder, built from an index.
            if text[..hole.start].ends_with('$') {
                continue;
            }
            out.push(python_field(text, inner));
        }
    }
    let last = literal.continued.last().copied().unwrap_or(literal.token);
    match literal.building {
        Building::Concatenation => {
            if tokens.get(last + 1).is_some_and(|t| t.is_punct(b'+')) {
                out.push(operand(text, tokens, last + 2, 1));
            }
            if literal.token >= 2 && tokens[literal.token - 1].is_punct(b'+') {
                out.push(operand(text, tokens, literal.token - 2, -1));
            }
        }
        Building::Formatting => out.extend(format_arguments(text, file, literal.token, last)),
        _ => {}
    }
    out.retain(|r| !text[r.clone()].trim().is_empty());
    out
}

/// A Python f-string field without its conversion and format spec
/// (`{name!r}`, `{count:d}`).
fn python_field(text: &str, inner: Range<usize>) -> Range<usize> {
    let written = &text[inner.clone()];
    let cut = written.find(['!', ':']).filter(|&i| !written[i..].starts_with("!=") && !written[i..].starts_with("::"));
    inner.start..cut.map_or(inner.end, |i| inner.start + i)
}

/// The operand from token `from` walking `step` (1 or -1) to a `+`, a
/// separator or a bracket it did not open.
fn operand(text: &str, tokens: &[Token], from: usize, step: isize) -> Range<usize> {
    let (mut first, mut last) = (from, from);
    let mut depth = 0isize;
    let mut j = from as isize;
    while j >= 0 && (j as usize) < tokens.len() {
        let token = &tokens[j as usize];
        let (opens, closes) = if step > 0 { (b"([{", b")]}") } else { (b")]}", b"([{") };
        match token.kind {
            TokenKind::Punct(c) if opens.contains(&c) => depth += 1,
            TokenKind::Punct(c) if closes.contains(&c) && depth == 0 => break,
            TokenKind::Punct(c) if closes.contains(&c) => depth -= 1,
            TokenKind::Punct(b'+' | b',' | b';' | b'=') if depth == 0 => break,
            TokenKind::Str(_) if depth == 0 && j as usize != from => break,
            _ => {}
        }
        // A line break at depth 0 ends the statement, unless an operator carries it on.
        if depth == 0 && j as usize != from {
            let (a, b) = if step > 0 { (&tokens[j as usize - 1], token) } else { (token, &tokens[j as usize + 1]) };
            let carried = matches!(a.kind, TokenKind::Punct(b'+' | b'(' | b',' | b'.' | b'%')) || b.is_punct(b'.');
            if text[a.span.end..b.span.start].contains('\n') && !carried {
                break;
            }
        }
        if step > 0 {
            last = j as usize;
        } else {
            first = j as usize;
        }
        j += step;
    }
    if first > last || from >= tokens.len() {
        return 0..0;
    }
    tokens[first].span.start..tokens[last].span.end
}

/// The values given to the formatter: `Sprintf(lit, a, b)`,
/// `lit.format(a, key=b)`, `lit % (a, b)`.
fn format_arguments(text: &str, file: &CodeFile, first: usize, last: usize) -> Vec<Range<usize>> {
    let tokens = &file.tokens;
    let open = if tokens.get(last + 1).is_some_and(|t| t.is_punct(b'.')) && tokens.get(last + 3).is_some_and(|t| t.is_punct(b'(')) {
        last + 3
    } else if tokens.get(last + 1).is_some_and(|t| t.is_punct(b'%')) {
        return match tokens.get(last + 2) {
            Some(t) if t.is_punct(b'(') => arguments(tokens, last + 2),
            Some(_) => vec![operand(text, tokens, last + 2, 1)],
            None => Vec::new(),
        };
    } else if first >= 1 && tokens[first - 1].is_punct(b'(') {
        // `Sprintf(lit, a, b)`: the arguments after the literal.
        return arguments(tokens, first - 1).into_iter().skip(1).collect();
    } else {
        return Vec::new();
    };
    arguments(tokens, open)
}

/// The top-level arguments of the bracket opened at `open`; a keyword
/// argument is its value.
fn arguments(tokens: &[Token], open: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = open + 1;
    for (j, token) in tokens.iter().enumerate().skip(open) {
        match token.kind {
            TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
            TokenKind::Punct(b')' | b']' | b'}') if depth == 1 => {
                push_argument(tokens, start, j, &mut out);
                return out;
            }
            TokenKind::Punct(b')' | b']' | b'}') => depth = depth.saturating_sub(1),
            TokenKind::Punct(b',') if depth == 1 => {
                push_argument(tokens, start, j, &mut out);
                start = j + 1;
            }
            _ => {}
        }
    }
    out
}

fn push_argument(tokens: &[Token], start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    // `key=value`: the value.
    let start = if end > start + 2 && tokens[start].kind == TokenKind::Ident && tokens[start + 1].is_punct(b'=') { start + 2 } else { start };
    if start < end {
        out.push(tokens[start].span.start..tokens[end - 1].span.end);
    }
}

/// Whether the expression cannot change the statement: literals and
/// numbers only, a quoting helper's result, an integer, or a constant.
fn is_safe(text: &str, file: &CodeFile, tokens: &[Token]) -> bool {
    let word = |t: &Token| (t.kind == TokenKind::Ident).then(|| &text[t.span.clone()]);
    let called = tokens.iter().enumerate().filter(|(j, _)| tokens.get(j + 1).is_some_and(|n| n.is_punct(b'('))).filter_map(|(_, t)| word(t));
    let callees: Vec<&str> = called.collect();
    if callees.first().is_some_and(|c| is_quoting(c) || is_integer(c)) && tokens.first().is_some_and(|t| t.kind == TokenKind::Ident) {
        // `identifier(name)`, `int(limit) + 1`: quoted or a number as a whole.
        return exposed(text, tokens).iter().all(|&j| tokens[j].kind != TokenKind::Ident || callees.contains(&&text[tokens[j].span.clone()]));
    }
    let literal_only = tokens.iter().all(|t| match &t.kind {
        TokenKind::Str(lit) => lit.holes.is_empty(),
        TokenKind::Number | TokenKind::Punct(_) => true,
        TokenKind::Ident => matches!(word(t), Some("if" | "else" | "and" | "or" | "not" | "None" | "null" | "true" | "false" | "True" | "False")),
    });
    if literal_only {
        return true;
    }
    // `", ".join(identifier(n) for n in names)`: each item is quoted on its way in.
    if let Some(each) = tokens.iter().position(|t| word(t) == Some("for")) {
        if tokens[..each].iter().any(|t| word(t).is_some_and(is_quoting)) {
            return true;
        }
    }
    // `'true' if flag else 'false'`, `asc ? 'ASC' : 'DESC'`: a choice between literals.
    let strings = tokens.iter().filter(|t| t.string().is_some()).count();
    let chooses = tokens.iter().any(|t| t.is_punct(b'?') || word(t) == Some("if"));
    if chooses && strings >= 2 && callees.is_empty() {
        return true;
    }
    let root = word(&tokens[0]).unwrap_or("");
    let single = tokens.len() == 1 || tokens.get(1).is_some_and(|t| t.is_punct(b'+') || t.is_punct(b'-'));
    single && (is_constant_name(root) || assigned_only_literals(text, file, root)) || text[tokens[0].span.start..].starts_with(".length")
}

/// Whether token `j` is in the condition of a choice (`a if cond else b`,
/// `cond ? a : b`): the condition picks a branch, its value is not spliced.
fn in_condition(text: &str, tokens: &[Token], j: usize) -> bool {
    let word = |k: usize| (tokens[k].kind == TokenKind::Ident).then(|| &text[tokens[k].span.clone()]);
    let python = (0..j).rev().find(|&k| word(k) == Some("if")).is_some_and(|k| !(k..j).any(|m| word(m) == Some("else")));
    let ternary = (j + 1..tokens.len()).any(|k| tokens[k].is_punct(b'?')) && !(0..j).any(|k| tokens[k].is_punct(b'?'));
    python || ternary
}

/// Helpers that quote an identifier or a literal for SQL.
fn is_quoting(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["quote", "escape", "identifier", "ident", "literal", "sanitize"].iter().any(|w| lower.contains(w))
}

/// Calls whose result is a number.
fn is_integer(name: &str) -> bool {
    matches!(name, "int" | "len" | "float" | "parseInt" | "parseFloat" | "Number" | "Itoa" | "FormatInt" | "valueOf")
}

/// `TABLE_NAME`, `MAX_ROWS`: a constant by convention.
fn is_constant_name(name: &str) -> bool {
    name.len() > 1 && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') && name.chars().any(|c| c.is_ascii_uppercase())
}

/// Whether every assignment of `name` in the file is a string or number
/// literal (`tableName = "delta_table"`, `extra_cols = ""`).
fn assigned_only_literals(text: &str, file: &CodeFile, name: &str) -> bool {
    let tokens = &file.tokens;
    let assignments: Vec<usize> = (0..tokens.len().saturating_sub(2))
        .filter(|&i| file.ident(text, i) == Some(name) && (tokens[i + 1].is_punct(b'=') || tokens[i + 1].is_punct(b':') && tokens[i + 2].is_punct(b'=')))
        .filter(|&i| !tokens.get(i + 2).is_some_and(|t| t.is_punct(b'=')))
        .collect();
    !assignments.is_empty()
        && assignments.iter().all(|&i| {
            let value = if tokens[i + 1].is_punct(b':') { i + 3 } else { i + 2 };
            let literal = tokens.get(value).is_some_and(|t| t.kind == TokenKind::Number || t.string().is_some_and(|s| s.holes.is_empty()));
            // The literal ends the statement: nothing but another name's assignment follows on its line.
            let next = tokens.get(value + 1);
            let ends = next.is_none_or(|t| {
                t.is_punct(b';') || text[tokens[value].span.end..t.span.start].contains('\n') || t.is_punct(b'=') && file.ident(text, value + 2).is_some()
            });
            literal && ends
        })
}

/// Text that reads a request: `req.query.q`, `request.args`, `event.body`,
/// `r.FormValue("q")`, `c.Param("id")`, `request.getParameter("q")`.
fn from_request(written: &str) -> bool {
    let starts = ["req.", "request.", "event.", "ctx.params", "ctx.query", "ctx.request"];
    let calls = ["FormValue(", "PostFormValue(", ".Param(", ".Query(", "getParameter(", "URL.Query()", "sys.argv", "input("];
    starts.iter().any(|s| written.starts_with(s)) || calls.iter().any(|c| written.contains(c))
}

/// psycopg's `sql.SQL("… {} …").format(sql.Identifier(name))`: a composer
/// that quotes what it is given.
fn inside_sql_composer(text: &str, file: &CodeFile, token: usize) -> bool {
    token >= 2 && file.tokens[token - 1].is_punct(b'(') && file.ident(text, token - 2) == Some("SQL")
}

#[cfg(test)]
#[path = "splices_tests.rs"]
mod tests;
