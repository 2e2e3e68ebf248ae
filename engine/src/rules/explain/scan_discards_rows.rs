use super::{node_name, time_note};
use crate::read::explain::thousands;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, flags a sequential scan whose filter threw
    /// away most of the rows it read: at least 1,000 rows removed per loop,
    /// and ten times more than it kept.
    ///
    /// ## Why it matters
    /// The scan paid to read every row to return a handful. Its cost grows
    /// with the table (O(n)), not with the answer: the same query on ten
    /// times the data takes ten times as long and evicts ten times as much
    /// of the cache.
    ///
    /// ## Example
    /// ```explain
    /// Seq Scan on invoices  (cost=0.00..2041.00 rows=12 width=40) (actual time=0.020..14.300 rows=9 loops=1)
    ///   Filter: (customer_id = 77)
    ///   Rows Removed by Filter: 89991
    /// Planning Time: 0.100 ms
    /// Execution Time: 14.400 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Index Scan using invoices_customer_id_idx on invoices  (cost=0.29..40.10 rows=12 width=40) (actual time=0.020..0.050 rows=9 loops=1)
    ///   Index Cond: (customer_id = 77)
    /// Planning Time: 0.100 ms
    /// Execution Time: 0.080 ms
    /// ```
    ///
    /// ## In production
    /// This is the classic missing index: fast on the developer's laptop,
    /// the top line of `pg_stat_statements` a year later. The filter line
    /// names the column the index should start with.
    ///
    /// ## Alternatives
    /// A B-tree index on the filtered columns (equality first, then range);
    /// a partial index when the filter always selects the same small slice.
    pub struct ScanDiscardsRows {
        code: "E101",
        name: "explain-scan-discards-rows",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S5"],
        dialects: [],
        fix: None,
        summary: "A sequential scan read many rows and kept few",
    }
}

impl Rule for ScanDiscardsRows {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        for (i, node) in cx.plan.nodes.iter().enumerate().filter(|(_, n)| n.is_scan()) {
            let (Some(removed), Some(kept)) = (node.removed_by_filter, node.actual_rows) else { continue };
            if removed < 1_000 || removed < kept.saturating_mul(10) {
                continue;
            }
            let filter = node.filter.as_deref().map(|f| format!(" by `{}`", f.replace('`', ""))).unwrap_or_default();
            out.report(
                cx.node_span(i),
                format!("{} discarded {} rows{filter} to keep {}{}", node_name(node), thousands(removed), thousands(kept), time_note(node)),
            )
            .note("the scan reads the whole table whatever the filter keeps: its cost grows with the table (O(n)), not with the answer")
            .help("index the filtered columns (equality first, then range) so the rows are found, not searched for");
        }
    }
}
