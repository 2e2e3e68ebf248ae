//! Facts about Go's three SQL APIs, so the Go rules judge a call by the API
//! it belongs to:
//!
//! - `database/sql`: `Query`, `QueryRow` and `Exec` take no context; their
//!   `…Context` twins take it first (pkg.go.dev/database/sql).
//! - sqlx (`github.com/jmoiron/sqlx`) embeds `database/sql` and adds `Get`,
//!   `Select`, `Queryx`, `QueryRowx`, `NamedExec`, `NamedQuery` and
//!   `MustExec`, each with a `…Context` twin (`GetContext`, `SelectContext`,
//!   `QueryxContext`, …; sqlx_context.go).
//! - pgx (`github.com/jackc/pgx`, `pgxpool`): `Query(ctx, …)`,
//!   `QueryRow(ctx, …)` and `Exec(ctx, …)` always take the context first;
//!   there is no `QueryRowContext` (pkg.go.dev/github.com/jackc/pgx/v5).
//!   `pgx/…/stdlib` is a `database/sql` driver: code using it is
//!   `database/sql` code.

use super::{CodeFile, Language};
use std::ops::Range;

/// A Go SQL API a file imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoSqlApi {
    DatabaseSql,
    Sqlx,
    Pgx,
}

/// The context-less calls of `database/sql` and sqlx and the twin that takes a context.
pub const CONTEXTLESS: &[(&str, &str, GoSqlApi)] = &[
    ("Query", "QueryContext", GoSqlApi::DatabaseSql),
    ("QueryRow", "QueryRowContext", GoSqlApi::DatabaseSql),
    ("Exec", "ExecContext", GoSqlApi::DatabaseSql),
    ("Get", "GetContext", GoSqlApi::Sqlx),
    ("Select", "SelectContext", GoSqlApi::Sqlx),
    ("Queryx", "QueryxContext", GoSqlApi::Sqlx),
    ("QueryRowx", "QueryRowxContext", GoSqlApi::Sqlx),
    ("NamedExec", "NamedExecContext", GoSqlApi::Sqlx),
    ("NamedQuery", "NamedQueryContext", GoSqlApi::Sqlx),
    ("MustExec", "MustExecContext", GoSqlApi::Sqlx),
];

/// Calls that take a context first: `database/sql` and sqlx's `…Context`
/// methods and pgx's `Query`, `QueryRow`, `Exec` (when the file uses pgx).
pub const WITH_CONTEXT: &[&str] = &[
    "QueryContext",
    "QueryRowContext",
    "ExecContext",
    "GetContext",
    "SelectContext",
    "QueryxContext",
    "QueryRowxContext",
    "NamedExecContext",
    "NamedQueryContext",
    "MustExecContext",
    "BeginTx",
    "Query",
    "QueryRow",
    "Exec",
    "SendBatch",
    "CopyFrom",
];

/// The SQL APIs a Go file imports (by its import paths).
pub fn go_sql_apis(text: &str, file: &CodeFile) -> Vec<GoSqlApi> {
    let mut apis = Vec::new();
    if file.language != Language::Go {
        return apis;
    }
    for token in &file.tokens {
        let Some(lit) = token.string() else { continue };
        let path = &text[lit.content.clone()];
        let api = if path == "database/sql" || path.starts_with("github.com/jackc/pgx") && path.ends_with("/stdlib") {
            GoSqlApi::DatabaseSql
        } else if path == "github.com/jmoiron/sqlx" {
            GoSqlApi::Sqlx
        } else if path.starts_with("github.com/jackc/pgx") {
            GoSqlApi::Pgx
        } else {
            continue;
        };
        if !apis.contains(&api) {
            apis.push(api);
        }
    }
    apis
}

/// Each `SetMaxOpenConns(n)` call (its name token) and whether it bounds
/// the pool: `n <= 0` means no limit (pkg.go.dev/database/sql, DB.SetMaxOpenConns:
/// "If n <= 0, then there is no limit on the number of open connections");
/// a value that is not a literal is taken as a limit.
pub fn max_open_conns(text: &str, file: &CodeFile) -> Vec<(usize, bool)> {
    file.method_calls(text, &["SetMaxOpenConns"])
        .map(|call| {
            let argument = call_arguments(file, call + 1).into_iter().next().unwrap_or(call + 2..call + 2);
            let tokens = &file.tokens[argument];
            let literal = |t: &super::Token| (t.kind == super::TokenKind::Number).then(|| text[t.span.clone()].parse::<i64>().ok()).flatten();
            let bounded = match tokens {
                [n] => literal(n).is_none_or(|n| n > 0),
                [minus, n] if minus.is_punct(b'-') => literal(n).is_none(),
                [] => false,
                _ => true,
            };
            (call, bounded)
        })
        .collect()
}

