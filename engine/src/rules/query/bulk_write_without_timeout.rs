use crate::model::{BlockKind, PredicateKind};
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Notes a bulk `UPDATE` or `DELETE` (one whose filter has no equality
    /// or `IN` on a column, such as a date range) that runs without a
    /// `statement_timeout` set earlier.
    ///
    /// ## Why it matters
    /// A bulk write on a large table can run for minutes while holding row
    /// locks that block the application. A timeout turns "the site hung" into
    /// "this statement failed and rolled back".
    ///
    /// ## Example
    /// ```sql
    /// UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '1 year';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SET statement_timeout = '30s';
    /// UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '1 year';
    /// ```
    ///
    /// ## In production
    /// Teams set a default `statement_timeout` per application role and raise
    /// it only for named maintenance jobs, which also run in batches.
    ///
    /// ## Alternatives
    /// Batch the write by key range (`WHERE id BETWEEN …`) with a pause between
    /// batches, or set the timeout on the role: `ALTER ROLE app SET statement_timeout = '5s'`.
    pub struct BulkWriteWithoutTimeout {
        code: "Q007",
        name: "bulk-write-without-timeout",
        area: Query,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["Q5"],
        dialects: [Postgres],
        fix: None,
        summary: "A bulk write with no statement timeout",
    }
}

impl Rule for BulkWriteWithoutTimeout {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if cx.state.statement_timeout {
            return;
        }
        for block in cx.facts.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Update | BlockKind::Delete)) {
            if !block.has_where {
                continue; // write-without-where covers it
            }
            // An equality or IN on an identifying column names the rows: a row, a
            // user's rows, a list of keys. A filter without one (a date range, a
            // pattern, `status = 'open'`) sweeps.
            let pointed = block
                .filters
                .iter()
                .any(|f| matches!(f.kind, PredicateKind::Equality | PredicateKind::InList) && f.column.as_ref().is_some_and(|c| !is_state_column(&c.column)));
            if !pointed {
                let table = block.relations.first().map(|r| r.name.as_str()).unwrap_or("?");
                out.report(cx.span, format!("bulk write on `{table}` runs without a `statement_timeout`"))
                    .help("SET statement_timeout (or SET LOCAL inside the transaction) before long writes, and batch them");
            }
        }
    }
}

/// A column of a few values shared by many rows (`status`, `is_active`,
/// `type`): an equality on it does not single rows out.
fn is_state_column(name: &str) -> bool {
    crate::rules::util::name_is(name, &["status", "state", "type", "kind", "flag", "deleted", "active", "archived"]) || name.starts_with("is_")
}
