use crate::model::names::strip_parens;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{BinaryOperator, Expr, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Notes `UPDATE … SET n = n + 1` counters: one row incremented by every
    /// event (likes, views, stock).
    ///
    /// ## Why it matters
    /// All writers serialise on that one row's lock, and each increment
    /// writes a new row version (bloat). At a few hundred increments per
    /// second the counter becomes the bottleneck of the whole feature.
    ///
    /// ## Example
    /// ```sql
    /// UPDATE posts SET view_count = view_count + 1 WHERE id = $1;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// INSERT INTO post_views (post_id, viewed_at) VALUES ($1, now());
    /// ```
    ///
    /// ## In production
    /// High-traffic counters are sharded into N rows summed on read, buffered
    /// in Redis (`INCR`) and flushed periodically, or derived from an event
    /// table.
    ///
    /// ## Alternatives
    /// Append-only events aggregated periodically, sharded counter rows, or
    /// an in-memory counter with periodic flush.
    pub struct HotCounterRow {
        code: "A003",
        name: "hot-counter-row",
        area: Architecture,
        severity: Info,
        section: RealWorldContext,
        concepts: ["A3"],
        dialects: [],
        fix: None,
        summary: "A single-row counter every writer contends on",
    }
}

impl Rule for HotCounterRow {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::Update(update) = cx.stmt else { return };
        for assignment in &update.assignments {
            let target = assignment.target.to_string().to_ascii_lowercase();
            let Expr::BinaryOp { left, op: BinaryOperator::Plus | BinaryOperator::Minus, right } = strip_parens(&assignment.value) else { continue };
            // A counter steps by one per event; `balance = balance - 100` is a transfer, not a counter.
            let steps_by_one = right.to_string() == "1";
            if steps_by_one && left.to_string().to_ascii_lowercase() == target && update.selection.is_some() {
                out.report(cx.span, format!("`{target}` is a counter row every writer must lock in turn"))
                    .help("for high write rates, record events and aggregate, or shard the counter");
            }
        }
    }
}
