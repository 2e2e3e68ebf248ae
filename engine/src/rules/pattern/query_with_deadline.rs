use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Praises Go code that gives its queries a deadline:
    /// `context.WithTimeout` (or `WithDeadline`) and the `…Context` query
    /// methods.
    ///
    /// ## Why it matters
    /// A query with a deadline gives its connection back when the time is
    /// up, whether the database is slow, a lock is held, or the client has
    /// gone: one slow dependency cannot tie up the whole pool.
    ///
    /// ## Example
    /// ```go
    /// ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
    /// defer cancel()
    /// row := db.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = $1", id)
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// row := db.QueryRow("SELECT name FROM customers WHERE id = $1", id)
    /// ```
    ///
    /// ## In production
    /// Timeouts on every outbound call are standard in production Go
    /// services; the request context also cancels queries of clients that
    /// disconnected.
    ///
    /// ## Alternatives
    /// A `statement_timeout` on the database role as a second line.
    pub struct QueryWithDeadline {
        code: "P009",
        name: "query-with-deadline",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["P9", "Q5", "C1"],
        dialects: [],
        fix: None,
        summary: "queries run with a context deadline",
    }
}

impl Rule for QueryWithDeadline {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        let file = cx.file;
        if file.language != Language::Go || !(file.mentions(cx.text, "WithTimeout") || file.mentions(cx.text, "WithDeadline")) {
            return;
        }
        if let Some(call) = file.method_calls(cx.text, &["QueryContext", "QueryRowContext", "ExecContext"]).next() {
            out.report(cx.token_span(call), "queries run under a context with a deadline");
        }
    }
}
