use crate::model::IndexOrigin;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Recognises a hash index used for an equality-only lookup column that
    /// is not already unique (when it is, `redundant-index` reports it).
    ///
    /// ## Why it matters
    /// Since PostgreSQL 10 hash indexes are crash-safe and replicated; for
    /// long keys looked up only by `=` (tokens, URLs) they are smaller than a
    /// B-tree because they store a 4-byte hash, not the key.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE short_links (id bigint PRIMARY KEY, target_url text NOT NULL);
    /// CREATE INDEX CONCURRENTLY idx_short_links_target ON short_links USING hash (target_url);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE short_links (id bigint PRIMARY KEY, target_url text NOT NULL UNIQUE);
    /// CREATE INDEX CONCURRENTLY idx_short_links_target ON short_links USING hash (target_url);
    /// ```
    ///
    /// ## In production
    /// Useful for large text keys; a hash index cannot enforce uniqueness,
    /// serve ranges or sorts, or be used for index-only scans.
    ///
    /// ## Alternatives
    /// A B-tree when ranges, sorting or uniqueness are needed.
    pub struct HashIndexEquality {
        code: "P005",
        name: "hash-index-equality",
        area: Pattern,
        severity: Praise,
        section: PerformanceAnalysis,
        concepts: ["P5"],
        dialects: [Postgres],
        fix: None,
        summary: "Hash index for equality-only lookups",
    }
}

impl Rule for HashIndexEquality {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for index in table.indexes.iter().filter(|i| i.method == "hash" && i.origin == IndexOrigin::CreateIndex) {
                let Some(column) = index.leading_column() else { continue };
                if !table.is_unique_column(column) {
                    out.report(index.span, format!("hash index on `{}.{column}` suits equality-only lookups", table.name));
                }
            }
        }
    }
}
