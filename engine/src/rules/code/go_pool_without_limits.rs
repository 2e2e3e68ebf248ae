use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Go `sql.Open` whose pool is never given a size limit
    /// (`SetMaxOpenConns`) in the same code.
    ///
    /// ## Why it matters
    /// `database/sql` opens as many connections as there are concurrent
    /// queries, without limit. A traffic spike then opens hundreds of
    /// connections, PostgreSQL runs out of `max_connections` (or memory,
    /// one process each), and every service sharing the database fails.
    ///
    /// ## Example
    /// ```go
    /// db, err := sql.Open("pgx", dsn)
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// db, err := sql.Open("pgx", dsn)
    /// db.SetMaxOpenConns(20)
    /// db.SetMaxIdleConns(20)
    /// db.SetConnMaxLifetime(30 * time.Minute)
    /// ```
    ///
    /// ## In production
    /// Pool size is one of the first things a database incident review
    /// asks about: the sum of every instance's pool must stay below what the
    /// server accepts.
    ///
    /// ## Alternatives
    /// `pgxpool` with `MaxConns` in its config; a server-side pooler
    /// (PgBouncer) in front of many small services.
    pub struct GoPoolWithoutLimits {
        code: "C004",
        name: "go-pool-without-limits",
        area: Architecture,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["A4", "C1"],
        dialects: [],
        fix: None,
        summary: "Go sql.Open without SetMaxOpenConns: an unbounded pool",
    }
}

impl Rule for GoPoolWithoutLimits {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        if cx.file.language != Language::Go || cx.file.mentions(cx.text, "SetMaxOpenConns") {
            return;
        }
        for call in cx.file.method_calls(cx.text, &["Open"]) {
            if call >= 2 && cx.file.ident(cx.text, call - 2) == Some("sql") {
                out.report(cx.token_span(call), "the pool from `sql.Open` has no size limit: a spike opens a connection per concurrent query")
                    .help("call db.SetMaxOpenConns, SetMaxIdleConns and SetConnMaxLifetime after opening");
            }
        }
    }
}