/// `SetConnMaxLifetime` calls given less than a minute, with the argument as
/// written: `time.Second`, `30 * time.Second`, `time.Millisecond`, or a bare
/// number of nanoseconds. Zero (no limit) is not short.
pub fn short_lifetimes(text: &str, file: &CodeFile) -> Vec<(usize, String)> {
    file.method_calls(text, &["SetConnMaxLifetime"])
        .filter_map(|call| {
            let argument = call_arguments(file, call + 1).into_iter().next()?;
            let tokens = &file.tokens[argument];
            let written = text[tokens.first()?.span.start..tokens.last()?.span.end].to_string();
            let unit = |t: &super::Token| &text[t.span.clone()];
            let number = |t: &super::Token| (t.kind == super::TokenKind::Number).then(|| unit(t).parse::<u64>().ok()).flatten();
            let short = match tokens {
                [n] => number(n).is_some_and(|n| n > 0),
                [_, dot, u] if dot.is_punct(b'.') => matches!(unit(u), "Second" | "Millisecond" | "Microsecond" | "Nanosecond"),
                [n, times, _, dot, u] if times.is_punct(b'*') && dot.is_punct(b'.') => match unit(u) {
                    "Second" => number(n).is_some_and(|n| n > 0 && n < 60),
                    "Millisecond" | "Microsecond" | "Nanosecond" => number(n).is_some_and(|n| n > 0),
                    _ => false,
                },
                _ => false,
            };
            short.then_some((call, written))
        })
        .collect()
}

/// The token ranges of the arguments of the call whose `(` is token `open`.
pub fn call_arguments(file: &CodeFile, open: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, open + 1);
    for (j, t) in file.tokens.iter().enumerate().skip(open) {
        match t.kind {
            super::TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
            super::TokenKind::Punct(b')' | b']' | b'}') => {
                depth -= 1;
                if depth == 0 {
                    if j > start {
                        out.push(start..j);
                    }
                    return out;
                }
            }
            super::TokenKind::Punct(b',') if depth == 1 => {
                out.push(start..j);
                start = j + 1;
            }
            _ => {}
        }
    }
    out
}

/// Where the context an argument carries comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextOrigin {
    /// `context.Background()` or `context.TODO()`, possibly wrapped in
    /// `context.WithTimeout(…)`: cut off from any request.
    Detached(&'static str),
    /// Some other context (`ctx`, `r.Context()`, a parameter).
    Passed,
    /// Not a context at all (a query string, a destination).
    NotContext,
}

/// What the argument `arg` (token range) is, following a variable back to
/// its assignment within `scope` (a byte range, the enclosing body).
pub fn context_origin(text: &str, file: &CodeFile, arg: Range<usize>, scope: &Range<usize>) -> ContextOrigin {
    origin(text, file, arg, scope, 0)
}

fn origin(text: &str, file: &CodeFile, arg: Range<usize>, scope: &Range<usize>, depth: u8) -> ContextOrigin {
    let word = |j: usize| file.ident(text, j);
    let (first, len) = (arg.start, arg.len());
    if word(first) == Some("context") && len >= 3 && file.tokens[first + 1].is_punct(b'.') {
        return match word(first + 2) {
            Some("Background") => ContextOrigin::Detached("context.Background()"),
            Some("TODO") => ContextOrigin::Detached("context.TODO()"),
            Some(_) if file.tokens.get(first + 3).is_some_and(|t| t.is_punct(b'(')) && depth < 4 => {
                // context.WithTimeout(parent, …): the parent decides.
                match call_arguments(file, first + 3).into_iter().next() {
                    Some(parent) => origin(text, file, parent, scope, depth + 1),
                    None => ContextOrigin::Passed,
                }
            }
            _ => ContextOrigin::Passed,
        };
    }
    // `r.Context()`, `c.Request.Context()`, `c.UserContext()`.
    let last_call = len >= 3 && file.tokens[arg.end - 1].is_punct(b')') && file.tokens[arg.end - 2].is_punct(b'(');
    if last_call && word(arg.end - 3).is_some_and(|w| w.ends_with("Context")) {
        return ContextOrigin::Passed;
    }
    if len != 1 {
        return ContextOrigin::NotContext;
    }
    let Some(name) = word(first) else { return ContextOrigin::NotContext };
    if depth < 4 {
        if let Some(value) = assigned_value(text, file, name, first, scope) {
            return match origin(text, file, value, scope, depth + 1) {
                ContextOrigin::NotContext => named_context(name),
                found => found,
            };
        }
    }
    named_context(name)
}

