use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags a scalar subquery in the select list that refers to the outer
    /// query's tables (a correlated subquery). A view's definition is left
    /// alone: views that assemble one document per row are written so.
    ///
    /// ## Why it matters
    /// The subquery runs once per output row: a page of 50 rows is 51 queries
    /// inside one, and a report over 100,000 rows is 100,000 index lookups.
    /// Planners rarely turn these into joins.
    ///
    /// ## Example
    /// ```sql
    /// SELECT c.id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS order_count FROM customers c;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT c.id, count(o.id) AS order_count FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
    /// ```
    ///
    /// ## In production
    /// Dashboards built on correlated subqueries are fast with demo data and
    /// time out once a customer has years of history.
    ///
    /// ## Alternatives
    /// A `LEFT JOIN` with `GROUP BY`, a pre-aggregated derived table joined
    /// once, or `LEFT JOIN LATERAL` when only the top rows per key are needed.
    pub struct CorrelatedSubqueryInSelect {
        code: "Q005",
        name: "correlated-subquery-in-select",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q4"],
        dialects: [],
        fix: None,
        summary: "A correlated subquery in the select list runs once per row",
    }
}

impl Rule for CorrelatedSubqueryInSelect {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        // A view that assembles one document per row (an export, a
        // compatibility view) is written this way on purpose.
        if cx.facts.view {
            return;
        }
        for block in &cx.facts.blocks {
            for span in &block.correlated_subqueries {
                out.report(*span, "correlated subquery in the select list runs once per output row")
                    .help("join the table once and aggregate with GROUP BY (or use LEFT JOIN LATERAL)");
            }
        }
    }
}
