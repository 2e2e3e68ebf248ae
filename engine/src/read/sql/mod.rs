//! The SQL front end: one tokenizer pass over the whole input, split into
//! statements at top-level semicolons, each statement parsed on its own so one
//! bad statement never hides the rest.

mod bodies;
pub mod client;
pub mod detect;
mod hints;
mod quiet;
pub mod reserved_words;
mod rewrite;
mod statement;
mod statement_words;
pub(crate) mod unread;

pub use crate::input::Dialect;
pub use quiet::routine_body;
use statement::{judge_failure, parse_one, Split};

use crate::source::{LineIndex, TextSpan};
use sqlparser::ast::Statement;
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

impl ParseProblem {
    /// An unread statement that carries nothing any rule reviews (`CLUSTER`,
    /// `ALTER SEQUENCE … OWNED BY`, `SET`): it passes without being listed.
    pub fn is_quiet(&self) -> bool {
        self.unread.as_deref().is_some_and(quiet::is_quiet)
    }
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
    if dialect == Dialect::Mysql && sql.contains("/*!") {
        hints::place_versioned_comments(sql, index, &mut tokens);
    }

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
        let rows = tokens.first().is_some_and(|t| matches!(&t.token, Token::Word(w) if w.value.eq_ignore_ascii_case("INSERT")));
        let unread = Some(if rows { quiet::DATA_ROWS.to_string() } else { format!("statement of more than {MAX_STATEMENT_TOKENS} tokens") });
        script.statements.push(ParsedStatement { span, result: Err(ParseProblem { message, span, unread }), dialect });
        return;
    }
    let routine = bodies::opens_routine(&tokens).then(|| tokens.clone());
    for (span, mut result) in parse_one(text, index, dialect, tokens, span, split) {
        if let Err(problem) = &mut result {
            // The client's view: what a versioned comment (`/*!40000 … */`) holds is the statement.
            judge_failure(client_text, span, dialect, in_lesson, problem);
        }
        let body = matches!(&result, Err(p) if p.unread.as_deref().and_then(routine_body).is_some());
        script.statements.push(ParsedStatement { span, result, dialect });
        // The body goes unread; the plain statements inside it are read on their own.
        for plain in routine.as_deref().filter(|_| body).map(bodies::plain_statements).unwrap_or_default() {
            let (Some(first), Some(last)) = (plain.first(), plain.last()) else { continue };
            let start = index.offset(text, first.span.start.line, first.span.start.column);
            let end = index.offset(text, last.span.end.line, last.span.end.column).max(start);
            for (span, result) in parse_one(text, index, dialect, plain, index.span(text, start, end), Split::Semicolons) {
                if result.is_ok() {
                    script.statements.push(ParsedStatement { span, result, dialect });
                }
            }
        }
    }
}
