use crate::read::code::go::max_open_conns;
use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Go `sql.Open` (or `sqlx.Open`/`sqlx.Connect`) whose pool is
    /// never given a size limit in the same code, and a `SetMaxOpenConns`
    /// of 0 or less, which `database/sql` reads as "no limit".
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
        if cx.file.language != Language::Go {
            return;
        }
        let limits = max_open_conns(cx.text, cx.file);
        if limits.iter().any(|&(_, bounded)| bounded) {
            return;
        }
        for &(call, _) in &limits {
            out.report(cx.token_span(call), "`SetMaxOpenConns` with 0 or less sets no limit: the pool still opens a connection per concurrent query")
                .help("pass a positive limit that, times the instance count, stays below the server's max_connections");
        }
        if !limits.is_empty() {
            return;
        }
        // sqlx.Open and sqlx.Connect wrap the same unlimited database/sql pool.
        let opens = cx.file.method_calls(cx.text, &["Open", "Connect", "MustConnect", "MustOpen"]);
        for call in opens {
            let Some(package @ ("sql" | "sqlx")) = call.checked_sub(2).and_then(|p| cx.file.ident(cx.text, p)) else { continue };
            let method = cx.file.ident(cx.text, call).unwrap_or("Open");
            out.report(cx.token_span(call), format!("the pool from `{package}.{method}` has no size limit: a spike opens a connection per concurrent query"))
                .help("call db.SetMaxOpenConns, SetMaxIdleConns and SetConnMaxLifetime after opening");
        }
    }
}
