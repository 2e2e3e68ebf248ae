use crate::read::code::go::max_open_conns;
use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Praises a Go connection pool given both a size limit
    /// (`SetMaxOpenConns`) and a connection lifetime
    /// (`SetConnMaxLifetime`).
    ///
    /// ## Why it matters
    /// The limit keeps a traffic spike from exhausting the database's
    /// connections; the lifetime lets connections be replaced after
    /// failovers and DNS changes and keeps per-connection memory from
    /// growing forever.
    ///
    /// ## Example
    /// ```go
    /// db, err := sql.Open("pgx", dsn)
    /// db.SetMaxOpenConns(20)
    /// db.SetConnMaxLifetime(30 * time.Minute)
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// db, err := sql.Open("pgx", dsn)
    /// ```
    ///
    /// ## In production
    /// Services that size their pools explicitly are the ones whose
    /// database survives a deploy that doubles the instance count.
    ///
    /// ## Alternatives
    /// pgxpool's `MaxConns` and `MaxConnLifetime`; PgBouncer in
    /// transaction mode when many services share one database.
    pub struct BoundedConnectionPool {
        code: "P008",
        name: "bounded-connection-pool",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["P8", "A4", "C1"],
        dialects: [],
        fix: None,
        summary: "connection pool with a size limit and a connection lifetime",
    }
}

impl Rule for BoundedConnectionPool {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        // A lifetime of seconds churns connections (go-pool-short-lifetime): nothing to praise.
        let churns = || !crate::read::code::go::short_lifetimes(cx.text, cx.file).is_empty();
        if cx.file.language != Language::Go || !cx.file.mentions(cx.text, "SetConnMaxLifetime") || churns() {
            return;
        }
        // SetMaxOpenConns(0) is database/sql's "no limit".
        if let Some((limit, _)) = max_open_conns(cx.text, cx.file).into_iter().find(|&(_, bounded)| bounded) {
            out.report(cx.token_span(limit), "the pool has a size limit and a connection lifetime");
        }
    }
}
