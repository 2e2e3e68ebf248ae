use crate::model::names::{walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, Set, Statement, TableFactor, TransactionIsolationLevel, TransactionMode};
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags the `NOLOCK` (or `READUNCOMMITTED`) table hint and sessions set
    /// to `READ UNCOMMITTED` in SQL Server.
    ///
    /// ## Why it matters
    /// A dirty read does more than show uncommitted rows: while pages split
    /// under it, the scan can return the same row twice or skip rows that
    /// existed the whole time, and it can read rows a rolled-back
    /// transaction never kept. Totals and reports come out wrong without
    /// any error.
    ///
    /// ## Example
    /// ```sql
    /// SELECT SUM(total) FROM orders WITH (NOLOCK) WHERE placed_on = '2024-05-01';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT SUM(total) FROM orders WHERE placed_on = '2024-05-01';
    /// ```
    ///
    /// ## In production
    /// `NOLOCK` is usually sprinkled on to stop readers blocking behind
    /// writers; the cheap fix for that is row versioning
    /// (`READ_COMMITTED_SNAPSHOT ON` for the database), which gives
    /// non-blocking reads of committed data.
    ///
    /// ## Alternatives
    /// Read committed snapshot isolation, or `SNAPSHOT` isolation for a
    /// report that needs one consistent view; a readable secondary replica
    /// for heavy reporting.
    pub struct Nolock {
        code: "T301",
        name: "mssql-nolock",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T3"],
        dialects: [Mssql],
        fix: None,
        summary: "NOLOCK / READ UNCOMMITTED: dirty reads that can skip or repeat rows",
    }
}

const DIRTY_HINTS: [&str; 2] = ["NOLOCK", "READUNCOMMITTED"];

impl Rule for Nolock {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if let Statement::Set(Set::SetTransaction { modes, .. }) = cx.stmt {
            if modes.iter().any(|m| matches!(m, TransactionMode::IsolationLevel(TransactionIsolationLevel::ReadUncommitted))) {
                out.report(cx.span, "the session reads uncommitted data: scans can skip rows, repeat them, or see rolled-back ones")
                    .help("turn on READ_COMMITTED_SNAPSHOT for the database instead");
            }
            return;
        }
        let _ = walk_nodes(cx.stmt, |node| {
            if let Node::Table(TableFactor::Table { name, with_hints, .. }) = node {
                for hint in with_hints {
                    let Expr::Identifier(word) = hint else { continue };
                    if DIRTY_HINTS.iter().any(|h| word.value.eq_ignore_ascii_case(h)) {
                        out.report(
                            cx.span_of(hint),
                            format!("`{name}` is read WITH ({}): dirty reads that can skip or repeat rows", word.value.to_ascii_uppercase()),
                        )
                        .help("drop the hint; use read committed snapshot isolation so readers do not block");
                    }
                }
            }
            ControlFlow::Continue(())
        });
    }
}
