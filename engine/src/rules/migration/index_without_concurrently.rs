use crate::model::names::object_name;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Flags `CREATE INDEX` without `CONCURRENTLY` on a table that this input
    /// did not just create (so it may hold data and serve traffic).
    ///
    /// ## Why it matters
    /// A plain `CREATE INDEX` takes a lock that blocks every `INSERT`,
    /// `UPDATE` and `DELETE` on the table until the build finishes: minutes
    /// on a large table, during which writes queue up and time out.
    ///
    /// ## Example
    /// ```sql
    /// CREATE INDEX idx_orders_created_at ON orders (created_at);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at);
    /// ```
    ///
    /// ## In production
    /// Online index builds are standard practice; migration tools such as
    /// Rails, Django and Flyway need the migration marked as
    /// non-transactional for it, because `CONCURRENTLY` cannot run in a
    /// transaction block.
    ///
    /// ## Alternatives
    /// `CREATE INDEX CONCURRENTLY` (slower, two table scans, and leaves an
    /// INVALID index to drop if it fails); on a new, empty table a plain
    /// `CREATE INDEX` is fine.
    pub struct IndexWithoutConcurrently {
        code: "M001",
        name: "index-without-concurrently",
        area: Migration,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["M1"],
        dialects: [Postgres],
        fix: Suggestion,
        summary: "CREATE INDEX that blocks writes on a live table",
    }
}

impl Rule for IndexWithoutConcurrently {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateIndex(index) = cx.stmt else { return };
        let table = object_name(&index.table_name);
        // A lesson that shows a concurrent build elsewhere already teaches when to use one.
        if index.concurrently || !super::is_live_change(cx, &table) || cx.lesson_builds_concurrently {
            return;
        }
        let source = cx.source();
        let fixed = match source.to_ascii_uppercase().find("INDEX") {
            Some(at) => format!("{}INDEX CONCURRENTLY{};", &source[..at], &source[at + 5..]),
            None => source.to_string(),
        };
        out.report(cx.span, format!("`CREATE INDEX` on `{table}` blocks writes to the table until the build finishes"))
            .fix("Build the index without blocking writes", fixed);
    }
}
