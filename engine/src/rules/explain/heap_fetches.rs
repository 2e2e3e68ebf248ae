use super::{node_name, total_rows};
use crate::read::explain::thousands;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, flags an index-only scan that still
    /// fetched rows from the table (`Heap Fetches`) for more than a tenth of
    /// what it returned.
    ///
    /// ## Why it matters
    /// An index-only scan may skip the table only for pages the visibility
    /// map marks all-visible. When vacuum lags, every row costs a random
    /// table read again, and the covering index buys nothing.
    ///
    /// ## Example
    /// ```explain
    /// Index Only Scan using events_id_idx on events  (cost=0.42..3600.00 rows=89000 width=8) (actual time=0.040..18.000 rows=89000 loops=1)
    ///   Index Cond: ((id >= 1000) AND (id <= 90000))
    ///   Heap Fetches: 89000
    /// Execution Time: 22.000 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Index Only Scan using events_id_idx on events  (cost=0.42..2400.00 rows=89000 width=8) (actual time=0.030..7.000 rows=89000 loops=1)
    ///   Index Cond: ((id >= 1000) AND (id <= 90000))
    ///   Heap Fetches: 0
    /// Execution Time: 9.000 ms
    /// ```
    ///
    /// ## In production
    /// Insert-heavy tables are vacuumed rarely (before PostgreSQL 13, never
    /// for inserts alone), so their visibility map stays stale; tune
    /// `autovacuum_vacuum_insert_scale_factor` or vacuum after bulk loads.
    ///
    /// ## Alternatives
    /// `VACUUM (ANALYZE)` the table after large loads; lower the table's
    /// autovacuum thresholds so the visibility map keeps up.
    pub struct HeapFetches {
        code: "E105",
        name: "explain-heap-fetches",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["M5"],
        dialects: [],
        fix: None,
        summary: "An index-only scan still read the table",
    }
}

impl Rule for HeapFetches {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        for (i, node) in cx.plan.nodes.iter().enumerate().filter(|(_, n)| n.kind.ends_with("Index Only Scan")) {
            let fetched = node.heap_fetches.unwrap_or(0);
            let returned = total_rows(node);
            if fetched < 100 || fetched.saturating_mul(10) < returned {
                continue;
            }
            let table = node.relation.as_deref().unwrap_or("the table");
            out.report(
                cx.node_span(i),
                format!(
                    "{} fetched {} rows from the table for {} returned: its visibility map is stale",
                    node_name(node),
                    thousands(fetched),
                    thousands(returned)
                ),
            )
            .note("an index-only scan skips the table only on all-visible pages; after bulk writes it degrades to an index scan")
            .help(format!("VACUUM (ANALYZE) {table}, and lower its autovacuum thresholds if it is insert-heavy"));
        }
    }
}
