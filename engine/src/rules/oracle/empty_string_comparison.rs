use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{BinaryOperator, Expr, Value};

crate::declare_rule! {
    /// ## What it does
    /// Flags comparisons with the empty string (`col = ''`, `col <> ''`) in
    /// Oracle.
    ///
    /// ## Why it matters
    /// Oracle stores `''` as `NULL`. A comparison with `NULL` is unknown, so
    /// `WHERE note = ''` matches no row and `WHERE note <> ''` also matches
    /// no row, not even the ones with text. Code ported from PostgreSQL or
    /// SQL Server silently changes meaning.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM customers WHERE phone <> '';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM customers WHERE phone IS NOT NULL;
    /// ```
    ///
    /// ## In production
    /// Migrations to or from Oracle trip on this: a "customers with a phone
    /// number" report returns zero rows, and a NOT NULL column rejects
    /// inserts of empty strings.
    ///
    /// ## Alternatives
    /// `IS NULL` / `IS NOT NULL`; `NVL(col, '-')` when a placeholder must be
    /// compared; a `CHECK` constraint if empty values must be impossible.
    pub struct EmptyStringComparison {
        code: "T403",
        name: "oracle-empty-string-comparison",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["T4", "Q13"],
        dialects: [Oracle],
        fix: None,
        summary: "comparison with '' in Oracle, where '' is NULL: never true",
    }
}

fn is_empty_string(expr: &Expr) -> bool {
    matches!(expr, Expr::Value(v) if matches!(&v.value, Value::SingleQuotedString(s) if s.is_empty()))
}

impl Rule for EmptyStringComparison {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::BinaryOp { left, op, right } = expr else { return };
        let equality = matches!(op, BinaryOperator::Eq | BinaryOperator::NotEq);
        if equality && (is_empty_string(left) || is_empty_string(right)) {
            let instead = if matches!(op, BinaryOperator::Eq) { "IS NULL" } else { "IS NOT NULL" };
            out.report(cx.span_of(expr), "Oracle stores `''` as NULL: this comparison is never true").help(format!("write {instead}"));
        }
    }
}
