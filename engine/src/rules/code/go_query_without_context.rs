use crate::finding::Severity;
use crate::read::code::go::{call_arguments, context_origin, go_sql_apis, ContextOrigin, GoSqlApi, CONTEXTLESS, WITH_CONTEXT};
use crate::read::code::parameters::context_in_scope;
use crate::read::code::{handler_bodies, Language};
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags Go database calls that run without the caller's context:
    /// `database/sql`'s `Query`, `QueryRow` and `Exec` (and sqlx's `Get`,
    /// `Select`, `Queryx`, `NamedExec`…) instead of their `…Context` twins,
    /// and, inside a request handler, any call (pgx's `Query(ctx, …)`
    /// included) given `context.Background()` or `context.TODO()` instead of
    /// the request's context. pgx's `Query`, `QueryRow` and `Exec` take the
    /// context first and are not context-less. A call in a function that is
    /// given a `context.Context` and does not pass it is a warning; in a
    /// function given none (startup code, a storage layer written without
    /// contexts) it is a note.
    ///
    /// ## Why it matters
    /// Without the request's context the query has no deadline and is not
    /// cancelled when the client goes away: when the database stalls on a
    /// lock, the goroutine and its pooled connection wait indefinitely, and
    /// enough of them exhaust the pool for every other request.
    ///
    /// ## Example
    /// ```go
    /// rows, err := db.Query("SELECT id, total FROM orders WHERE customer_id = $1", customerID)
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
    /// defer cancel()
    /// rows, err := db.QueryContext(ctx, "SELECT id, total FROM orders WHERE customer_id = $1", customerID)
    /// ```
    ///
    /// ## In production
    /// Outages that start as one slow query end as "all connections in
    /// use" when nothing bounds how long a request may hold one.
    ///
    /// ## Alternatives
    /// A statement timeout on the database role as a backstop; pgx's
    /// context-only API, which makes the context impossible to forget (but
    /// not `context.Background()`).
    pub struct GoQueryWithoutContext {
        code: "C003",
        name: "go-query-without-context",
        area: Query,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["Q5", "C1", "P9"],
        dialects: [],
        fix: None,
        summary: "Go query without the caller's context: no deadline, no cancellation",
    }
}

/// How a handler reaches its request's context, per framework.
const REQUEST_CONTEXT: &str = "r.Context() (net/http), c.Request.Context() (gin), c.Request().Context() (echo), c.UserContext() (fiber)";

impl Rule for GoQueryWithoutContext {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        if cx.file.language != Language::Go {
            return;
        }
        let apis = go_sql_apis(cx.text, cx.file);
        let handlers = handler_bodies(cx.text, cx.file);
        let handler_of = |at: usize| handlers.iter().find(|body| body.contains(&at));
        let names: Vec<&str> = CONTEXTLESS.iter().map(|c| c.0).chain(WITH_CONTEXT.iter().copied()).collect();
        for call in cx.file.method_calls(cx.text, &names) {
            let method = cx.file.ident(cx.text, call).unwrap_or("Query");
            let arguments = call_arguments(cx.file, call + 1);
            // `r.URL.Query()` and other argument-less methods are not SQL calls.
            let Some(first) = arguments.first() else { continue };
            let at = cx.file.tokens[call].span.start;
            let handler = handler_of(at);
            let scope = handler.cloned().unwrap_or(cx.file.range.clone());
            match context_origin(cx.text, cx.file, first.clone(), &scope) {
                ContextOrigin::Detached(root) if handler.is_some() => {
                    out.report(
                        cx.token_span(call),
                        format!("`{method}` in a request handler runs under `{root}`: it is not cancelled when the client goes away"),
                    )
                    .help(format!("pass the request's context, with context.WithTimeout on top for a deadline: {REQUEST_CONTEXT}"));
                }
                ContextOrigin::NotContext => {
                    let Some(&(_, twin, api)) = CONTEXTLESS.iter().find(|c| c.0 == method) else { continue };
                    // pgx's methods of these names take the context first; sqlx's
                    // `Get`/`Select` need sqlx (a map's `Get` is no query).
                    let context_less = match api {
                        GoSqlApi::DatabaseSql => apis.is_empty() || apis.iter().any(|a| *a != GoSqlApi::Pgx),
                        _ => apis.contains(&GoSqlApi::Sqlx),
                    };
                    // sqlx's `Get(&dest, query, …)` and `Select(&dest, query, …)` fill a
                    // destination; a query builder's `sb.Select("id", …)` does not.
                    let fills_destination = cx.file.tokens[first.start].is_punct(b'&') && arguments.len() >= 2;
                    if !context_less || (matches!(method, "Get" | "Select") && !fills_destination) {
                        continue;
                    }
                    let help = match handler {
                        Some(_) => format!("use {twin} with the request's context, context.WithTimeout on top for a deadline: {REQUEST_CONTEXT}"),
                        None => format!("use {twin}(ctx, …) with the caller's context (a ctx context.Context parameter; context.WithTimeout for a deadline)"),
                    };
                    // A context in scope but not passed is a slip; a function given none (startup
                    // code, a context-less storage layer) is a design note.
                    if handler.is_none() && !context_in_scope(cx.text, cx.file, call) {
                        out.report(
                            cx.token_span(call),
                            format!("`{method}` has no context, and its function takes none: the query has no deadline and cannot be cancelled"),
                        )
                        .severity(Severity::Info)
                        .help(help);
                        continue;
                    }
                    out.report(cx.token_span(call), format!("`{method}` has no context: the query has no deadline and cannot be cancelled")).help(help);
                }
                _ => {}
            }
        }
    }
}
