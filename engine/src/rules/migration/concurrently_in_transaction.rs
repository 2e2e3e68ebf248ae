use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Flags `CREATE INDEX CONCURRENTLY` inside `BEGIN … COMMIT`.
    ///
    /// ## Why it matters
    /// PostgreSQL refuses it: "CREATE INDEX CONCURRENTLY cannot run inside a
    /// transaction block". The migration fails at deploy time.
    ///
    /// ## Example
    /// ```sql
    /// BEGIN;
    /// CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
    /// COMMIT;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
    /// ```
    ///
    /// ## In production
    /// Most migration frameworks wrap each migration in a transaction; they
    /// offer a switch (`disable_ddl_transaction!`, `atomic = False`) for
    /// concurrent index builds.
    ///
    /// ## Alternatives
    /// Put the concurrent build in its own non-transactional migration.
    pub struct ConcurrentlyInTransaction {
        code: "M002",
        name: "concurrently-in-transaction",
        area: Migration,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["M1"],
        dialects: [Postgres],
        fix: None,
        summary: "CREATE INDEX CONCURRENTLY inside a transaction fails",
    }
}

impl Rule for ConcurrentlyInTransaction {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if let Statement::CreateIndex(index) = cx.stmt {
            if index.concurrently && cx.state.in_transaction {
                out.report(cx.span, "`CREATE INDEX CONCURRENTLY` cannot run inside a transaction block")
                    .help("move it out of BEGIN … COMMIT into its own non-transactional migration");
            }
        }
    }
}
