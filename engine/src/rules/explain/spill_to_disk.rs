use super::node_name;
use crate::read::explain::thousands;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, flags sorts, hashes and hash aggregates
    /// that ran out of `work_mem` and wrote to temporary files: an
    /// `external merge` sort, a hash in more than one batch, a hash
    /// aggregate with disk usage.
    ///
    /// ## Why it matters
    /// Spilling turns an in-memory operation into several passes over
    /// temporary files. The query slows down several times, and under
    /// concurrency the temporary I/O competes with everything else.
    ///
    /// ## Example
    /// ```explain
    /// Sort  (cost=9000.00..9500.00 rows=200000 width=22) (actual time=150.000..190.000 rows=200000 loops=1)
    ///   Sort Key: amount DESC
    ///   Sort Method: external merge  Disk: 6200kB
    ///   ->  Seq Scan on payments  (cost=0.00..3000.00 rows=200000 width=22) (actual time=0.010..20.000 rows=200000 loops=1)
    /// Execution Time: 200.000 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Limit  (cost=0.42..1.50 rows=50 width=22) (actual time=0.030..0.100 rows=50 loops=1)
    ///   ->  Index Scan Backward using payments_amount_idx on payments  (cost=0.42..4300.00 rows=200000 width=22) (actual time=0.020..0.090 rows=50 loops=1)
    /// Execution Time: 0.150 ms
    /// ```
    ///
    /// ## In production
    /// `log_temp_files = 0` logs every spill with its size; the usual cure is
    /// not a bigger global `work_mem` (it is per operation, per connection)
    /// but less data to sort: a LIMIT served by an index, or a
    /// `SET LOCAL work_mem` for one known reporting query.
    ///
    /// ## Alternatives
    /// Pre-aggregate into a summary table; sort by an index that already
    /// holds the order; fetch fewer columns so each row is smaller.
    pub struct SpillToDisk {
        code: "E103",
        name: "explain-spill-to-disk",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M5"],
        dialects: [],
        fix: None,
        summary: "A sort, hash or aggregate spilled to disk",
    }
}

impl Rule for SpillToDisk {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        for (i, node) in cx.plan.nodes.iter().enumerate() {
            let external = node.sort_method.as_deref().is_some_and(|m| m.starts_with("external"));
            let batches = node.hash_batches.filter(|b| *b > 1);
            if !external && batches.is_none() && node.disk_kb.is_none() {
                continue;
            }
            let how = match (node.disk_kb, batches) {
                (Some(kb), _) => format!("wrote {} kB to temporary files", thousands(kb)),
                (None, Some(b)) => format!("split its hash into {b} batches on disk"),
                (None, None) => "sorted on disk".to_string(),
            };
            out.report(cx.node_span(i), format!("{} {how}: it did not fit in work_mem", node_name(node)))
                .note("spilling turns one pass in memory into several over temporary files, and grows worse with the data")
                .help("sort or hash fewer rows (filter earlier, a LIMIT served by an index), or SET LOCAL work_mem for this query only");
        }
    }
}
