use crate::model::names::{walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::TableFactor;
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags `SELECT … FROM table FINAL` in ClickHouse.
    ///
    /// ## Why it matters
    /// `FINAL` makes the query merge every part of a ReplacingMergeTree or
    /// CollapsingMergeTree table while it reads, to hide rows that a
    /// background merge has not yet replaced. The merge work grows with the
    /// table, runs on every execution, and used to run on one thread; a
    /// dashboard that polls such a query keeps the server busy merging.
    ///
    /// ## Example
    /// ```sql
    /// SELECT user_id, plan FROM user_profiles FINAL WHERE plan = 'pro';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT user_id, argMax(plan, version) AS plan
    /// FROM user_profiles
    /// GROUP BY user_id
    /// HAVING plan = 'pro';
    /// ```
    ///
    /// ## In production
    /// Query latency creeps up with the number of unmerged parts, so the
    /// slowdown shows after a burst of inserts, not in testing. Where
    /// `FINAL` stays, restrict it with a partition or sorting-key filter.
    ///
    /// ## Alternatives
    /// Deduplicate in a materialized view that keeps the latest row; accept
    /// approximate duplicates for trend dashboards; on recent versions,
    /// `do_not_merge_across_partitions_select_final` limits the merge to
    /// one partition at a time.
    pub struct SelectFinal {
        code: "T601",
        name: "clickhouse-select-final",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T13"],
        dialects: [Clickhouse],
        fix: None,
        summary: "SELECT … FINAL merges parts at query time, on every run",
    }
}

impl Rule for SelectFinal {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let _ = walk_nodes(cx.stmt, |node| {
            // sqlparser reads ClickHouse's `FINAL` modifier as a table alias.
            if let Node::Table(TableFactor::Table { name, alias: Some(alias), .. }) = node {
                if alias.name.quote_style.is_none() && alias.name.value.eq_ignore_ascii_case("FINAL") {
                    out.report(cx.spans.span_of(alias.name.span), format!("`{name} FINAL` merges the table's parts on every execution of this query"))
                        .help("read the latest row with argMax(…, version) and GROUP BY, or filter FINAL to one partition");
                }
            }
            ControlFlow::Continue(())
        });
    }
}
