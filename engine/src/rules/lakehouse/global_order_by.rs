use crate::finding::Severity;
use crate::input::Dialect;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Hive or Spark query whose outermost `ORDER BY` has no
    /// `LIMIT`, including the query of an `INSERT … SELECT`.
    ///
    /// ## Why it matters
    /// A total order needs every row compared with every other. Hive does
    /// it in a single reducer: one task sorts the whole result while the
    /// rest of the cluster waits. Spark samples the data, shuffles all of
    /// it into ranges and sorts each range, which costs a full shuffle.
    /// Sorting rows that are written to a table buys nothing, since tables
    /// have no order.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE clicks (user_id BIGINT, url STRING, clicked_at TIMESTAMP) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// SELECT user_id, url, clicked_at FROM clicks WHERE dt = '2024-06-01' ORDER BY clicked_at;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE clicks (user_id BIGINT, url STRING, clicked_at TIMESTAMP) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// SELECT user_id, url, clicked_at FROM clicks WHERE dt = '2024-06-01' DISTRIBUTE BY user_id SORT BY clicked_at;
    /// ```
    ///
    /// ## In production
    /// The job's last stage runs for hours on one executor while the others
    /// are idle, and fails when that executor runs out of memory or disk.
    ///
    /// ## Alternatives
    /// `ORDER BY … LIMIT n` for a top-n (each task keeps n rows); `SORT BY`
    /// or `sortWithinPartitions` when each file only needs to be sorted;
    /// let the reader sort the final, small result.
    pub struct GlobalOrderBy {
        code: "T701",
        name: "lakehouse-global-order-by",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T11", "T12"],
        dialects: [Spark, Hive],
        fix: None,
        summary: "A total ORDER BY without LIMIT: one reducer or a full shuffle",
    }
}

impl Rule for GlobalOrderBy {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in cx.facts.blocks.iter().filter(|b| b.top_level && b.limit.is_none() && !b.relations.is_empty()) {
            let Some(first) = block.order_by.first() else { continue };
            let (message, severity) = match cx.dialect {
                Dialect::Hive => ("`ORDER BY` without `LIMIT` sorts the whole result in a single reducer", Severity::Warning),
                _ => ("`ORDER BY` without `LIMIT` shuffles every row to sort it globally", Severity::Info),
            };
            out.report(first.span, message).severity(severity).help("add a LIMIT, use SORT BY within partitions, or sort the small final result in the reader");
        }
    }
}
