//! The text format: one line per node (children start with `->`, indented
//! under their parent), each followed by its property lines.

use super::{count, millis_to_us, Plan, PlanNode};
use std::ops::Range;

fn is_node_header(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("->") || line.contains("(cost=") || line.contains("(actual time=") || line.contains("(actual rows=")
}

const TOP_LEVEL: [&str; 8] = ["Planning Time:", "Execution Time:", "Total runtime:", "Planning:", "JIT:", "Trigger ", "Settings:", "Query Identifier:"];

/// The byte range of the first plan in `body`, if it has one.
pub fn locate(body: &str) -> Option<Range<usize>> {
    let mut start = None;
    let mut end = 0;
    let mut offset = 0;
    for raw in body.split_inclusive('\n') {
        let line = clean(raw);
        let here = offset;
        offset += raw.len();
        match start {
            None if line.contains("(cost=") || line.contains("(actual time=") || line.contains("(actual rows=") => {
                start = Some(here + raw.len() - raw.trim_start().len());
                end = here + raw.trim_end().len();
            }
            None => {}
            Some(_) => {
                let counts = is_node_header(line)
                    || (line.starts_with([' ', '\t']) && !line.trim().is_empty())
                    || TOP_LEVEL.iter().any(|p| line.trim_start().starts_with(p))
                    || (line.trim().starts_with('(') && line.trim().ends_with("rows)"));
                if !counts {
                    break;
                }
                end = here + raw.trim_end().len();
            }
        }
    }
    start.map(|s| s..end)
}

/// The lines psql prints around a result (the `QUERY PLAN` header, its
/// dashed rule, the `(12 rows)` footer): not SQL, and not part of the plan.
pub fn psql_decoration(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim();
        let rows = line.strip_prefix('(').and_then(|l| l.strip_suffix(" rows)").or_else(|| l.strip_suffix(" row)")));
        let decoration = line == "QUERY PLAN"
            || (line.len() >= 3 && line.bytes().all(|b| b == b'-' || b == b'+'))
            || rows.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if decoration {
            out.push(offset..offset + raw.trim_end().len());
        }
        offset += raw.len();
    }
    out
}

/// A line without psql's decoration (a trailing `+` where it wrapped).
fn clean(raw: &str) -> &str {
    let line = raw.trim_end_matches(['\n', '\r']);
    line.strip_suffix('+').map(str::trim_end).unwrap_or(line)
}

pub fn read(text: &str, range: Range<usize>) -> Plan {
    let mut plan = Plan { format: "text".into(), ..Plan::default() };
    // (column of the node's marker, node index)
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut offset = range.start;
    for raw in text[range.clone()].split_inclusive('\n') {
        let line = clean(raw);
        let start = offset;
        offset += raw.len();
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_node_header(line) {
            let (column, header) = match trimmed.strip_prefix("->") {
                Some(rest) => (indent, rest.trim()),
                None => (indent, trimmed),
            };
            if !trimmed.starts_with("->") && !plan.nodes.is_empty() {
                // A second root: another statement's plan pasted below. Only the first is read.
                break;
            }
            while stack.last().is_some_and(|(c, _)| *c >= column && trimmed.starts_with("->")) {
                stack.pop();
            }
            let parent = stack.last().map(|(_, i)| *i);
            let mut node = header_node(header);
            node.depth = stack.len();
            node.parent = parent;
            let header_start = start + line.len() - line.trim_start().len() + (trimmed.len() - header.len()) - (trimmed.len() - trimmed.trim_end().len());
            node.range = header_start..start + line.trim_end().len();
            let id = plan.nodes.len();
            if let Some(p) = parent {
                plan.nodes[p].children.push(id);
            }
            plan.nodes.push(node);
            stack.push((column, id));
            continue;
        }
        if let Some(value) = trimmed.strip_prefix("Execution Time:").or_else(|| trimmed.strip_prefix("Total runtime:")) {
            plan.execution_us = millis_to_us(value.trim().trim_end_matches("ms"));
            continue;
        }
        if let Some(value) = trimmed.strip_prefix("Planning Time:") {
            plan.planning_us = millis_to_us(value.trim().trim_end_matches("ms"));
            continue;
        }
        if indent == 0 {
            continue;
        }
        if let Some(node) = plan.nodes.last_mut() {
            property(node, trimmed);
        }
    }
    plan
}

