use crate::model::names::{walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Set, SetSessionParamKind, Statement};
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags a T-SQL stored procedure whose body never runs
    /// `SET NOCOUNT ON`.
    ///
    /// ## Why it matters
    /// Without it, every statement in the procedure sends a "rows affected"
    /// message to the client. That is extra network traffic inside loops,
    /// and some drivers and ORMs read the first such count as the result,
    /// so callers see `3 rows affected` where they expected a result set.
    ///
    /// ## Example
    /// ```sql
    /// CREATE PROCEDURE dbo.close_order (@id BIGINT) AS
    /// BEGIN
    ///   UPDATE orders SET status = 'closed' WHERE id = @id;
    /// END
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE PROCEDURE dbo.close_order (@id BIGINT) AS
    /// BEGIN
    ///   SET NOCOUNT ON;
    ///   UPDATE orders SET status = 'closed' WHERE id = @id;
    /// END
    /// ```
    ///
    /// ## In production
    /// Most teams' procedure templates start with `SET NOCOUNT ON`;
    /// forgetting it shows up as "the procedure returns no rows" bugs in
    /// ADO.NET and JDBC code that reads the first result.
    ///
    /// ## Alternatives
    /// Turn the messages off per connection (`SET NOCOUNT ON` when the
    /// session opens) if every caller agrees.
    pub struct MissingNocount {
        code: "T305",
        name: "mssql-missing-nocount",
        area: Query,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["T3"],
        dialects: [Mssql],
        fix: None,
        summary: "stored procedure without SET NOCOUNT ON",
    }
}

impl Rule for MissingNocount {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateProcedure { name, .. } = cx.stmt else { return };
        let sets_nocount = walk_nodes(cx.stmt, |node| match node {
            Node::Statement(Statement::Set(Set::SetSessionParam(SetSessionParamKind::Generic(param))))
                if param.names.iter().any(|n| n.eq_ignore_ascii_case("NOCOUNT")) && param.value.eq_ignore_ascii_case("ON") =>
            {
                ControlFlow::Break(())
            }
            _ => ControlFlow::Continue(()),
        })
        .is_break();
        if !sets_nocount {
            out.report(cx.span_of(name), format!("procedure `{name}` does not `SET NOCOUNT ON`: every statement sends a row count to the client"))
                .help("start the body with SET NOCOUNT ON;");
        }
    }
}
