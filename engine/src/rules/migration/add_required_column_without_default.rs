use super::live_alterations;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{AlterTableOperation, ColumnOption};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ALTER TABLE … ADD COLUMN … NOT NULL` without a `DEFAULT` on an
    /// existing table.
    ///
    /// ## Why it matters
    /// Existing rows would have NULL in the new column, so the statement fails
    /// on any table that has rows: it works in development on an empty
    /// database and breaks the production deploy.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE users ADD COLUMN country_code char(2) NOT NULL;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// ALTER TABLE users ADD COLUMN country_code char(2) NOT NULL DEFAULT 'US';
    /// ```
    ///
    /// ## In production
    /// Since PostgreSQL 11 a constant default is stored in the catalog and
    /// the add is instant; the safe sequence for a computed value is add
    /// nullable, backfill in batches, then add the constraint.
    ///
    /// ## Alternatives
    /// Add the column nullable, backfill, then `SET NOT NULL` via a validated
    /// `CHECK (col IS NOT NULL) NOT VALID` constraint.
    pub struct AddRequiredColumnWithoutDefault {
        code: "M003",
        name: "add-required-column-without-default",
        area: Migration,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["M2"],
        dialects: [],
        fix: None,
        summary: "ADD COLUMN NOT NULL without DEFAULT fails on a non-empty table",
    }
}

impl Rule for AddRequiredColumnWithoutDefault {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Some((table, operations)) = live_alterations(cx) else { return };
        for op in operations {
            let AlterTableOperation::AddColumn { column_def, .. } = op else { continue };
            let has = |f: fn(&ColumnOption) -> bool| column_def.options.iter().any(|o| f(&o.option));
            let not_null = has(|o| matches!(o, ColumnOption::NotNull | ColumnOption::PrimaryKey(_)));
            let filled = has(|o| matches!(o, ColumnOption::Default(_) | ColumnOption::Generated { .. }));
            let serial = column_def.data_type.to_string().to_ascii_lowercase().contains("serial");
            if not_null && !filled && !serial {
                out.report(cx.span, format!("adding NOT NULL column `{}` without a default fails if `{table}` has rows", column_def.name))
                    .help("add a DEFAULT, or add it nullable, backfill, then enforce NOT NULL");
            }
        }
    }
}
