use crate::model::BlockKind;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags `UPDATE` and `DELETE` statements that have no `WHERE` clause.
    ///
    /// ## Why it matters
    /// Without a `WHERE` the statement touches every row of the table. It is
    /// almost always a mistake (a forgotten or truncated line), it locks every
    /// row it changes until commit, and on a large table it writes a new
    /// version of every row, bloating the table and the WAL.
    ///
    /// ## Example
    /// ```sql
    /// DELETE FROM sessions;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// DELETE FROM sessions WHERE expires_at < now();
    /// ```
    ///
    /// ## In production
    /// A missing `WHERE` is the classic cause of restore-from-backup
    /// incidents; many teams run `psql` with `\set ON_ERROR_STOP` and require
    /// reviewed migrations for any bulk write.
    ///
    /// ## Alternatives
    /// To empty a table on purpose use `TRUNCATE`, which says so and is far
    /// faster. For large cleanups, delete in batches by key range.
    pub struct WriteWithoutWhere {
        code: "Q002",
        name: "write-without-where",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["Q2"],
        dialects: [],
        fix: None,
        summary: "UPDATE or DELETE without WHERE",
    }
}

impl Rule for WriteWithoutWhere {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            let verb = match block.kind {
                BlockKind::Update => "UPDATE",
                BlockKind::Delete => "DELETE",
                BlockKind::Select => continue,
            };
            // A joined UPDATE (`UPDATE t INNER JOIN (…) s ON …`) picks its rows by the join.
            if block.has_where || block.relations.len() > 1 || !block.joins.is_empty() || block.derived_tables > 0 || is_version_bump(cx.stmt) {
                continue;
            }
            let table = block.relations.first().map(|r| r.name.as_str()).unwrap_or("the table");
            out.report(cx.span, format!("`{verb}` without `WHERE` changes every row of `{table}`"))
                .note("every row is rewritten and locked until the transaction ends")
                .help(if verb == "DELETE" {
                    "add a WHERE clause, or use TRUNCATE if emptying the table is intended"
                } else {
                    "add a WHERE clause that selects the rows to change"
                });
        }
    }
}

/// `UPDATE meta SET schema_version = 15`: a one-row table recording the
/// schema's version, which an upgrade sets whole.
fn is_version_bump(stmt: &sqlparser::ast::Statement) -> bool {
    let sqlparser::ast::Statement::Update(update) = stmt else { return false };
    !update.assignments.is_empty()
        && update.assignments.iter().all(|a| {
            let target = a.target.to_string().to_ascii_lowercase();
            target.contains("version") || target == "ver"
        })
}
