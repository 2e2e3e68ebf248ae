//! The SQL front end: one tokenizer pass over the whole input, split into
//! statements at top-level semicolons, each statement parsed on its own so one
//! bad statement never hides the rest.

pub mod client;
pub mod detect;
mod rewrite;
pub(crate) mod unread;

pub use crate::input::Dialect;

use crate::source::{LineIndex, TextSpan};
use sqlparser::ast::Statement;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace};

/// Deepest expression nesting we let sqlparser descend into; deeper input is a
/// located parse problem instead of a stack overflow.
pub const RECURSION_LIMIT: usize = 64;
/// Statements longer than this many tokens are reported instead of parsed:
/// left-deep operator chains of that size would make every tree walk deep.
pub const MAX_STATEMENT_TOKENS: usize = 50_000;
/// Statements reviewed per input; past this, the rest is reported, not
/// reviewed (a pathological paste of millions of tiny statements would
/// otherwise exhaust a browser tab's memory).
pub const MAX_STATEMENTS: usize = 100_000;

/// A problem that stopped one statement from being parsed.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ParseProblem {
    pub message: String,
    pub span: TextSpan,
    /// Set when the statement is most likely valid but beyond this reader:
    /// its kind (`CREATE TRIGGER`). Such a statement is listed as not
    /// reviewed, never reported as a syntax error.
    #[serde(default)]
    pub unread: Option<String>,
}

/// One statement of the script, parsed or not.
#[derive(Debug)]
pub struct ParsedStatement {
    pub span: TextSpan,
    pub result: Result<Statement, ParseProblem>,
    /// The system it was parsed as (a lesson's block can name its own).
    pub dialect: Dialect,
}

/// The script after splitting and parsing.
#[derive(Debug, Default)]
pub struct ParsedScript {
    pub statements: Vec<ParsedStatement>,
    /// Every comment, as written: what they say is read after parsing
    /// (`review::directives`), not here.
    pub comments: Vec<Comment>,
}

/// A comment of the script, kept raw.
#[derive(Debug)]
pub struct Comment {
    /// The text after `--`, `#` or `/*` (and before `*/`).
    pub body: String,
    /// Where the body starts in the text.
    pub body_start: usize,
    /// The statement that follows it (a comment inside a statement, or just
    /// before a batch, belongs to that statement or batch's first statement).
    pub statement: usize,
}

/// Parts of a text written for another system than the rest (a lesson's
/// ```` ```mysql ```` block): byte range and system.
pub type DialectRegions = [(std::ops::Range<usize>, Dialect)];

/// Where parts of a text are read differently from the rest.
#[derive(Clone, Copy, Default)]
pub struct Layout<'a> {
    /// Parts written for another system.
    pub regions: &'a DialectRegions,
    /// A lesson's SQL blocks. Examples shown one per line often leave out
    /// the `;` between them: there a statement word at the start of a line,
    /// after a statement read in full, begins the next statement.
    pub blocks: &'a [std::ops::Range<usize>],
}

