use crate::model::PredicateKind;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Notes a filter that ORs conditions on different columns
    /// (`WHERE email = $1 OR phone = $2`).
    ///
    /// ## Why it matters
    /// A single composite index cannot serve `a = 1 OR b = 2`. PostgreSQL can
    /// combine two separate indexes with a bitmap OR, MySQL sometimes with an
    /// index merge, but often the planner falls back to a full scan.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM users WHERE email = $1 OR phone = $2;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM users WHERE email = $1
    /// UNION ALL
    /// SELECT id FROM users WHERE phone = $2 AND email IS DISTINCT FROM $1;
    /// ```
    ///
    /// ## In production
    /// "Find the user by any identifier" endpoints written with `OR` degrade
    /// to sequential scans as the table grows; check with `EXPLAIN`.
    ///
    /// ## Alternatives
    /// Index each column and let the planner combine them, split into
    /// `UNION ALL` branches, or normalise identifiers into one indexed table.
    pub struct OrAcrossColumns {
        code: "Q009",
        name: "or-across-columns",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["Q6"],
        dialects: [],
        fix: None,
        summary: "OR across different columns defeats a single index",
    }
}

impl Rule for OrAcrossColumns {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            for filter in &block.filters {
                let PredicateKind::Or(columns) = &filter.kind else { continue };
                let mut names: Vec<&str> = columns.iter().map(|c| c.column.as_str()).collect();
                names.sort_unstable();
                names.dedup();
                if names.len() >= 2 {
                    out.report(filter.span, format!("`OR` across `{}` cannot use one index", names.join("`, `")))
                        .help("index each column (bitmap OR) or split into UNION ALL branches");
                }
            }
        }
    }
}
