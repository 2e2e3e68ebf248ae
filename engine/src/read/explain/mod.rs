//! PostgreSQL `EXPLAIN` output (text and JSON formats, with or without
//! ANALYZE and BUFFERS), read into a tree of plan nodes with positions, so
//! findings point at the node and the playground can draw the tree.

mod json;
mod mysql;
mod text;

use crate::source::{LineIndex, TextSpan};
use serde::{Deserialize, Serialize};
use std::ops::Range;

pub use text::psql_decoration;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PlanNode {
    /// `Seq Scan`, `Hash Join`, `Index Only Scan`…
    pub kind: String,
    pub relation: Option<String>,
    pub index: Option<String>,
    /// The header as PostgreSQL prints it, without the cost figures.
    pub title: String,
    pub depth: usize,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub parallel: bool,
    pub estimated_rows: Option<u64>,
    /// Rows per loop (EXPLAIN ANALYZE).
    pub actual_rows: Option<u64>,
    pub loops: Option<u64>,
    /// Time to the last row, per loop, in microseconds.
    pub total_us: Option<u64>,
    pub removed_by_filter: Option<u64>,
    pub filter: Option<String>,
    pub sort_method: Option<String>,
    /// Kilobytes written to disk by a sort, hash or aggregate.
    pub disk_kb: Option<u64>,
    pub hash_batches: Option<u64>,
    pub heap_fetches: Option<u64>,
    pub workers_planned: Option<u64>,
    pub workers_launched: Option<u64>,
    /// Time spent in this node alone (children subtracted), microseconds.
    pub self_us: u64,
    /// Share of the plan's time spent in this node alone, in per mille.
    pub share_permille: u64,
    pub span: TextSpan,
    #[serde(skip)]
    pub range: Range<usize>,
}

impl PlanNode {
    /// Time spent in this node and below it, all loops together.
    pub fn inclusive_us(&self) -> Option<u64> {
        let per_loop = self.total_us?;
        // Parallel workers run side by side: their per-loop average is wall time.
        Some(if self.parallel { per_loop } else { per_loop.saturating_mul(self.loops.unwrap_or(1).max(1)) })
    }

