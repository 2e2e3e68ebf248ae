use crate::model::names::{walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, SelectItem, SetExpr};
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags `SELECT TOP n` without an `ORDER BY` in the same query.
    ///
    /// ## Why it matters
    /// Without an order, "the first n rows" means whichever rows the plan
    /// meets first. That changes with the chosen index, parallelism, or a
    /// page split, so a query that returned the newest orders in testing
    /// returns arbitrary ones in production.
    ///
    /// ## Example
    /// ```sql
    /// SELECT TOP 10 id, total FROM orders;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT TOP 10 id, total FROM orders ORDER BY placed_at DESC, id DESC;
    /// ```
    ///
    /// ## In production
    /// The bug surfaces after an index is added or statistics change: the
    /// "latest ten" list suddenly shows old rows, and nobody changed the
    /// query.
    ///
    /// ## Alternatives
    /// `ORDER BY … OFFSET 0 ROWS FETCH NEXT n ROWS ONLY` (standard syntax);
    /// `TOP (1) WITH TIES` when ties must all come back.
    pub struct TopWithoutOrderBy {
        code: "T302",
        name: "mssql-top-without-order-by",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T3"],
        dialects: [Mssql],
        fix: None,
        summary: "TOP without ORDER BY returns arbitrary rows",
    }
}

impl Rule for TopWithoutOrderBy {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let _ = walk_nodes(cx.stmt, |node| {
            let Node::Query(query) = node else { return ControlFlow::Continue(()) };
            let SetExpr::Select(select) = query.body.as_ref() else { return ControlFlow::Continue(()) };
            // `SELECT TOP 1 1 FROM …` only asks whether a row exists: any row will do.
            let probe = select.projection.iter().all(|item| matches!(item, SelectItem::UnnamedExpr(Expr::Value(_))));
            if select.top.is_some() && query.order_by.is_none() && !probe {
                out.report(cx.span_of(select.as_ref()), "`TOP` without `ORDER BY` returns whichever rows the plan meets first")
                    .help("add an ORDER BY that ends with a unique column");
            }
            ControlFlow::Continue(())
        });
    }
}
