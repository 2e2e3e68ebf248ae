//! `EXPLAIN (FORMAT JSON)`: an array holding one object with a `Plan`, whose
//! nodes nest under `Plans`.

use super::{count, millis_to_us, Plan, PlanNode};
use crate::read::objlit::{self, Node, Value};
use std::ops::Range;

/// The byte range of a JSON plan in `body`: from its opening bracket to the
/// last closing one.
pub fn locate(body: &str) -> Option<Range<usize>> {
    // PostgreSQL: `[{"Plan": {"Node Type": …`; MySQL and MariaDB: `{"query_block": {…`.
    let marker = match body.find("\"Node Type\"") {
        Some(marker) if body[..marker].contains("\"Plan\"") => marker,
        _ => body.find("\"query_block\"")?,
    };
    let start = body[..marker].find(['[', '{'])?;
    let close = if body[start..].starts_with('[') { ']' } else { '}' };
    let end = body.rfind(close)? + 1;
    (end > marker).then_some(start..end)
}

pub fn read(text: &str, range: Range<usize>) -> Plan {
    let mut plan = Plan { format: "json".into(), ..Plan::default() };
    // psql's aligned format marks wrapped lines with a trailing `+`: not JSON.
    if let Some(at) = text[range.clone()].find("+\n").or_else(|| text[range.clone()].find("+\r\n")) {
        let at = range.start + at;
        plan.problems.push((
            "this JSON plan carries psql's `+` line-wrap marks; print it with `psql -A` (or `\\pset format unaligned`) and paste again".into(),
            at..at + 1,
        ));
        return plan;
    }
    let document = match objlit::parse_document(text, range) {
        Ok(document) => document,
        Err(problem) => {
            plan.problems.push((format!("this EXPLAIN output is not valid JSON: {}", problem.0), problem.1));
            return plan;
        }
    };
    let top = match &document.value {
        Value::Array(items) => items.first(),
        Value::Object(_) => Some(&document),
        _ => None,
    };
    let Some(top) = top else { return plan };
    if top.get("query_block").is_some() {
        plan.format = "mysql-json".into();
        super::mysql::read(top, &mut plan);
        return plan;
    }
    plan.execution_us = number(top.get("Execution Time")).and_then(millis_to_us);
    plan.planning_us = number(top.get("Planning Time")).and_then(millis_to_us);
    match top.get("Plan") {
        Some(root) => add(&mut plan, root, None, 0),
        None => plan.problems.push(("this EXPLAIN JSON has no `Plan`".into(), top.span.clone())),
    }
    plan
}

fn number(node: Option<&Node>) -> Option<&str> {
    match &node?.value {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

/// Nesting deeper than this is not followed (objlit refuses deeper documents anyway).
const MAX_DEPTH: usize = 60;

fn add(plan: &mut Plan, json: &Node, parent: Option<usize>, depth: usize) {
    let text = |key: &str| json.get(key).and_then(Node::as_str).map(str::to_string);
    let whole = |key: &str| number(json.get(key)).and_then(count);
    let mut kind = text("Node Type").unwrap_or_else(|| "Node".into());
    // The text format names aggregates by strategy and phase; so do we.
    if kind == "Aggregate" {
        let strategy = match text("Strategy").as_deref() {
            Some("Hashed") => "HashAggregate",
            Some("Sorted") => "GroupAggregate",
            Some("Mixed") => "MixedAggregate",
            _ => "Aggregate",
        };
        kind = match text("Partial Mode").as_deref() {
            Some("Partial") => format!("Partial {strategy}"),
            Some("Finalize") => format!("Finalize {strategy}"),
            _ => strategy.to_string(),
        };
    }
    let relation = text("Relation Name");
    let index = text("Index Name");
    let parallel = matches!(json.get("Parallel Aware").map(|n| &n.value), Some(Value::Bool(true)));
    let mut title = if parallel { format!("Parallel {kind}") } else { kind.clone() };
    if let Some(index) = &index {
        title.push_str(&format!(" using {index}"));
    }
    if let Some(relation) = &relation {
        title.push_str(&format!(" on {relation}"));
        if let Some(alias) = text("Alias").filter(|a| a != relation) {
            title.push_str(&format!(" {alias}"));
        }
    }
    let disk = match text("Sort Space Type").as_deref() {
        Some("Disk") => whole("Sort Space Used"),
        _ => whole("Disk Usage").filter(|kb| *kb > 0),
    };
    let key_span = json.fields().iter().find(|(k, _)| k.name == "Node Type").map_or(json.span.clone(), |(k, v)| k.span.start..v.span.end);
    let node = PlanNode {
        kind: if parallel { format!("Parallel {kind}") } else { kind },
        relation,
        index,
        title,
        depth,
        parent,
        parallel,
        estimated_rows: whole("Plan Rows"),
        actual_rows: whole("Actual Rows"),
        loops: whole("Actual Loops"),
        total_us: number(json.get("Actual Total Time")).and_then(millis_to_us),
        removed_by_filter: whole("Rows Removed by Filter"),
        filter: text("Filter"),
        sort_method: text("Sort Method"),
        disk_kb: disk,
        hash_batches: whole("Hash Batches").or_else(|| whole("HashAgg Batches")),
        heap_fetches: whole("Heap Fetches"),
        workers_planned: whole("Workers Planned"),
        workers_launched: whole("Workers Launched"),
        range: key_span,
        ..PlanNode::default()
    };
    let id = plan.nodes.len();
    plan.nodes.push(node);
    if let Some(p) = parent {
        plan.nodes[p].children.push(id);
    }
    if depth >= MAX_DEPTH {
        return;
    }
    for child in json.get("Plans").map(Node::items).unwrap_or_default() {
        add(plan, child, Some(id), depth + 1);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn psql_wrap_marks_are_a_located_problem() {
        let text = " [                 +\n   { \"Plan\": {  +\n     \"Node Type\": \"Result\"} } +\n ]\n(1 row)\n";
        let range = super::locate(text).expect("found");
        let plan = super::read(text, range);
        assert!(plan.problems[0].0.contains("psql -A"), "{:?}", plan.problems);
        assert_eq!(&text[plan.problems[0].1.clone()], "+");
    }
}
