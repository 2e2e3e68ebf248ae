use super::node_name;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In EXPLAIN ANALYZE output, flags a `Gather` or `Gather Merge` that
    /// launched fewer parallel workers than the planner counted on.
    ///
    /// ## Why it matters
    /// The plan's cost assumed the work would be split; without the workers
    /// the leader does it alone, two or three times slower than planned.
    /// It happens when `max_parallel_workers` or `max_worker_processes` is
    /// exhausted by other queries: parallel plans degrade under load.
    ///
    /// ## Example
    /// ```explain
    /// Gather  (cost=1000.00..6800.00 rows=50 width=14) (actual time=80.000..82.000 rows=40 loops=1)
    ///   Workers Planned: 2
    ///   Workers Launched: 0
    ///   ->  Parallel Seq Scan on visits  (cost=0.00..5800.00 rows=20 width=14) (actual time=0.010..81.000 rows=40 loops=1)
    /// Execution Time: 82.500 ms
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// Gather  (cost=1000.00..6800.00 rows=50 width=14) (actual time=28.000..30.000 rows=40 loops=1)
    ///   Workers Planned: 2
    ///   Workers Launched: 2
    ///   ->  Parallel Seq Scan on visits  (cost=0.00..5800.00 rows=20 width=14) (actual time=20.000..27.000 rows=13 loops=3)
    /// Execution Time: 30.500 ms
    /// ```
    ///
    /// ## In production
    /// On a busy server the pool of parallel workers is shared by every
    /// session; a report that relies on parallelism is fast at night and
    /// slow at noon. Size `max_parallel_workers` for the concurrency, or
    /// make the query not need a parallel full scan.
    ///
    /// ## Alternatives
    /// An index that turns the parallel scan into a small one; running the
    /// report on a replica sized for it.
    pub struct WorkersNotLaunched {
        code: "E106",
        name: "explain-workers-not-launched",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["M5"],
        dialects: [],
        fix: None,
        summary: "Fewer parallel workers ran than the plan counted on",
    }
}

impl Rule for WorkersNotLaunched {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        for (i, node) in cx.plan.nodes.iter().enumerate() {
            let (Some(planned), Some(launched)) = (node.workers_planned, node.workers_launched) else { continue };
            if launched >= planned {
                continue;
            }
            out.report(cx.node_span(i), format!("{} planned {planned} parallel workers and launched {launched}: the leader did their share", node_name(node)))
                .note("the plan's cost assumed the work split across workers; under load the pool runs dry and the query slows by that factor")
                .help("raise max_parallel_workers / max_worker_processes for the concurrency, or give the query an index so it needs no parallel scan");
        }
    }
}
