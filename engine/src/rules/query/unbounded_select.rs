use crate::finding::Severity;
use crate::perf::scale::{size_phrase, LARGE_TABLE};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Notes a query that reads a whole table: no `WHERE`, no `LIMIT`, no
    /// aggregation.
    ///
    /// ## Why it matters
    /// The cost grows with the table. A query that returns 200 rows in the
    /// lesson returns 20 million in production, and the application that
    /// buffers the result runs out of memory before the database struggles.
    /// A table sized below 10,000 rows (`-- sqlreview: rows countries=200`)
    /// is a lookup table meant to be read whole and is not reported; one
    /// sized above a million rows makes this an error.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, email FROM users;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, email FROM users WHERE id > $1 ORDER BY id LIMIT 100;
    /// ```
    ///
    /// ## In production
    /// Unbounded reads show up as latency spikes and memory alarms in the
    /// service, not in the database; exports are run as streamed batches.
    ///
    /// ## Alternatives
    /// Page with a key (keyset pagination), stream with a server-side cursor,
    /// or aggregate in the database instead of in the application.
    pub struct UnboundedSelect {
        code: "Q003",
        name: "unbounded-select",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["Q2"],
        dialects: [],
        fix: None,
        summary: "A query that reads a whole table",
    }
}

impl Rule for UnboundedSelect {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        // A lesson reads a demo table whole to show it; the statement is the point, not a workload.
        if !matches!(cx.stmt, Statement::Query(_)) || cx.in_lesson {
            return;
        }
        for block in cx.facts.blocks.iter().filter(|b| b.top_level) {
            let bounded = block.has_where || block.limit.is_some() || block.aggregate || block.grouped || block.distinct.is_some();
            // A CTE was bounded (or not) where it was defined.
            let from_cte = block.relations.iter().any(|r| cx.facts.cte_names.contains(&r.name));
            if bounded || from_cte || block.relations.is_empty() || !block.joins.is_empty() {
                continue;
            }
            let table = &block.relations[0].name;
            // The system's catalog (and Oracle's one-row DUAL) is read whole by design.
            if cx.reads_system_catalog(&block.relations[0]) {
                continue;
            }
            // A lookup table (sized small by the author, or seeded with a few rows or named as one) is meant to be read whole.
            let rows = cx.sizes.of(table);
            if cx.sizes.is_small(table) {
                continue;
            }
            let finding = out
                .report(block.relations[0].span, format!("reads all of `{table}`: no `WHERE` and no `LIMIT`"))
                .help("bound the read with a filter or keyset pagination if the table can grow");
            if rows.is_some_and(|r| r >= LARGE_TABLE) {
                finding.severity(Severity::Error).note(format!("{}: every run reads and sends all of them (O(n))", size_phrase(cx.sizes, table)));
            }
        }
    }
}
