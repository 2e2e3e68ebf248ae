use crate::model::names::strip_parens;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{BinaryOperator, Expr, Value};

crate::declare_rule! {
    /// ## What it does
    /// Flags comparisons with NULL using `=`, `<>` or `!=`.
    ///
    /// ## Why it matters
    /// Any comparison with NULL yields unknown, never true: `WHERE deleted_at
    /// = NULL` matches no row at all, and `<> NULL` matches none either. The
    /// query runs without error and returns nothing.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM users WHERE deleted_at = NULL;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM users WHERE deleted_at IS NULL;
    /// ```
    ///
    /// ## In production
    /// A soft-delete filter written this way makes a screen show no data, or
    /// a cleanup job delete nothing, with no error to alert anyone.
    ///
    /// ## Alternatives
    /// `IS NULL` / `IS NOT NULL`, and `IS DISTINCT FROM` to compare values
    /// that may be NULL.
    pub struct NullComparison {
        code: "Q017",
        name: "null-comparison",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["Q13"],
        dialects: [],
        fix: Suggestion,
        summary: "= NULL or <> NULL never matches",
    }
}

fn is_null(expr: &Expr) -> bool {
    matches!(strip_parens(expr), Expr::Value(v) if matches!(v.value, Value::Null))
}

impl Rule for NullComparison {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        // `EXEC proc @p = NULL` passes NULL to a named parameter: an assignment, not a test.
        if matches!(cx.stmt, sqlparser::ast::Statement::Execute { .. }) {
            return;
        }
        let Expr::BinaryOp { left, op, right } = expr else { return };
        let negated = match op {
            BinaryOperator::Eq => false,
            BinaryOperator::NotEq => true,
            _ => return,
        };
        let other = match (is_null(left), is_null(right)) {
            (false, true) => left,
            (true, false) => right,
            _ => return,
        };
        let test = if negated { "IS NOT NULL" } else { "IS NULL" };
        out.report(cx.span_of(expr), format!("`{expr}` is never true; comparisons with NULL yield unknown"))
            .fix(format!("Use {test}"), format!("{other} {test}"));
    }
}