/// Split and parse `text` as `dialect`, statements starting inside one of
/// the layout's regions as that region's system. Never panics; every
/// failure is a located problem.
pub fn parse_script(text: &str, index: &LineIndex, dialect: Dialect, layout: &Layout) -> ParsedScript {
    let client = client::read(text, dialect);
    let sql: &str = &client.text;
    let source = Source { text, client_text: sql, index, dialect, layout };
    let mut ends = client.ends.iter().copied().peekable();
    let in_body = |at: usize| client.bodies.iter().any(|b| b.contains(&at));
    let parser_dialect = dialect.parser_dialect();
    // About one token (whitespace included) per four bytes of SQL: reserving
    // up front spares the copies of a buffer doubled twenty times over.
    let mut tokens = Vec::with_capacity((sql.len() / 4).min(1 << 20));
    let token_error = Tokenizer::new(parser_dialect, sql).with_unescape(false).tokenize_with_location_into_buf(&mut tokens).err();

    let mut script = ParsedScript::default();
    let mut chunk: Vec<TokenWithSpan> = Vec::new();
    let mut blocks = BlockDepth::default();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        if script.statements.len() >= MAX_STATEMENTS && !matches!(token.token, Token::Whitespace(_)) {
            let at = index.offset(text, token.span.start.line, token.span.start.column);
            let span = index.span(text, at, text.len());
            let message = format!("more than {MAX_STATEMENTS} statements: the rest of this input was not reviewed; split it into smaller files");
            script.statements.push(ParsedStatement { span, result: Err(ParseProblem { message, span, unread: None }), dialect });
            return script;
        }
        let significant = !matches!(token.token, Token::Whitespace(_));
        // The client ended the statement here (`GO`, `/`, a custom delimiter).
        if significant && ends.peek().is_some() {
            let at = index.offset(text, token.span.start.line, token.span.start.column);
            if ends.peek().is_some_and(|end| *end <= at) {
                while ends.next_if(|end| *end <= at).is_some() {}
                finish_statement(&source, &mut chunk, &mut script);
                blocks = BlockDepth::default();
            }
        }
        if matches!(dialect, Dialect::Mssql | Dialect::Sqlite) && significant {
            blocks.see(&token.token);
        }
        // T-SQL's `IF … ; ELSE …;` is one statement: its `;` stays inside.
        let else_follows = matches!(token.token, Token::SemiColon) && dialect == Dialect::Mssql && {
            while tokens.next_if(|t| matches!(t.token, Token::Whitespace(Whitespace::Space | Whitespace::Newline | Whitespace::Tab))).is_some() {}
            tokens.peek().is_some_and(|t| matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("ELSE")))
        };
        let token = match token.token {
            Token::Whitespace(Whitespace::SingleLineComment { comment, prefix }) => {
                keep_comment(text, index, &token.span, prefix.len(), comment, &mut script);
                continue;
            }
            Token::Whitespace(Whitespace::MultiLineComment(comment)) => {
                keep_comment(text, index, &token.span, 2, comment, &mut script);
                continue;
            }
            _ => token,
        };
        match &token.token {
            Token::SemiColon
                if blocks.depth == 0
                    && !else_follows
                    && (client.bodies.is_empty() || !in_body(index.offset(text, token.span.start.line, token.span.start.column))) =>
            {
                finish_statement(&source, &mut chunk, &mut script)
            }
            // `COPY … FROM stdin` rows, taken whole by the tokenizer: data, not SQL.
            Token::Whitespace(_) | Token::CopyData { .. } => {}
            _ => chunk.push(token),
        }
    }
    match token_error {
        None => finish_statement(&source, &mut chunk, &mut script),
        Some(error) => {
            // Everything from the start of the broken statement to the end of
            // the input is unreadable: an unterminated string or comment runs on.
            let start = chunk
                .first()
                .map(|t| index.offset(text, t.span.start.line, t.span.start.column))
                .unwrap_or_else(|| index.offset(text, error.location.line, error.location.column));
            let span = index.span(text, start, text.len());
            let at = index.offset(text, error.location.line, error.location.column);
            let problem = ParseProblem { message: error.message.clone(), span: index.span(text, at, text.len()), unread: None };
            script.statements.push(ParsedStatement { span, result: Err(problem), dialect });
        }
    }
    script
}

/// How deep the tokens are inside `BEGIN … END` blocks (T-SQL bodies,
/// SQLite triggers) and `CASE … END`, which shares the `END`. A body holds
/// `;`-terminated statements; only a `;` outside every block ends the
/// statement. `BEGIN` that starts a transaction opens no block.
#[derive(Default)]
struct BlockDepth {
    depth: usize,
    /// The previous token was `BEGIN`: it may still turn out to start a transaction.
    after_begin: bool,
}

impl BlockDepth {
    fn see(&mut self, token: &Token) {
        let word = match token {
            Token::Word(w) if w.quote_style.is_none() => w.value.as_str(),
            _ => "",
        };
        let is = |keyword: &str| word.eq_ignore_ascii_case(keyword);
        if std::mem::take(&mut self.after_begin) && (matches!(token, Token::SemiColon) || TRANSACTION_STARTS.iter().any(|k| is(k))) {
            self.depth = self.depth.saturating_sub(1);
        }
        if is("BEGIN") {
            self.depth += 1;
            self.after_begin = true;
        } else if is("CASE") {
            self.depth += 1;
        } else if is("END") {
            self.depth = self.depth.saturating_sub(1);
        }
    }
}

/// The script of an input above [`crate::input::MAX_INPUT_BYTES`]: one located problem, nothing parsed.
pub fn too_large(text: &str, index: &LineIndex, dialect: Dialect) -> ParsedScript {
    let span = index.span(text, 0, 0);
    let problem = ParseProblem {
        message: format!(
            "input is {} MB, above the {} MB this reviewer reads; split it into smaller files",
            crate::input::megabytes(text.len()),
            crate::input::MAX_INPUT_BYTES / 1_048_576
        ),
        span,
        unread: None,
    };
    ParsedScript { statements: vec![ParsedStatement { span, result: Err(problem), dialect }], ..Default::default() }
}

