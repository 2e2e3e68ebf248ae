use super::QUERY_METHODS;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a database call made inside a loop: the N+1 pattern, one
    /// round trip per item.
    ///
    /// ## Why it matters
    /// Each query costs a network round trip plus parsing and planning. A
    /// page listing 50 orders that loads each customer separately makes 51
    /// queries; at 1 ms each the page spends 50 ms waiting, and under load
    /// those queries compete for the same connections.
    ///
    /// ## Example
    /// ```go
    /// for _, id := range customerIDs {
    ///     row := db.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = $1", id)
    ///     row.Scan(&name)
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// rows, err := db.QueryContext(ctx, "SELECT id, name FROM customers WHERE id = ANY($1)", customerIDs)
    /// ```
    ///
    /// ## In production
    /// N+1 is the most common cause of "the page got slow as data grew":
    /// ORMs lazy-load relations one row at a time unless told otherwise.
    ///
    /// ## Alternatives
    /// One query with `IN`/`= ANY($1)` or a join; the ORM's eager loading
    /// (`select_related`, `include`, `JOIN FETCH`); a batch loader
    /// (DataLoader) that collects ids per request.
    pub struct QueryInLoop {
        code: "C002",
        name: "query-in-loop",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q9", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "a query per loop iteration (N+1)",
    }
}

impl Rule for QueryInLoop {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        for call in cx.file.method_calls(cx.text, QUERY_METHODS) {
            if cx.in_loop(cx.file.tokens[call].span.start) {
                let method = cx.file.ident(cx.text, call).unwrap_or("query");
                out.report(cx.token_span(call), format!("`{method}` runs once per loop iteration: N+1 round trips"))
                    .help("fetch all the rows in one query (IN / = ANY($1) / a join) before the loop");
            }
        }
    }
}
