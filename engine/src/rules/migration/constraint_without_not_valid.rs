use super::live_alterations;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{AlterTableOperation, TableConstraint};

crate::declare_rule! {
    /// ## What it does
    /// Flags adding a `FOREIGN KEY` or `CHECK` constraint to an existing
    /// table without `NOT VALID`.
    ///
    /// ## Why it matters
    /// Validation scans every row while holding a lock that blocks writes
    /// (and for a foreign key, also locks the referenced table). `NOT VALID`
    /// adds the constraint instantly for new rows; `VALIDATE CONSTRAINT`
    /// then checks old rows with a lock that lets writes continue.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
    /// ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
    /// ```
    ///
    /// ## In production
    /// The two-step form is what online-migration linters and
    /// zero-downtime guides prescribe for every constraint on a large table.
    ///
    /// ## Alternatives
    /// `NOT VALID` then `VALIDATE CONSTRAINT`, ideally in separate
    /// transactions.
    pub struct ConstraintWithoutNotValid {
        code: "M007",
        name: "constraint-without-not-valid",
        area: Migration,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M3"],
        dialects: [Postgres],
        fix: Suggestion,
        summary: "Adding a constraint that validates every row under lock",
    }
}

impl Rule for ConstraintWithoutNotValid {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Some((table, operations)) = live_alterations(cx) else { return };
        for op in operations {
            let AlterTableOperation::AddConstraint { constraint, not_valid: false } = op else { continue };
            let kind = match constraint {
                TableConstraint::ForeignKey(_) => "foreign key",
                TableConstraint::Check(_) => "check constraint",
                _ => continue,
            };
            let source = cx.source().trim_end_matches(';');
            out.report(cx.span, format!("adding a {kind} to `{table}` validates every row while blocking writes")).fix(
                "Add it NOT VALID, then validate",
                format!("{source} NOT VALID;\n-- then, in a separate transaction:\n-- ALTER TABLE {table} VALIDATE CONSTRAINT <name>;"),
            );
        }
    }
}
