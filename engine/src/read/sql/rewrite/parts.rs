//! One statement as written that is several statements to the parser:
//! PostgreSQL's `CREATE SCHEMA s CREATE TABLE a (…) CREATE VIEW b …` and
//! Hive's `FROM src INSERT … SELECT … INSERT … SELECT …`.

use super::is_word;
use sqlparser::tokenizer::{Token, TokenWithSpan};

/// A statement to parse on its own: its tokens, of which those from `own`
/// on are its own text (the ones before are borrowed: the shared `FROM`).
pub(crate) struct Part {
    pub tokens: Vec<TokenWithSpan>,
    pub own: usize,
}

/// The parts `tokens` holds, if it is such a statement.
pub(crate) fn parts(tokens: &[TokenWithSpan]) -> Option<Vec<Part>> {
    if tokens.len() > 3 && is_word(&tokens[0], "CREATE") && is_word(&tokens[1], "SCHEMA") {
        schema_elements(tokens)
    } else if tokens.first().is_some_and(|t| is_word(t, "FROM")) {
        inserts_from_one_source(tokens)
    } else {
        None
    }
}

/// `CREATE SCHEMA s CREATE TABLE a (…) CREATE VIEW b …`: each element is a
/// statement of its own, with no `;` between them (and a view's query
/// would take the next `CREATE` for an alias).
fn schema_elements(tokens: &[TokenWithSpan]) -> Option<Vec<Part>> {
    let starts = top_level(tokens, |t| is_word(t, "CREATE") || is_word(t, "GRANT"));
    let starts: Vec<usize> = starts.into_iter().filter(|&i| i > 1).collect();
    if starts.is_empty() {
        return None;
    }
    let bounds: Vec<usize> = std::iter::once(0).chain(starts).chain(std::iter::once(tokens.len())).collect();
    Some(bounds.windows(2).map(|w| Part { tokens: tokens[w[0]..w[1]].to_vec(), own: 0 }).collect())
}

/// Hive's multi-insert `FROM src INSERT OVERWRITE TABLE a … SELECT …
/// INSERT OVERWRITE TABLE b … SELECT …`: each insert with the shared `FROM`.
fn inserts_from_one_source(tokens: &[TokenWithSpan]) -> Option<Vec<Part>> {
    let inserts = top_level(tokens, |t| is_word(t, "INSERT"));
    if inserts.len() < 2 {
        return None;
    }
    let source = &tokens[..inserts[0]];
    let ends = inserts.iter().skip(1).copied().chain(std::iter::once(tokens.len()));
    Some(
        inserts
            .iter()
            .zip(ends)
            .map(|(&start, end)| {
                let mut part = source.to_vec();
                part.extend_from_slice(&tokens[start..end]);
                Part { tokens: part, own: source.len() }
            })
            .collect(),
    )
}

/// The indexes of the tokens outside every parenthesis that `pick` takes.
pub(super) fn top_level(tokens: &[TokenWithSpan], pick: impl Fn(&TokenWithSpan) -> bool) -> Vec<usize> {
    let mut depth = 0usize;
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        match token.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 && pick(token) => out.push(i),
            _ => {}
        }
    }
    out
}
