use super::live_alterations;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{AlterColumnOperation, AlterTableOperation};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ALTER COLUMN … SET NOT NULL` on an existing table.
    ///
    /// ## Why it matters
    /// PostgreSQL scans the whole table to check for NULLs while holding an
    /// `ACCESS EXCLUSIVE` lock, blocking all reads and writes for the scan.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE users ALTER COLUMN email SET NOT NULL;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
    /// ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
    /// ```
    ///
    /// ## In production
    /// Since PostgreSQL 12, `SET NOT NULL` skips the scan when a validated
    /// `CHECK (col IS NOT NULL)` exists, so the two-step form is the standard
    /// zero-downtime recipe.
    ///
    /// ## Alternatives
    /// The `NOT VALID` check plus `VALIDATE` (which takes a weaker lock), then
    /// `SET NOT NULL` and drop the check.
    pub struct SetNotNull {
        code: "M006",
        name: "set-not-null",
        area: Migration,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M3"],
        dialects: [Postgres],
        fix: Suggestion,
        summary: "SET NOT NULL scans the table under an exclusive lock",
    }
}

impl Rule for SetNotNull {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Some((table, operations)) = live_alterations(cx) else { return };
        for op in operations {
            if let AlterTableOperation::AlterColumn { column_name, op: AlterColumnOperation::SetNotNull } = op {
                let check = format!("{table}_{}_not_null", column_name.value.to_ascii_lowercase());
                out.report(cx.span, format!("`SET NOT NULL` on `{table}.{column_name}` scans the table under an exclusive lock"))
                    .fix(
                        "Validate with a NOT VALID check first",
                        format!("ALTER TABLE {table} ADD CONSTRAINT {check} CHECK ({column_name} IS NOT NULL) NOT VALID;\nALTER TABLE {table} VALIDATE CONSTRAINT {check};\nALTER TABLE {table} ALTER COLUMN {column_name} SET NOT NULL;"),
                    );
            }
        }
    }
}