/// `Seq Scan on orders o  (cost=… rows=… width=…) (actual time=a..b rows=… loops=…)`.
fn header_node(header: &str) -> PlanNode {
    let title_end = header.find(" (cost=").or_else(|| header.find(" (actual")).or_else(|| header.find(" (never")).unwrap_or(header.len());
    let title = header[..title_end].trim().to_string();
    let mut node = PlanNode::default();
    let kind_end = [" on ", " using "].iter().filter_map(|sep| title.find(sep)).min().unwrap_or(title.len());
    node.kind = title[..kind_end].trim().to_string();
    let word_after = |sep: &str| title.find(sep).and_then(|at| title[at + sep.len()..].split_whitespace().next()).map(str::to_string);
    // A bitmap index scan is "on" its index, not on a table.
    if node.kind == "Bitmap Index Scan" {
        node.index = word_after(" on ");
    } else {
        node.relation = word_after(" on ");
        node.index = word_after(" using ");
    }
    node.parallel = node.kind.starts_with("Parallel ");
    node.title = title;
    let figures = &header[title_end..];
    if let Some(cost) = figures.find("(cost=").map(|at| &figures[at..]) {
        let cost = &cost[..cost.find(')').unwrap_or(cost.len())];
        node.estimated_rows = field(cost, "rows=").and_then(count);
    }
    if let Some(actual) = figures.find("(actual").map(|at| &figures[at..]) {
        let actual = &actual[..actual.find(')').unwrap_or(actual.len())];
        node.total_us = field(actual, "time=").and_then(|t| t.split_once("..")).and_then(|(_, end)| millis_to_us(end));
        node.actual_rows = field(actual, "rows=").and_then(count);
        node.loops = field(actual, "loops=").and_then(count);
    }
    if figures.contains("(never executed)") {
        node.actual_rows = Some(0);
        node.loops = Some(0);
    }
    node
}

/// The value after `name` up to the next space.
fn field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let at = text.find(name)? + name.len();
    text[at..].split_whitespace().next()
}

/// The number before `kB` after `name`: `Disk: 2072kB`.
fn kilobytes(text: &str, name: &str) -> Option<u64> {
    field(text, name).and_then(|v| count(v.trim_end_matches("kB")))
}

fn property(node: &mut PlanNode, line: &str) {
    // `Worker 0:  Sort Method: external merge  Disk: 6256kB`: a worker's share.
    let line = match line.strip_prefix("Worker ") {
        Some(rest) => rest.split_once(':').map_or(line, |(_, r)| r.trim()),
        None => line,
    };
    let (key, value) = line.split_once(':').unwrap_or((line, ""));
    let value = value.trim();
    match key {
        "Filter" => node.filter = Some(value.to_string()),
        "Rows Removed by Filter" => node.removed_by_filter = count(value).map(|n| n + node.removed_by_filter.unwrap_or(0)),
        "Heap Fetches" => node.heap_fetches = count(value),
        "Workers Planned" => node.workers_planned = count(value),
        "Workers Launched" => node.workers_launched = count(value),
        "Sort Method" => {
            node.sort_method.get_or_insert_with(|| value.split("  ").next().unwrap_or(value).to_string());
            if let Some(kb) = kilobytes(value, "Disk:") {
                node.disk_kb = Some(node.disk_kb.unwrap_or(0) + kb);
            }
        }
        "Buckets" | "Batches" => {
            node.hash_batches = field(line, "Batches:").and_then(count);
            if let Some(kb) = kilobytes(line, "Disk Usage:") {
                node.disk_kb = Some(node.disk_kb.unwrap_or(0) + kb);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn psql_aligned_output_reads_as_the_plan() {
        let text = "                      QUERY PLAN\n------------------------------------------------------\n Seq Scan on t  (cost=0.00..35.50 rows=2550 width=4)\n   Filter: (a > 1)\n(2 rows)\n\n";
        let range = super::locate(text).expect("a plan");
        assert!(text[range.clone()].starts_with("Seq Scan"));
        assert!(text[range.clone()].ends_with("(2 rows)"));
        let decoration: Vec<&str> = super::psql_decoration(text).into_iter().map(|r| text[r].trim()).collect();
        assert_eq!(decoration, ["QUERY PLAN", "------------------------------------------------------", "(2 rows)"]);
        let plan = super::read(text, range);
        assert_eq!(plan.nodes.len(), 1);
        assert_eq!(plan.nodes[0].relation.as_deref(), Some("t"));
        assert_eq!(plan.nodes[0].estimated_rows, Some(2550));
        assert_eq!(plan.nodes[0].filter.as_deref(), Some("(a > 1)"));
    }

    #[test]
    fn a_second_plan_below_is_not_read_into_the_first() {
        let text = "Seq Scan on a  (cost=0.00..1.00 rows=1 width=4)\nSeq Scan on b  (cost=0.00..1.00 rows=1 width=4)\n";
        let plan = super::read(text, 0..text.len());
        assert_eq!(plan.nodes.len(), 1);
    }
}
