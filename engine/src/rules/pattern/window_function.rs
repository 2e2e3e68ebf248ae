use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, WindowType};

crate::declare_rule! {
    /// ## What it does
    /// Recognises window functions with an ordered window: running totals,
    /// rankings, moving averages.
    ///
    /// ## Why it matters
    /// One pass over sorted rows replaces self-joins or correlated subqueries
    /// that would be quadratic, and keeps the calculation in the database.
    ///
    /// ## Example
    /// ```sql
    /// SELECT user_id, order_date, amount, sum(amount) OVER (PARTITION BY user_id ORDER BY order_date) AS running_total FROM orders;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT o.user_id, o.order_date, (SELECT sum(i.amount) FROM orders i WHERE i.user_id = o.user_id AND i.order_date <= o.order_date) AS running_total FROM orders o;
    /// ```
    ///
    /// ## In production
    /// Analytics and reporting queries lean on window functions; an index on
    /// `(partition key, order key)` lets the sort come from the index.
    ///
    /// ## Alternatives
    /// Pre-aggregated tables for dashboards read far more often than written.
    pub struct WindowFunction {
        code: "P007",
        name: "window-function",
        area: Pattern,
        severity: Praise,
        section: AlternativeApproaches,
        concepts: ["P7", "Q14"],
        dialects: [],
        fix: None,
        summary: "Window functions for running totals and rankings",
    }
}

impl Rule for WindowFunction {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::Function(function) = expr else { return };
        if let Some(WindowType::WindowSpec(spec)) = &function.over {
            if !spec.order_by.is_empty() {
                out.report(cx.span_of(expr), format!("`{}() OVER (… ORDER BY …)` computes it in one ordered pass", function.name));
            }
        }
    }
}
