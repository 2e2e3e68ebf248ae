//! MySQL's `EXPLAIN FORMAT=JSON` and MariaDB's `EXPLAIN`/`ANALYZE FORMAT=JSON`:
//! a `query_block` whose tables sit in `nested_loop` arrays, under sort,
//! grouping and temporary-table operations. Estimates only, or with
//! MariaDB's measured `r_` figures.

use super::{count, millis_to_us, Plan, PlanNode};
use crate::read::objlit::{Node, Value};

/// The node's figure as text, whether JSON wrote it as a number or a string (`"10.00"`).
fn figure<'a>(json: &'a Node, key: &str) -> Option<&'a str> {
    match &json.get(key)?.value {
        Value::Number(n) | Value::Str(n) => Some(n),
        _ => None,
    }
}

/// `rows × percent / 100` in integers (percent in thousandths, as `millis_to_us` reads it).
fn share_of(rows: u64, percent: Option<&str>) -> u64 {
    match percent.and_then(millis_to_us) {
        Some(milli_percent) => rows.saturating_mul(milli_percent) / 100_000,
        None => rows,
    }
}

/// Read the plan under a document's `query_block`.
pub fn read(document: &Node, plan: &mut Plan) {
    let Some(block) = document.get("query_block") else { return };
    plan.execution_us = figure(block, "r_total_time_ms").and_then(millis_to_us);
    query_block(plan, block, None, 0);
}

fn push(plan: &mut Plan, mut node: PlanNode, parent: Option<usize>, depth: usize, json: &Node) -> usize {
    node.depth = depth;
    node.parent = parent;
    node.range = json.span.clone();
    let id = plan.nodes.len();
    plan.nodes.push(node);
    if let Some(p) = parent {
        plan.nodes[p].children.push(id);
    }
    id
}

/// Nesting deeper than this is not followed.
const MAX_DEPTH: usize = 60;

fn query_block(plan: &mut Plan, block: &Node, parent: Option<usize>, depth: usize) {
    let select = figure(block, "select_id").unwrap_or("1");
    let node = PlanNode {
        kind: "Query Block".into(),
        title: format!("Query block #{select}"),
        total_us: figure(block, "r_total_time_ms").and_then(millis_to_us),
        ..PlanNode::default()
    };
    let id = push(plan, node, parent, depth, block);
    operations(plan, block, id, depth + 1);
}

/// The operations an object holds, in the order JSON lists them.
fn operations(plan: &mut Plan, json: &Node, parent: usize, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for (key, value) in json.fields() {
        match key.name.as_str() {
            "table" => table(plan, value, parent, depth),
            "nested_loop" => {
                let items = value.items();
                let under = if items.len() > 1 {
                    let node = PlanNode { kind: "Nested Loop".into(), title: "Nested Loop".into(), ..PlanNode::default() };
                    push(plan, node, Some(parent), depth, value)
                } else {
                    parent
                };
                let depth = if under == parent { depth } else { depth + 1 };
                for item in items {
                    operations(plan, item, under, depth);
                }
            }
            "block-nl-join" | "hash_join" => {
                let join = figure(value, "join_type").unwrap_or("BNL");
                let node = PlanNode {
                    kind: "Block Nested Loop".into(),
                    title: format!("Block nested loop join ({join}, buffered)"),
                    loops: figure(value, "r_loops").and_then(count),
                    total_us: time_per_loop(value, &["r_unpack_time_ms", "r_other_time_ms"]),
                    filter: figure(value, "attached_condition").map(str::to_string),
                    ..PlanNode::default()
                };
                let id = push(plan, node, Some(parent), depth, value);
                operations(plan, value, id, depth + 1);
            }
            "ordering_operation" | "filesort" | "grouping_operation" | "duplicates_removal" | "temporary_table" => {
                let (kind, title) = match key.name.as_str() {
                    "ordering_operation" | "filesort" => ("Sort", format!("Sort{}", figure(value, "sort_key").map(|k| format!(" by {k}")).unwrap_or_default())),
                    "grouping_operation" => ("Aggregate", "Group".to_string()),
                    "duplicates_removal" => ("Unique", "Remove duplicates".to_string()),
                    _ => ("Temporary Table", "Temporary table".to_string()),
                };
                let node = PlanNode {
                    kind: kind.into(),
                    title,
                    total_us: time_per_loop(value, &["r_total_time_ms"]),
                    loops: figure(value, "r_loops").and_then(count),
                    ..PlanNode::default()
                };
                let id = push(plan, node, Some(parent), depth, value);
                operations(plan, value, id, depth + 1);
            }
            "query_block" => query_block(plan, value, Some(parent), depth),
            "subqueries" | "query_specifications" | "attached_subqueries" | "order_by_subqueries" => {
                for item in value.items() {
                    operations(plan, item, parent, depth);
                }
            }
            "materialized_from_subquery" | "union_result" | "materialized" => operations(plan, value, parent, depth),
            _ => {}
        }
    }
}

/// MariaDB reports times summed over loops; PostgreSQL (and our tree) per loop.
fn time_per_loop(json: &Node, keys: &[&str]) -> Option<u64> {
    let parts: Vec<u64> = keys.iter().filter_map(|k| figure(json, k).and_then(millis_to_us)).collect();
    if parts.is_empty() {
        return None;
    }
    let loops = figure(json, "r_loops").and_then(count).unwrap_or(1).max(1);
    Some(parts.iter().sum::<u64>() / loops)
}

fn table(plan: &mut Plan, json: &Node, parent: usize, depth: usize) {
    let name = figure(json, "table_name").unwrap_or("?").to_string();
    let access = figure(json, "access_type").unwrap_or("?");
    let key = figure(json, "key").map(str::to_string);
    let using = key.as_deref().map(|k| format!(" using {k}")).unwrap_or_default();
    let (kind, what) = match access {
        "ALL" => ("Full Table Scan", "Full table scan".to_string()),
        "index" => ("Full Index Scan", format!("Full index scan{using}")),
        "range" => ("Index Range Scan", format!("Index range scan{using}")),
        "ref" | "ref_or_null" => ("Index Lookup", format!("Index lookup{using}")),
        "eq_ref" => ("Unique Index Lookup", format!("Unique index lookup{using}")),
        "const" | "system" => ("Constant Row", "Constant row".to_string()),
        other => ("Table Access", format!("{other} access{using}")),
    };
    // MySQL 8 says `rows_examined_per_scan`, MariaDB `rows`: rows read, before the filter.
    let examined = figure(json, "rows_examined_per_scan").or_else(|| figure(json, "rows")).and_then(count);
    let measured = figure(json, "r_rows").and_then(count);
    let kept = measured.map(|rows| share_of(rows, figure(json, "r_filtered")));
    let node = PlanNode {
        kind: kind.into(),
        title: format!("{what} on {name} (access type {access})"),
        relation: Some(name),
        index: key,
        estimated_rows: examined.map(|rows| share_of(rows, figure(json, "filtered"))),
        actual_rows: kept,
        loops: figure(json, "r_loops").and_then(count),
        total_us: time_per_loop(json, &["r_table_time_ms", "r_other_time_ms"]),
        removed_by_filter: measured.zip(kept).map(|(read, kept)| read - kept).filter(|removed| *removed > 0),
        filter: figure(json, "attached_condition").map(str::to_string),
        ..PlanNode::default()
    };
    let id = push(plan, node, Some(parent), depth, json);
    // A derived table or subquery inside the table.
    operations(plan, json, id, depth + 1);
}
