use crate::model::names::{walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{DeclareType, Statement};
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags cursors declared in T-SQL (`DECLARE … CURSOR`), in a script or
    /// inside a procedure.
    ///
    /// ## Why it matters
    /// A cursor processes one row per round of the loop: each fetch, each
    /// update and each log write is paid row by row. Set-based statements
    /// let the engine pick joins, batching and parallel plans; on a few
    /// hundred thousand rows the difference is minutes against seconds,
    /// and the cursor holds its locks the whole time.
    ///
    /// ## Example
    /// ```sql
    /// DECLARE due CURSOR FOR SELECT id FROM invoices WHERE due_on < GETDATE();
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// UPDATE invoices SET status = 'overdue' WHERE due_on < GETDATE() AND status = 'open';
    /// ```
    ///
    /// ## In production
    /// Nightly jobs written with cursors are the ones that creep from ten
    /// minutes to four hours as the table grows, and start overlapping the
    /// morning load.
    ///
    /// ## Alternatives
    /// One set-based `UPDATE`/`MERGE`; batches of a few thousand keys in a
    /// `WHILE` loop when one statement would lock too much;
    /// `FAST_FORWARD` read-only cursors when row-by-row work is unavoidable.
    pub struct Cursor {
        code: "T303",
        name: "mssql-cursor",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T3"],
        dialects: [Mssql],
        fix: None,
        summary: "T-SQL cursor: row-by-row work where a set-based statement fits",
    }
}

impl Rule for Cursor {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let _ = walk_nodes(cx.stmt, |node| {
            if let Node::Statement(Statement::Declare { stmts, .. }) = node {
                for declare in stmts.iter().filter(|d| d.declare_type == Some(DeclareType::Cursor)) {
                    let name = declare.names.first().map(|n| n.value.as_str()).unwrap_or("cursor");
                    let span = declare.names.first().map(|n| cx.spans.span_of(n.span)).unwrap_or(cx.span);
                    out.report(span, format!("cursor `{name}` works row by row")).help("rewrite the loop as one set-based UPDATE, INSERT … SELECT or MERGE");
                }
            }
            ControlFlow::Continue(())
        });
    }
}