/// Words after `BEGIN` that make it start a transaction, not a block.
const TRANSACTION_STARTS: [&str; 7] = ["TRAN", "TRANSACTION", "DISTRIBUTED", "WORK", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"];

fn keep_comment(text: &str, index: &LineIndex, at: &sqlparser::tokenizer::Span, prefix: usize, body: String, script: &mut ParsedScript) {
    let body_start = index.offset(text, at.start.line, at.start.column) + prefix;
    script.comments.push(Comment { body, body_start, statement: script.statements.len() });
}

/// The text being parsed: as written, as its client sends it (same
/// offsets), its lines, its system and its layout.
#[derive(Clone, Copy)]
struct Source<'a> {
    text: &'a str,
    client_text: &'a str,
    index: &'a LineIndex,
    dialect: Dialect,
    layout: &'a Layout<'a>,
}

fn finish_statement(source: &Source, chunk: &mut Vec<TokenWithSpan>, script: &mut ParsedScript) {
    let Source { text, client_text, index, dialect, layout } = *source;
    let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else { return };
    let start = index.offset(text, first.span.start.line, first.span.start.column);
    let end = index.offset(text, last.span.end.line, last.span.end.column).max(start);
    let span = index.span(text, start, end);
    let dialect = layout.regions.iter().find(|(range, _)| range.contains(&start)).map(|(_, d)| *d).unwrap_or(dialect);
    let in_lesson = layout.blocks.iter().any(|block| block.contains(&start));
    let split = if dialect == Dialect::Mssql {
        Split::Batch
    } else if in_lesson {
        Split::Lines
    } else {
        Split::Semicolons
    };
    // The parser takes the tokens; the next statement's buffer starts at this one's size (capped).
    let capacity = chunk.len().min(256);
    let tokens = std::mem::replace(chunk, Vec::with_capacity(capacity));
    if tokens.len() > MAX_STATEMENT_TOKENS {
        // Valid SQL as far as anyone knows (a dump's one huge INSERT): listed, not an error.
        let message = format!("statement has {} tokens, more than the {} this reviewer reads", tokens.len(), MAX_STATEMENT_TOKENS);
        let unread = Some(format!("statement of more than {MAX_STATEMENT_TOKENS} tokens"));
        script.statements.push(ParsedStatement { span, result: Err(ParseProblem { message, span, unread }), dialect });
        return;
    }
    for (span, mut result) in parse_one(text, index, dialect, tokens, span, split) {
        if let Err(problem) = &mut result {
            // The client's view: what a versioned comment (`/*!40000 … */`) holds is the statement.
            judge_failure(client_text, span, dialect, in_lesson, problem);
        }
        script.statements.push(ParsedStatement { span, result, dialect });
    }
}

/// Where one `;`-delimited chunk may hold several statements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Split {
    /// Only at `;`.
    Semicolons,
    /// A T-SQL batch: statements need no `;` between them.
    Batch,
    /// A lesson block: a statement word that starts a line starts a statement.
    Lines,
}

fn parse_one(
    text: &str,
    index: &LineIndex,
    dialect: Dialect,
    tokens: Vec<TokenWithSpan>,
    span: TextSpan,
    split: Split,
) -> Vec<(TextSpan, Result<Statement, ParseProblem>)> {
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
fn judge_failure(text: &str, span: TextSpan, dialect: Dialect, in_lesson: bool, problem: &mut ParseProblem) {
    if problem.message.starts_with("nesting deeper") {
        return;
    }
    let statement = &text[span.start..span.end];
    // A lesson shows clauses on their own (`ORDER BY embedding <=> '[3,1,2]' LIMIT 5;`) to talk about them.
    if in_lesson && unread::is_clause_fragment(statement) {
        problem.unread = Some("query fragment".into());
        problem.span = span;
        return;
    }
    match unread::classify(statement, dialect) {
        unread::Unparsed::Rejected(message) => problem.message = message,
        unread::Unparsed::Unread(kind) => {
            // Not a mistake at a point: the whole statement went unread.
            problem.unread = Some(kind);
            problem.span = span;
        }
    }
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
