use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Recognises `CREATE INDEX CONCURRENTLY` outside a transaction block.
    ///
    /// ## Why it matters
    /// The index is built while the table keeps taking writes: no
    /// maintenance window, no queued requests.
    ///
    /// ## Example
    /// ```sql
    /// CREATE INDEX CONCURRENTLY idx_users_created_at ON users (created_at);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE INDEX idx_users_created_at ON users (created_at);
    /// ```
    ///
    /// ## In production
    /// The standard way to add indexes to live PostgreSQL tables; check for
    /// an INVALID index left behind if the build fails.
    ///
    /// ## Alternatives
    /// `REINDEX CONCURRENTLY` to rebuild bloated indexes the same way.
    pub struct ConcurrentIndexBuild {
        code: "P004",
        name: "concurrent-index-build",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["P4", "M1"],
        dialects: [Postgres],
        fix: None,
        summary: "Indexes built without blocking writes",
    }
}

impl Rule for ConcurrentIndexBuild {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if let Statement::CreateIndex(index) = cx.stmt {
            if index.concurrently && !cx.state.in_transaction {
                out.report(cx.span, format!("index on `{}` is built CONCURRENTLY: writes continue during the build", index.table_name));
            }
        }
    }
}
