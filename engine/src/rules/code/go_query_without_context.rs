use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags Go `database/sql` calls without a context: `Query`, `QueryRow`
    /// and `Exec` instead of `QueryContext`, `QueryRowContext` and
    /// `ExecContext`.
    ///
    /// ## Why it matters
    /// Without a context the query has no deadline and cannot be cancelled:
    /// when the client goes away or the database stalls on a lock, the
    /// goroutine and its pooled connection wait indefinitely, and enough of
    /// them exhaust the pool for every other request.
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
    /// context-only API, which makes the deadline impossible to forget.
    pub struct GoQueryWithoutContext {
        code: "C003",
        name: "go-query-without-context",
        area: Query,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["Q5", "C1", "P9"],
        dialects: [],
        fix: None,
        summary: "Go Query/Exec without a context: no deadline, no cancellation",
    }
}

impl Rule for GoQueryWithoutContext {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        if cx.file.language != Language::Go {
            return;
        }
        for call in cx.file.method_calls(cx.text, &["Query", "QueryRow", "Exec"]) {
            // `r.URL.Query()` and other argument-less methods are not SQL calls.
            let first_argument = cx.file.tokens.get(call + 2);
            if first_argument.is_none_or(|t| t.is_punct(b')')) {
                continue;
            }
            let method = cx.file.ident(cx.text, call).unwrap_or("Query");
            out.report(cx.token_span(call), format!("`{method}` has no context: the query has no deadline and cannot be cancelled"))
                .help(format!("use {method}Context with a context from context.WithTimeout"));
        }
    }
}