    /// A scan of the whole table: PostgreSQL's (Parallel) Seq Scan, MySQL's access type ALL.
    pub fn is_scan(&self) -> bool {
        self.kind.ends_with("Seq Scan") || self.kind == "Full Table Scan"
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Plan {
    pub nodes: Vec<PlanNode>,
    /// `text` or `json` (PostgreSQL), `mysql-json` (MySQL and MariaDB).
    pub format: String,
    pub analyzed: bool,
    pub execution_us: Option<u64>,
    pub planning_us: Option<u64>,
    pub span: TextSpan,
    #[serde(skip)]
    pub range: Range<usize>,
    #[serde(skip)]
    pub problems: Vec<(String, Range<usize>)>,
}

impl Plan {
    /// The node with the largest time of its own.
    pub fn dominant(&self) -> Option<usize> {
        (0..self.nodes.len()).filter(|&i| self.nodes[i].self_us > 0).max_by_key(|&i| self.nodes[i].self_us)
    }

    /// Turn the byte ranges of the plan and its nodes into located spans.
    pub fn place(&mut self, text: &str, range: Range<usize>, index: &LineIndex) {
        self.span = index.span(text, range.start, range.end);
        for node in &mut self.nodes {
            node.span = index.span(text, node.range.start, node.range.end);
        }
    }

    fn finish(&mut self) {
        // Below a Gather the workers run side by side: their times are wall time, not per loop.
        for i in 0..self.nodes.len() {
            let mut parent = self.nodes[i].parent;
            while let Some(p) = parent {
                if self.nodes[p].kind.starts_with("Gather") {
                    self.nodes[i].parallel = true;
                    break;
                }
                parent = self.nodes[p].parent;
            }
        }
        // Children come after their parent: bottom-up, a parent whose rounded
        // time is below its children's (0.000 ms × many loops) is lifted to theirs.
        let mut inclusive = vec![0u64; self.nodes.len()];
        for i in (0..self.nodes.len()).rev() {
            let children_us: u64 = self.nodes[i].children.iter().map(|&c| inclusive[c]).sum();
            let node = &mut self.nodes[i];
            inclusive[i] = node.inclusive_us().unwrap_or(0).max(children_us);
            node.self_us = inclusive[i] - children_us;
        }
        let total = self.execution_us.or_else(|| self.nodes.first().and_then(PlanNode::inclusive_us)).unwrap_or(0);
        for node in &mut self.nodes {
            node.share_permille = node.self_us.saturating_mul(1000).checked_div(total).unwrap_or(0).min(1000);
        }
        self.analyzed = self.nodes.iter().any(|n| n.loops.is_some());
    }
}

/// A plain text holding a pasted plan: the plan is read as a plan, its psql
/// decoration (header, rule, row count) blanked, and the query above it
/// stays SQL. `None` when the text holds no plan.
pub fn read_pasted(text: &str) -> Option<crate::read::Reading<'_>> {
    let (at, json) = locate(text, 0..text.len())?;
    let mut view = text.as_bytes().to_vec();
    for range in std::iter::once(at.clone()).chain(text::psql_decoration(text)) {
        view[range].iter_mut().filter(|b| **b != b'\n').for_each(|b| *b = b' ');
    }
    let sql = std::borrow::Cow::Owned(crate::read::into_text(view, text));
    Some(crate::read::Reading { sql, explain: vec![read(text, at, json)], ..Default::default() })
}

/// Where a plan sits in `text`: its byte range and format, if the text has one.
pub fn locate(text: &str, range: Range<usize>) -> Option<(Range<usize>, bool)> {
    let body = &text[range.clone()];
    if let Some(at) = json::locate(body) {
        return Some((range.start + at.start..range.start + at.end, true));
    }
    text::locate(body).map(|at| (range.start + at.start..range.start + at.end, false))
}

/// Read the plan in `text[range]` (found by [`locate`]); [`Plan::place`] locates it.
pub fn read(text: &str, range: Range<usize>, is_json: bool) -> Plan {
    let mut plan = if is_json { json::read(text, range.clone()) } else { text::read(text, range.clone()) };
    plan.range = range;
    plan.finish();
    plan
}

/// `10.671` (milliseconds, as PostgreSQL prints them) in microseconds, in
/// integer arithmetic (no float parsing in the browser bundle).
pub fn millis_to_us(text: &str) -> Option<u64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole: u64 = whole.parse().ok()?;
    let mut us = whole.checked_mul(1000)?;
    let mut place = 100;
    for digit in fraction.bytes().take(3) {
        if !digit.is_ascii_digit() {
            return None;
        }
        us += u64::from(digit - b'0') * place;
        place /= 10;
    }
    Some(us)
}

/// A row count, whole part only (PostgreSQL 18 prints fractional averages).
pub fn count(text: &str) -> Option<u64> {
    text.trim().split('.').next()?.parse().ok()
}

/// `300000` as `300,000`.
pub fn thousands(n: impl Into<u128>) -> String {
    let digits = n.into().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `12.3 ms` from microseconds.
pub fn ms_text(us: u64) -> String {
    if us >= 100_000 {
        format!("{} ms", thousands(us / 1000))
    } else {
        format!("{}.{} ms", us / 1000, (us % 1000) / 100)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_read_without_floats() {
        assert_eq!(super::millis_to_us("10.671"), Some(10_671));
        assert_eq!(super::millis_to_us("0.5"), Some(500));
        assert_eq!(super::millis_to_us("7"), Some(7000));
        assert_eq!(super::millis_to_us("x"), None);
        assert_eq!(super::count("0.50"), Some(0));
        assert_eq!(super::thousands(300000u64), "300,000");
        assert_eq!(super::ms_text(10_671), "10.6 ms");
    }
}
