use super::{node_name, time_note};
use crate::read::explain::thousands;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, flags a nested loop whose inner side ran
    /// 10,000 times or more.
    ///
    /// ## Why it matters
    /// A nested loop costs outer rows × inner cost (O(n·m) when the inner
    /// side scans). It shines when the outer side is small; fed a large
    /// outer side, usually after a row underestimate, it repeats the inner
    /// work hundreds of thousands of times where one hash join would read
    /// each table once.
    ///
    /// ## Example
    /// ```explain
    /// Nested Loop  (cost=0.29..9000.00 rows=100 width=20) (actual time=0.040..420.000 rows=150000 loops=1)
    ///   ->  Seq Scan on line_items l  (cost=0.00..2500.00 rows=100 width=12) (actual time=0.010..30.000 rows=150000 loops=1)
    ///   ->  Index Scan using products_pkey on products p  (cost=0.29..0.31 rows=1 width=8) (actual time=0.002..0.002 rows=1 loops=150000)
    ///         Index Cond: (id = l.product_id)
    /// Execution Time: 430.000 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Hash Join  (cost=300.00..4000.00 rows=150000 width=20) (actual time=5.000..60.000 rows=150000 loops=1)
    ///   Hash Cond: (l.product_id = p.id)
    ///   ->  Seq Scan on line_items l  (cost=0.00..2500.00 rows=150000 width=12) (actual time=0.010..20.000 rows=150000 loops=1)
    ///   ->  Hash  (cost=200.00..200.00 rows=8000 width=8) (actual time=4.000..4.000 rows=8000 loops=1)
    ///         ->  Seq Scan on products p  (cost=0.00..200.00 rows=8000 width=8) (actual time=0.010..2.000 rows=8000 loops=1)
    /// Execution Time: 70.000 ms
    /// ```
    ///
    /// ## In production
    /// The pattern behind "it was fast yesterday": statistics drift, the
    /// outer estimate drops to a few rows, and the planner switches to a
    /// nested loop that meets a hundred thousand. Fix the estimate first.
    ///
    /// ## Alternatives
    /// Refresh statistics (`ANALYZE`), extended statistics on correlated
    /// filters, or restructure the query so the large side is aggregated
    /// before the join.
    pub struct NestedLoopManyLoops {
        code: "E104",
        name: "explain-nested-loop-many-loops",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S5"],
        dialects: [],
        fix: None,
        summary: "A nested loop ran its inner side tens of thousands of times",
    }
}

/// From this many inner executions a hash or merge join usually wins.
const MANY_LOOPS: u64 = 10_000;

impl Rule for NestedLoopManyLoops {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        for (i, node) in cx.plan.nodes.iter().enumerate().filter(|(_, n)| n.kind == "Nested Loop") {
            let Some(&inner) = node.children.get(1) else { continue };
            let loops = cx.plan.nodes[inner].loops.unwrap_or(0);
            if loops < MANY_LOOPS {
                continue;
            }
            let inner_node = &cx.plan.nodes[inner];
            out.report(cx.node_span(i), format!("{} ran {} {} times{}", node_name(node), node_name(inner_node), thousands(loops), time_note(node)))
                .related(cx.node_span(inner))
                .note("a nested loop costs outer rows × inner cost: it grows as n·m when the outer side is large")
                .help("check the outer side's row estimate (ANALYZE); with a good estimate the planner picks a hash join for this many rows");
        }
    }
}
