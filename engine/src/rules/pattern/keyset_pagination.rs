use crate::rules::util::keyset;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Recognises keyset (cursor) pagination: a range condition on the sort
    /// key with `ORDER BY` and `LIMIT`.
    ///
    /// ## Why it matters
    /// Each page is an index range scan that starts where the previous page
    /// ended: page 10,000 costs the same as page 1, and inserts do not shift
    /// pages.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, title FROM posts WHERE id > $1 ORDER BY id LIMIT 20;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, title FROM posts ORDER BY id LIMIT 20 OFFSET $1;
    /// ```
    ///
    /// ## In production
    /// Public APIs (GitHub, Stripe, Slack) page with opaque cursors built on
    /// this pattern.
    ///
    /// ## Alternatives
    /// Row-value comparisons `(created_at, id) > ($1, $2)` for non-unique
    /// sort keys.
    pub struct KeysetPagination {
        code: "P006",
        name: "keyset-pagination",
        area: Pattern,
        severity: Praise,
        section: PerformanceAnalysis,
        concepts: ["P6", "Q7"],
        dialects: [],
        fix: None,
        summary: "Keyset (cursor) pagination",
    }
}

impl Rule for KeysetPagination {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            if let Some(keyset) = keyset(block) {
                let keys: Vec<String> = keyset.columns.iter().map(|c| c.column.clone()).collect();
                out.report(keyset.span, format!("keyset pagination on ({}): every page costs the same", keys.join(", ")));
            }
        }
    }
}
