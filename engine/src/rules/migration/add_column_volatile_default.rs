use super::live_alterations;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{AlterTableOperation, ColumnOption};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ADD COLUMN` with a volatile default (`random()`,
    /// `clock_timestamp()`, `gen_random_uuid()`…) on an existing table.
    ///
    /// ## Why it matters
    /// A constant default is instant since PostgreSQL 11, but a volatile one
    /// must be computed per row: the whole table is rewritten under an
    /// `ACCESS EXCLUSIVE` lock, blocking reads and writes for the duration.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// ALTER TABLE orders ADD COLUMN public_id uuid;
    /// ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
    /// ```
    ///
    /// ## In production
    /// Then backfill existing rows in batches (`UPDATE … WHERE id BETWEEN …`)
    /// with pauses, so replicas keep up and locks stay short.
    ///
    /// ## Alternatives
    /// Add without default, set the default for new rows, backfill in
    /// batches; or compute the value in the application.
    pub struct AddColumnVolatileDefault {
        code: "M004",
        name: "add-column-volatile-default",
        area: Migration,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M2"],
        dialects: [Postgres],
        fix: None,
        summary: "ADD COLUMN with a volatile default rewrites the table",
    }
}

const VOLATILE: &[&str] = &["random(", "clock_timestamp(", "gen_random_uuid(", "uuid_generate_v4(", "timeofday(", "nextval("];

impl Rule for AddColumnVolatileDefault {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Some((table, operations)) = live_alterations(cx) else { return };
        for op in operations {
            let AlterTableOperation::AddColumn { column_def, .. } = op else { continue };
            for option in &column_def.options {
                let ColumnOption::Default(expr) = &option.option else { continue };
                let text = expr.to_string().to_ascii_lowercase();
                if VOLATILE.iter().any(|v| text.contains(v)) {
                    out.report(
                        cx.span,
                        format!("default `{expr}` is volatile: adding `{}` rewrites all of `{table}` under an exclusive lock", column_def.name),
                    )
                    .help("add the column without a default, SET DEFAULT afterwards, then backfill in batches");
                }
            }
        }
    }
}
