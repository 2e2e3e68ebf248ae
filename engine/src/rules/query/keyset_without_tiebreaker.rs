use crate::rules::util::{keyset, name_is};
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags keyset (cursor) pagination whose cursor is a single column that
    /// is not unique, such as `created_at`.
    ///
    /// ## Why it matters
    /// When several rows share the cursor value at a page boundary,
    /// `WHERE created_at > $1` skips the ones not yet shown (and `>=` repeats
    /// the ones already shown). Batch inserts make equal timestamps common.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE products (id bigint PRIMARY KEY, name text, created_at timestamptz NOT NULL);
    /// SELECT id, name, created_at FROM products WHERE created_at > $1 ORDER BY created_at LIMIT 20;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE products (id bigint PRIMARY KEY, name text, created_at timestamptz NOT NULL);
    /// SELECT id, name, created_at FROM products WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT 20;
    /// ```
    ///
    /// ## In production
    /// Feeds and sync APIs that page by timestamp lose items under load —
    /// exactly when many rows share a millisecond. The bug is intermittent
    /// and hard to reproduce.
    ///
    /// ## Alternatives
    /// Add the primary key as a tie-breaker in both the row comparison and
    /// the `ORDER BY`, with an index on `(created_at, id)`; or page on a
    /// unique, monotonic key.
    pub struct KeysetWithoutTiebreaker {
        code: "Q011",
        name: "keyset-without-tiebreaker",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["Q7"],
        dialects: [],
        fix: Suggestion,
        summary: "Keyset pagination on a non-unique column skips or repeats rows",
    }
}

impl Rule for KeysetWithoutTiebreaker {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            let Some(keyset) = keyset(block) else { continue };
            let [column] = keyset.columns.as_slice() else { continue };
            let not_unique = match block.resolve(cx.catalog, column) {
                Some((table, col)) => !table.is_unique_column(&col.name),
                None => name_is(&column.column, &["at", "date", "time", "timestamp", "score", "price", "rank", "name"]),
            };
            if !not_unique || block.order_by.len() > 1 {
                continue;
            }
            let c = &column.column;
            out.report(keyset.span, format!("keyset pagination on non-unique `{c}` skips or repeats rows that share a value"))
                .help(format!("add a unique tie-breaker: WHERE ({c}, id) > ($1, $2) ORDER BY {c}, id"))
                .fix("Add the primary key as a tie-breaker", format!("WHERE ({c}, id) > ($1, $2) ORDER BY {c}, id"));
        }
    }
}
