use super::node_name;
use crate::read::explain::thousands;
use crate::rules::{ExplainCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In MySQL and MariaDB plans (`EXPLAIN FORMAT=JSON`, `ANALYZE
    /// FORMAT=JSON`), flags a table read in full on the inner side of a
    /// join: access type `ALL` under a block nested loop or hash join, or
    /// after the first table of a nested loop.
    ///
    /// ## Why it matters
    /// No index serves the join condition, so every row of the outer side is
    /// compared with every row of this table: the work grows as n·m. The
    /// join buffer only batches the comparisons; on two tables of a few
    /// hundred thousand rows the query runs for seconds or minutes.
    ///
    /// ## Example
    /// ```explain
    /// {"query_block": {"select_id": 1, "nested_loop": [
    ///   {"table": {"table_name": "c", "access_type": "range", "key": "PRIMARY", "rows": 99, "filtered": 100}},
    ///   {"block-nl-join": {"table": {"table_name": "o", "access_type": "ALL", "rows": 199699, "filtered": 100},
    ///     "buffer_type": "flat", "join_type": "BNL", "attached_condition": "o.region = c.region"}}
    /// ]}}
    /// ```
    ///
    /// ## Use instead
    /// ```explain
    /// {"query_block": {"select_id": 1, "nested_loop": [
    ///   {"table": {"table_name": "c", "access_type": "range", "key": "PRIMARY", "rows": 99, "filtered": 100}},
    ///   {"table": {"table_name": "o", "access_type": "ref", "key": "orders_region", "rows": 40, "filtered": 100}}
    /// ]}}
    /// ```
    ///
    /// ## In production
    /// In the classic `EXPLAIN` table this is `type: ALL` with `Using join
    /// buffer` in Extra on the second row. It usually means the join columns
    /// have no index, or have different types or collations so the index
    /// cannot be used.
    ///
    /// ## Alternatives
    /// Index the inner table's join column (online: `ALTER TABLE … ADD
    /// INDEX …, ALGORITHM=INPLACE, LOCK=NONE`); align the column types and
    /// collations of both sides.
    pub struct JoinWithoutIndex {
        code: "E108",
        name: "explain-join-without-index",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S5", "Q6"],
        dialects: [],
        fix: None,
        summary: "A join reads a whole table for the rows of another (MySQL, MariaDB)",
    }
}

impl Rule for JoinWithoutIndex {
    fn explain(&self, cx: &ExplainCx, out: &mut Sink) {
        let nodes = &cx.plan.nodes;
        for (i, node) in nodes.iter().enumerate().filter(|(_, n)| n.kind == "Full Table Scan") {
            let Some(parent) = node.parent else { continue };
            let inner = match nodes[parent].kind.as_str() {
                "Block Nested Loop" => true,
                "Nested Loop" => nodes[parent].children.first() != Some(&i),
                _ => false,
            };
            if !inner {
                continue;
            }
            let rows = node.estimated_rows.or(node.actual_rows).map(|r| format!(" ({} rows)", thousands(r))).unwrap_or_default();
            let condition =
                nodes[parent].filter.as_deref().or(node.filter.as_deref()).map(|c| format!(" to match `{}`", c.replace('`', ""))).unwrap_or_default();
            out.report(
                cx.node_span(i),
                format!("{}{rows} is read in full for the rows of the other side{condition}: no index serves the join", node_name(node)),
            )
            .note("every outer row is compared with every row of this table: the join grows as n·m")
            .help("index this table's join column, with the same type and collation as the other side");
        }
    }
}
