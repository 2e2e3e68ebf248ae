//! One statement's tokens through sqlparser, with the system's rewrites,
//! and a failure turned into a located problem in plain words.

use crate::source::{LineIndex, TextSpan};
use sqlparser::ast::Statement;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan};

use super::{rewrite, unread, Dialect, ParseProblem, RECURSION_LIMIT};

/// Where one `;`-delimited chunk may hold several statements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Split {
    /// Only at `;`.
    Semicolons,
    /// A T-SQL batch: statements need no `;` between them.
    Batch,
    /// A lesson block: a statement word that starts a line starts a statement.
    Lines,
}

pub(super) fn parse_one(
    text: &str,
    index: &LineIndex,
    dialect: Dialect,
    tokens: Vec<TokenWithSpan>,
    span: TextSpan,
    split: Split,
) -> Vec<(TextSpan, Result<Statement, ParseProblem>)> {
    if let Some(parts) = rewrite::parts(&tokens) {
        // Each part is read on its own, placed at its own tokens.
        return parts
            .into_iter()
            .flat_map(|part| {
                let own = token_span(text, index, &part.tokens[part.own..], span);
                parse_one(text, index, dialect, part.tokens, own, split)
            })
            .collect();
    }
    let mut tokens = tokens;
    rewrite::for_dialect(dialect, &mut tokens);
    if dialect != Dialect::Postgres {
        // Tokenized as PostgreSQL (a lesson or code file read as one), `?`
        // is an operator; everywhere else it is a placeholder.
        for token in tokens.iter_mut().filter(|t| matches!(t.token, Token::Question)) {
            token.token = Token::Placeholder("?".into());
        }
    }
    if matches!(dialect, Dialect::Mssql | Dialect::Sqlite) {
        // T-SQL bodies without BEGIN (`CREATE PROCEDURE p AS SELECT 1;`,
        // `WHILE … PRINT …;`) and SQLite trigger bodies end at their `;`,
        // which the split removed.
        if let Some(end) = tokens.last().map(|t| t.span.end) {
            tokens.push(TokenWithSpan::new(Token::SemiColon, sqlparser::tokenizer::Span::new(end, end)));
        }
    }
    // Delta Lake's own statements (`OPTIMIZE … ZORDER BY`, `VACUUM`) are read
    // by sqlparser's Databricks dialect only; Spark SQL falls back to it.
    let fallback = (dialect == Dialect::Spark).then(|| tokens.clone());
    let first = parse_tokens(text, index, dialect.parser_dialect(), tokens, span, split);
    match (first.as_slice(), fallback) {
        ([(_, Err(problem))], Some(tokens)) => {
            let problem = problem.clone();
            parse_tokens(text, index, &sqlparser::dialect::DatabricksDialect {}, tokens, span, split)
                .into_iter()
                .map(|(span, result)| (span, result.map_err(|_| problem.clone())))
                .collect()
        }
        _ => first,
    }
}

/// The text a run of tokens covers, within the statement's `span`.
fn token_span(text: &str, index: &LineIndex, tokens: &[TokenWithSpan], span: TextSpan) -> TextSpan {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return span };
    let start = index.offset(text, first.span.start.line, first.span.start.column).clamp(span.start, span.end);
    let end = index.offset(text, last.span.end.line, last.span.end.column).clamp(start, span.end);
    index.span(text, start, end)
}

fn parse_tokens(
    text: &str,
    index: &LineIndex,
    parser_dialect: &dyn sqlparser::dialect::Dialect,
    tokens: Vec<TokenWithSpan>,
    span: TextSpan,
    split: Split,
) -> Vec<(TextSpan, Result<Statement, ParseProblem>)> {
    let mut parser = Parser::new(parser_dialect).with_recursion_limit(RECURSION_LIMIT).with_tokens_with_locations(tokens);
    let mut out = Vec::new();
    let mut start = span.start;
    loop {
        let rest = index.span(text, start, span.end);
        let statement = match parser.parse_statement() {
            Ok(statement) => statement,
            Err(error) => {
                out.push((rest, Err(located_problem(text, index, error, rest))));
                return out;
            }
        };
        let end = index.from_sql_span(text, parser.get_current_token().span).map_or(span.end, |s| s.end).clamp(start, span.end);
        while parser.consume_token(&Token::SemiColon) {}
        let next = parser.peek_token();
        if next.token == Token::EOF {
            out.push((rest, Ok(statement)));
            return out;
        }
        let at = index.from_sql_span(text, next.span).map(|s| s.start).unwrap_or(span.start).clamp(start, span.end);
        // The parser stopped inside a statement it did not fully read (`ON [PRIMARY]` after a table).
        let continues = matches!(&next.token, Token::Word(w) if w.quote_style.is_some() || !unread::starts_statement(&w.value))
            || !matches!(next.token, Token::Word(_) | Token::LParen);
        let splits = match split {
            Split::Semicolons => false,
            Split::Batch => true,
            Split::Lines => text.get(end..at).is_some_and(|between| between.contains('\n')),
        };
        if !splits || at <= start || continues {
            out.push((
                rest,
                Err(ParseProblem {
                    message: format!("expected the end of the statement, found `{}`", next.token),
                    span: index.span(text, at, span.end),
                    unread: None,
                }),
            ));
            return out;
        }
        out.push((index.span(text, start, end), Ok(statement)));
        start = at;
    }
}

