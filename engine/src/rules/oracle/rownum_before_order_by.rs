use super::is_rownum;
use crate::model::names::{walk_exprs, walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::SetExpr;
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags a query that filters on `ROWNUM` and sorts with `ORDER BY` in
    /// the same block.
    ///
    /// ## Why it matters
    /// Oracle numbers rows as the `WHERE` clause produces them, before the
    /// sort. `WHERE ROWNUM <= 10 ORDER BY placed_at DESC` takes ten
    /// arbitrary rows and then sorts those ten: it is not "the ten newest".
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, placed_at FROM orders WHERE ROWNUM <= 10 ORDER BY placed_at DESC;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, placed_at FROM orders ORDER BY placed_at DESC FETCH FIRST 10 ROWS ONLY;
    /// ```
    ///
    /// ## In production
    /// The query looks right on a small test table, where the rows happen
    /// to come back in insertion order, and returns old rows once the table
    /// is read through an index or in parallel.
    ///
    /// ## Alternatives
    /// `FETCH FIRST n ROWS ONLY` (12c and later); before 12c, sort in an
    /// inline view and apply `ROWNUM` outside it.
    pub struct RownumBeforeOrderBy {
        code: "T401",
        name: "oracle-rownum-before-order-by",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["T4", "Q7"],
        dialects: [Oracle],
        fix: None,
        summary: "ROWNUM filtered before ORDER BY sorts: arbitrary rows, then sorted",
    }
}

impl Rule for RownumBeforeOrderBy {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let _ = walk_nodes(cx.stmt, |node| {
            let Node::Query(query) = node else { return ControlFlow::Continue(()) };
            let (SetExpr::Select(select), Some(_)) = (query.body.as_ref(), &query.order_by) else { return ControlFlow::Continue(()) };
            let Some(selection) = &select.selection else { return ControlFlow::Continue(()) };
            let _ = walk_exprs(selection, |expr| {
                if is_rownum(expr) {
                    out.report(cx.span_of(expr), "`ROWNUM` is assigned before `ORDER BY` sorts: this keeps arbitrary rows, then sorts them")
                        .help("use ORDER BY … FETCH FIRST n ROWS ONLY, or sort in an inline view and filter ROWNUM outside it");
                    return ControlFlow::Break(());
                }
                ControlFlow::Continue(())
            });
            ControlFlow::Continue(())
        });
    }
}