/// `ctx`, `reqCtx`, `context`: a variable named as a context.
fn named_context(name: &str) -> ContextOrigin {
    let lower = name.to_ascii_lowercase();
    if lower == "ctx" || lower.ends_with("ctx") || lower.ends_with("context") {
        ContextOrigin::Passed
    } else {
        ContextOrigin::NotContext
    }
}

/// The right-hand side of the last `name := …` / `name, cancel := …` /
/// `name = …` before token `before` within `scope`.
fn assigned_value(text: &str, file: &CodeFile, name: &str, before: usize, scope: &Range<usize>) -> Option<Range<usize>> {
    let tokens = &file.tokens;
    let start = (0..before).rev().find(|&j| {
        if !scope.contains(&tokens[j].span.start) || file.ident(text, j) != Some(name) {
            return false;
        }
        // Skip `, cancel` to the operator.
        let mut k = j + 1;
        while tokens.get(k).is_some_and(|t| t.is_punct(b',')) && file.ident(text, k + 1).is_some() {
            k += 2;
        }
        let op = |k: usize, c: u8| tokens.get(k).is_some_and(|t| t.is_punct(c));
        (op(k, b':') && op(k + 1, b'=')) || (op(k, b'=') && !op(k + 1, b'='))
    })?;
    let operator = (start + 1..before).find(|&k| tokens[k].is_punct(b'='))?;
    // The value runs to the end of its line (outside brackets).
    let value_start = operator + 1;
    let mut depth = 0i32;
    let mut end = value_start;
    while end < before {
        let t = &tokens[end];
        if depth == 0 && end > value_start && text[tokens[end - 1].span.end..t.span.start].contains('\n') {
            break;
        }
        depth += i32::from(t.is_punct(b'(')) - i32::from(t.is_punct(b')'));
        end += 1;
    }
    (end > value_start).then_some(value_start..end)
}

#[cfg(test)]
mod tests {
    use super::super::analyse;
    use super::*;

    fn first_argument(go: &str) -> ContextOrigin {
        let file = analyse(go, 0..go.len(), Language::Go);
        let open = file.method_calls(go, WITH_CONTEXT).last().expect("a call") + 1;
        let arg = call_arguments(&file, open).into_iter().next().expect("an argument");
        context_origin(go, &file, arg, &(0..go.len()))
    }

    #[test]
    fn where_a_context_comes_from() {
        use ContextOrigin::*;
        assert_eq!(first_argument("conn.QueryRow(ctx, q, id)"), Passed);
        assert_eq!(first_argument("db.QueryContext(r.Context(), q)"), Passed);
        assert_eq!(first_argument("db.QueryContext(context.Background(), q)"), Detached("context.Background()"));
        assert_eq!(first_argument("c, cancel := context.WithTimeout(context.TODO(), time.Second)\ndb.ExecContext(c, q)"), Detached("context.TODO()"));
        assert_eq!(first_argument("c, cancel := context.WithTimeout(r.Context(), time.Second)\ndb.ExecContext(c, q)"), Passed);
        assert_eq!(first_argument("db.Query(\"SELECT 1\")"), NotContext);
        assert_eq!(first_argument("db.Query(q, id)"), NotContext);
    }

    #[test]
    fn pool_limits_by_value() {
        let go = "db.SetMaxOpenConns(0)\ndb.SetMaxOpenConns(-1)\ndb.SetMaxOpenConns(25)\ndb.SetMaxOpenConns(cfg.MaxConns)";
        let file = analyse(go, 0..go.len(), Language::Go);
        let bounded: Vec<bool> = max_open_conns(go, &file).into_iter().map(|c| c.1).collect();
        assert_eq!(bounded, vec![false, false, true, true]);
    }

    #[test]
    fn apis_by_import_path() {
        let go = "import (\n\"context\"\n\"github.com/jackc/pgx/v5/pgxpool\"\n)";
        assert_eq!(go_sql_apis(go, &analyse(go, 0..go.len(), Language::Go)), vec![GoSqlApi::Pgx]);
        let go = "import (\n\"database/sql\"\n_ \"github.com/jackc/pgx/v5/stdlib\"\n)";
        assert_eq!(go_sql_apis(go, &analyse(go, 0..go.len(), Language::Go)), vec![GoSqlApi::DatabaseSql]);
    }
}
