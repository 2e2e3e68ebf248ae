use super::node_name;
use crate::read::explain::ms_text;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, names the node that took at least half of
    /// the execution time by itself (its children's time subtracted): the
    /// place to look first.
    ///
    /// ## Why it matters
    /// Plans are read bottom-up and nodes report times that include their
    /// children, so the expensive step is easy to misplace. Tuning anything
    /// but the dominant node cannot save more than the rest of the time.
    ///
    /// ## Example
    /// ```explain
    /// Limit  (cost=5000.00..5000.10 rows=10 width=30) (actual time=95.000..95.010 rows=10 loops=1)
    ///   ->  Sort  (cost=5000.00..5200.00 rows=80000 width=30) (actual time=94.990..95.000 rows=10 loops=1)
    ///         Sort Key: created_at DESC
    ///         Sort Method: top-N heapsort  Memory: 26kB
    ///         ->  Seq Scan on posts  (cost=0.00..3000.00 rows=80000 width=30) (actual time=0.010..80.000 rows=80000 loops=1)
    /// Execution Time: 95.100 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Limit  (cost=0.29..1.00 rows=10 width=30) (actual time=0.020..0.040 rows=10 loops=1)
    ///   ->  Index Scan Backward using posts_created_at_idx on posts  (cost=0.29..3500.00 rows=80000 width=30) (actual time=0.020..0.030 rows=10 loops=1)
    /// Execution Time: 0.060 ms
    /// ```
    ///
    /// ## In production
    /// Plan visualisers shade nodes by exclusive time for this reason; the
    /// review does the same in the playground's plan tree.
    ///
    /// ## Alternatives
    /// When no node dominates, the cost is spread out: look at the row
    /// counts instead (how many rows flow between nodes) and cut them early.
    pub struct DominantNode {
        code: "E107",
        name: "explain-dominant-node",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["M5"],
        dialects: [],
        fix: None,
        summary: "One plan node takes most of the execution time",
    }
}

/// A node must take at least this share (per mille) of the time to be named,
/// and the plan must run at least this long to be worth tuning.
const DOMINANT_PERMILLE: u64 = 500;
const MIN_US: u64 = 5_000;

impl Rule for DominantNode {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        let Some(i) = cx.plan.dominant() else { return };
        let node = &cx.plan.nodes[i];
        let total = cx.plan.execution_us.unwrap_or(0);
        if node.share_permille < DOMINANT_PERMILLE || total < MIN_US {
            return;
        }
        out.report(cx.node_span(i), format!("{} took {}% of the {} execution by itself", node_name(node), node.share_permille / 10, ms_text(total)))
            .note("the time of a plan node includes its children's; this is the node's own share, the first place to tune");
    }
}