/// A parser failure is a syntax error only with evidence that the system
/// would reject the statement too; otherwise the statement is marked unread.
pub(super) fn judge_failure(text: &str, span: TextSpan, dialect: Dialect, in_lesson: bool, problem: &mut ParseProblem) {
    if problem.message.starts_with("nesting deeper") {
        return;
    }
    let statement = &text[span.start..span.end];
    // A lesson shows clauses on their own (`ORDER BY embedding <=> '[3,1,2]' LIMIT 5;`) to talk about them.
    if in_lesson && unread::is_clause_fragment(statement) {
        problem.unread = Some(super::quiet::QUERY_FRAGMENT.into());
        problem.span = span;
        return;
    }
    let run_on = missing_semicolon(text, problem);
    match (unread::classify(statement, dialect), run_on) {
        (unread::Unparsed::Rejected(message), _) => {
            problem.message = match comment_closed_early(text, span.start) {
                Some(opened) => format!(
                    "the block comment opened on line {opened} ends at the `*/` just before this (a comment ends at its first `*/`), so the words after it are read as SQL: {message}"
                ),
                None => message,
            }
        }
        (unread::Unparsed::Unread(_), Some((word, line))) => {
            problem.message = format!("no `;` ends the statement before `{word}` on line {line}, so it runs on and takes `{word}` for a name");
        }
        (unread::Unparsed::Unread(kind), None) => {
            // Not a mistake at a point: the whole statement went unread.
            problem.unread = Some(kind);
            problem.span = span;
        }
    }
}

/// The parser read a whole statement, then took the first word of the
/// next line (`RENAME`, `CREATE`, …) for an alias and stopped after it:
/// the `;` between two statements is missing. That word and its line.
fn missing_semicolon(text: &str, problem: &ParseProblem) -> Option<(String, usize)> {
    if !problem.message.starts_with("expected the end of the statement") {
        return None;
    }
    let before = text.get(..problem.span.start)?.trim_end();
    let word_start = before.char_indices().rev().find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_')).map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    let line_start = before[..word_start].trim_end_matches([' ', '\t']).ends_with('\n');
    const STARTS: [&str; 9] = ["RENAME", "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "GRANT"];
    (line_start && STARTS.iter().any(|s| s.eq_ignore_ascii_case(word))).then(|| (word.to_string(), before[..word_start].matches('\n').count() + 1))
}

/// A statement that starts on the same line right after a `*/`, inside
/// what reads as prose (`Events_*/Event_Summaries.`): the comment's author
/// wrote a `*/` inside it. The line the comment opened on, if so.
fn comment_closed_early(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?;
    let close = before.trim_end_matches([' ', '\t']).strip_suffix("*/")?;
    let open = close.rfind("/*")?;
    // The comment ran over lines and closed mid-line, not at a line's end.
    let closed_mid_line = !text[start..].starts_with(['\n', '\r']) && close[open..].contains('\n');
    closed_mid_line.then(|| before[..open].matches('\n').count() + 1)
}

fn located_problem(text: &str, index: &LineIndex, error: ParserError, statement: TextSpan) -> ParseProblem {
    let raw = match error {
        ParserError::RecursionLimitExceeded => {
            return ParseProblem {
                message: format!("nesting deeper than {RECURSION_LIMIT} levels; this statement was not reviewed"),
                span: statement,
                unread: None,
            }
        }
        ParserError::ParserError(m) | ParserError::TokenizerError(m) => m,
    };
    // sqlparser appends " at Line: L, Column: C" to its messages.
    let (message, at) = match raw.rfind(" at Line: ") {
        Some(pos) => {
            let mut numbers = raw[pos + 10..].split(", Column: ").map(|n| n.trim().parse::<u64>().ok());
            match (numbers.next().flatten(), numbers.next().flatten()) {
                (Some(line), Some(column)) => (raw[..pos].to_string(), Some(index.offset(text, line, column))),
                _ => (raw.clone(), None),
            }
        }
        None => (raw.clone(), None),
    };
    let start = at.filter(|a| *a >= statement.start && *a <= statement.end).unwrap_or(statement.start);
    ParseProblem { message: tidy_message(&message), span: index.span(text, start, statement.end), unread: None }
}

fn tidy_message(message: &str) -> String {
    message.trim().trim_start_matches("sql parser error: ").to_string()
}
