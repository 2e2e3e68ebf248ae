use super::live_alterations;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{AlterColumnOperation, AlterTableOperation};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ALTER COLUMN … TYPE` on an existing table.
    ///
    /// ## Why it matters
    /// On PostgreSQL most type changes rewrite the whole table and every
    /// index on it while holding an `ACCESS EXCLUSIVE` lock: no reads, no
    /// writes until done. Application code written for the old type may also break.
    /// The rule speaks of PostgreSQL's `ALTER COLUMN … TYPE`: lakehouse
    /// tables (Iceberg, Delta, Hive) change a type in metadata only, and
    /// ClickHouse rewrites parts in the background, so it stays silent there.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE orders ALTER COLUMN id TYPE bigint;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// ALTER TABLE orders ADD COLUMN id_new bigint;
    /// ```
    ///
    /// ## In production
    /// Large type migrations are done expand-and-contract: add a new column,
    /// write both, backfill in batches, switch reads, drop the old column.
    ///
    /// ## Alternatives
    /// Expand-and-contract; some changes are metadata-only (raising a
    /// `varchar` limit, `varchar` to `text`) and safe.
    pub struct ColumnTypeChange {
        code: "M005",
        name: "column-type-change",
        area: Migration,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M3"],
        dialects: [Postgres, Generic],
        fix: None,
        summary: "Changing a column's type rewrites the table under lock",
    }
}

impl Rule for ColumnTypeChange {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Some((table, operations)) = live_alterations(cx) else { return };
        for op in operations {
            if let AlterTableOperation::AlterColumn { column_name, op: AlterColumnOperation::SetDataType { data_type, .. } } = op {
                let to_text = matches!(data_type.to_string().to_ascii_lowercase().as_str(), "text" | "varchar");
                if !to_text {
                    out.report(cx.span, format!("changing `{table}.{column_name}` to {data_type} rewrites the table under an exclusive lock"))
                        .help("use expand-and-contract: new column, dual writes, batched backfill, switch, drop");
                }
            }
        }
    }
}
