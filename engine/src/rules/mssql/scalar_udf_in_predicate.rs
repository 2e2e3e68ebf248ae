use crate::model::names::{walk_exprs, walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, JoinConstraint, JoinOperator, SetExpr};
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags user-defined scalar functions called in a `WHERE` or `JOIN`
    /// condition. T-SQL calls scalar UDFs with their schema (`dbo.f(x)`), so
    /// a two-part function name there is one.
    ///
    /// ## Why it matters
    /// The function runs once per row the condition examines, hides its cost
    /// from the optimizer (which guesses one row), keeps any index on the
    /// column from being used, and before SQL Server 2019's inlining it also
    /// forces the whole plan to run on one thread.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM orders WHERE dbo.order_total(id) > 1000;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT o.id FROM orders o JOIN order_totals t ON t.order_id = o.id WHERE t.total > 1000;
    /// ```
    ///
    /// ## In production
    /// A report that filters through a scalar UDF scans the whole table on
    /// one core; rewriting the function as an inline table-valued function
    /// or a join commonly cuts it from minutes to seconds.
    ///
    /// ## Alternatives
    /// An inline table-valued function joined with `CROSS APPLY`; a
    /// persisted computed column with an index; SQL Server 2019+ scalar UDF
    /// inlining, when the function qualifies.
    pub struct ScalarUdfInPredicate {
        code: "T304",
        name: "mssql-scalar-udf-in-predicate",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T3", "Q6"],
        dialects: [Mssql],
        fix: None,
        summary: "scalar UDF in WHERE or JOIN: runs per row, blocks index use and parallelism",
    }
}

impl Rule for ScalarUdfInPredicate {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let mut report = |condition: &Expr| {
            let _ = walk_exprs(condition, |expr| {
                if let Expr::Function(function) = expr {
                    if function.name.0.len() >= 2 {
                        out.report(cx.span_of(expr), format!("scalar function `{}` runs once per row of this condition", function.name))
                            .help("join to the data instead, or make it an inline table-valued function");
                    }
                }
                ControlFlow::Continue(())
            });
        };
        let _ = walk_nodes(cx.stmt, |node| {
            let Node::Query(query) = node else { return ControlFlow::Continue(()) };
            let SetExpr::Select(select) = query.body.as_ref() else { return ControlFlow::Continue(()) };
            if let Some(selection) = &select.selection {
                report(selection);
            }
            for join in select.from.iter().flat_map(|t| &t.joins) {
                if let JoinOperator::Join(JoinConstraint::On(on))
                | JoinOperator::Inner(JoinConstraint::On(on))
                | JoinOperator::LeftOuter(JoinConstraint::On(on)) = &join.join_operator
                {
                    report(on);
                }
            }
            ControlFlow::Continue(())
        });
    }
}
