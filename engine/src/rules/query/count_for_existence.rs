use crate::model::names::{function_name, strip_parens};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{BinaryOperator, Expr, SelectItem, SetExpr, Value};

crate::declare_rule! {
    /// ## What it does
    /// Flags `(SELECT count(*) …) > 0` (and `>= 1`, `<> 0`) used to test
    /// whether a row exists.
    ///
    /// ## Why it matters
    /// `count(*)` has to visit every matching row to count them; `EXISTS`
    /// stops at the first. For a customer with 40,000 orders that is 40,000
    /// index entries read instead of one.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM customers c WHERE (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) > 0;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
    /// ```
    ///
    /// ## In production
    /// Application code often does the same in two steps (`SELECT count(*)`
    /// then `if count > 0`); the fix is the same `SELECT EXISTS (…)`.
    ///
    /// ## Alternatives
    /// `EXISTS (…)`, or `SELECT 1 … LIMIT 1` from application code.
    pub struct CountForExistence {
        code: "Q015",
        name: "count-for-existence",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q11"],
        dialects: [],
        fix: None,
        summary: "COUNT(*) used to test existence",
    }
}

fn is_count_subquery(expr: &Expr) -> bool {
    let Expr::Subquery(query) = strip_parens(expr) else { return false };
    let SetExpr::Select(select) = query.body.as_ref() else { return false };
    matches!(select.projection.as_slice(), [SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. }] if function_name(e).as_deref() == Some("count"))
}

fn number(expr: &Expr) -> Option<&str> {
    match strip_parens(expr) {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => Some(n.as_str()),
            _ => None,
        },
        _ => None,
    }
}

impl Rule for CountForExistence {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::BinaryOp { left, op, right } = expr else { return };
        let existence = match (op, number(right), number(left)) {
            (BinaryOperator::Gt | BinaryOperator::NotEq, Some("0"), _) => is_count_subquery(left),
            (BinaryOperator::GtEq, Some("1"), _) => is_count_subquery(left),
            (BinaryOperator::Lt | BinaryOperator::NotEq, _, Some("0")) => is_count_subquery(right),
            _ => false,
        };
        if existence {
            out.report(cx.span_of(expr), "`count(*) > 0` counts every matching row just to test that one exists")
                .note("the count grows with the matching rows (O(n)); EXISTS stops at the first one")
                .help("use EXISTS (SELECT 1 FROM … WHERE …), which stops at the first row");
        }
    }
}
