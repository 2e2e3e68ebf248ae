use super::node_name;
use crate::read::explain::thousands;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, flags a node whose actual row count is ten
    /// times (or more) above or below the planner's estimate. The outermost
    /// such node is reported; the ones above it inherit its error.
    ///
    /// ## Why it matters
    /// Every choice above that node (join method, join order, memory for
    /// hashes and sorts) was made for the wrong number of rows. A nested
    /// loop picked for "1 row" that meets 40,000 is how a query goes from
    /// milliseconds to minutes without any code change.
    ///
    /// ## Example
    /// ```explain
    /// Seq Scan on addresses  (cost=0.00..480.00 rows=2 width=45) (actual time=0.010..2.900 rows=350 loops=1)
    ///   Filter: ((city = 'Lyon'::text) AND (country = 'FR'::text))
    ///   Rows Removed by Filter: 19650
    /// Execution Time: 3.000 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Seq Scan on addresses  (cost=0.00..480.00 rows=340 width=45) (actual time=0.010..2.900 rows=350 loops=1)
    ///   Filter: ((city = 'Lyon'::text) AND (country = 'FR'::text))
    ///   Rows Removed by Filter: 19650
    /// Execution Time: 3.000 ms
    /// ```
    ///
    /// ## In production
    /// Estimates drift after bulk loads and on correlated columns (city and
    /// country); `ANALYZE` refreshes the statistics, and
    /// `CREATE STATISTICS … (dependencies)` teaches the planner that two
    /// columns move together.
    ///
    /// ## Alternatives
    /// Raise the column's statistics target (`ALTER TABLE … ALTER COLUMN …
    /// SET STATISTICS 1000`) for skewed data; rewrite predicates the planner
    /// cannot estimate (functions on columns) into plain comparisons.
    pub struct EstimateOff {
        code: "E102",
        name: "explain-estimate-off",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M5"],
        dialects: [],
        fix: None,
        summary: "The planner's row estimate is off by ten times or more",
    }
}

/// An underestimate matters from a few dozen rows (a nested loop meets
/// them all); an overestimate only when it inflates memory and join choices.
const MIN_UNDERESTIMATED: u64 = 20;
const MIN_OVERESTIMATED: u64 = 1_000;

fn off(node: &crate::read::explain::PlanNode) -> Option<(u64, u64)> {
    let (estimated, actual) = (node.estimated_rows?, node.actual_rows?);
    let relevant = if actual > estimated { actual >= MIN_UNDERESTIMATED } else { estimated >= MIN_OVERESTIMATED };
    if node.loops == Some(0) || !relevant {
        return None;
    }
    let (low, high) = (estimated.min(actual).max(1), estimated.max(actual));
    (high >= low.saturating_mul(10)).then_some((estimated, actual))
}

impl Rule for EstimateOff {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        for (i, node) in cx.plan.nodes.iter().enumerate() {
            let Some((estimated, actual)) = off(node) else { continue };
            // Report where the error starts: skip a node when a child is already off.
            if node.children.iter().any(|&c| off(&cx.plan.nodes[c]).is_some()) {
                continue;
            }
            let direction = if actual > estimated { "more" } else { "fewer" };
            out.report(
                cx.node_span(i),
                format!(
                    "{} returned {} rows where the planner expected {}: {} times {direction}",
                    node_name(node),
                    thousands(actual),
                    thousands(estimated),
                    (actual.max(estimated) / estimated.min(actual).max(1))
                ),
            )
            .note("join methods, join order and memory above this node were chosen for the wrong row count")
            .help("run ANALYZE on the table; for correlated columns, CREATE STATISTICS … (dependencies) on them");
        }
    }
}
