use super::live_alterations;
use crate::model::names::object_name;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{AlterTableOperation, ObjectType, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags changes that lose data or break running code: `DROP TABLE`,
    /// `DROP COLUMN`, `TRUNCATE`, and renaming tables or columns. A
    /// `DROP TABLE` of a table the same input creates again (a reset script)
    /// is not flagged, nor the steps of a table rebuild (rename the table
    /// away, create it anew, copy the rows over, drop the old one), nor the
    /// syntax examples of a lesson that is not about changing a running
    /// database.
    ///
    /// ## Why it matters
    /// Drops cannot be undone short of a restore. Renames break every
    /// application instance still running the old code during a deploy; with
    /// rolling deploys, old and new code run side by side for minutes.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE users RENAME COLUMN name TO full_name;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// ALTER TABLE users ADD COLUMN full_name text;
    /// ```
    ///
    /// ## In production
    /// Expand-and-contract: add the new column, write both, backfill, move
    /// reads, and drop the old column only after no deployed code uses it.
    ///
    /// ## Alternatives
    /// A view exposing the old name during the transition; soft deletes or
    /// archival tables instead of drops.
    pub struct DestructiveChange {
        code: "M008",
        name: "destructive-change",
        area: Migration,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["M3"],
        dialects: [],
        fix: None,
        summary: "Drops and renames that lose data or break running code",
    }
}

impl Rule for DestructiveChange {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        match cx.stmt {
            // A temporary table lives for one session: dropping it loses nothing kept.
            Statement::Drop { object_type: ObjectType::Table, names, temporary: false, .. } => {
                for name in names {
                    let table = object_name(name);
                    // Reset scripts drop and recreate: the final schema has it again.
                    // A table this script created holds only the script's own rows.
                    let recreated = cx.catalog.table(&table).is_some_and(|t| t.statement > cx.index);
                    // Its rows were copied into the table that replaces it.
                    let copied = cx.state.copied_out.contains(&table);
                    if !recreated && !copied && super::is_live_change(cx, &table) {
                        out.report(cx.span, format!("`DROP TABLE {table}` destroys its data irreversibly"))
                            .help("make sure a backup exists and no deployed code still reads it");
                    }
                }
            }
            Statement::Truncate(truncate) => {
                if truncate.table_names.iter().any(|t| super::is_live_change(cx, &object_name(&t.name))) {
                    out.report(cx.span, "`TRUNCATE` removes every row irreversibly");
                }
            }
            _ => {
                let Some((table, operations)) = live_alterations(cx) else { return };
                for op in operations {
                    let what = match op {
                        AlterTableOperation::DropColumn { column_names, .. } => {
                            format!("dropping `{table}`.{} loses its data", column_names.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "))
                        }
                        AlterTableOperation::RenameColumn { old_column_name, new_column_name } => {
                            format!("renaming `{table}.{old_column_name}` to `{new_column_name}` breaks code still using the old name")
                        }
                        // The rebuild recipe renames a table away and creates it anew under its name.
                        AlterTableOperation::RenameTable { .. } if cx.catalog.table(&table).is_some_and(|t| t.statement > cx.index) => continue,
                        AlterTableOperation::RenameTable { .. } => format!("renaming `{table}` breaks code still using the old name"),
                        _ => continue,
                    };
                    out.report(cx.span, what).help("use expand-and-contract across deploys");
                }
            }
        }
    }
}
