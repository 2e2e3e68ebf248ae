use crate::model::{IndexOrigin, TypeKind};
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a plain single-column index on a boolean column.
    ///
    /// ## Why it matters
    /// With two values, the common one matches a large share of the table,
    /// so the planner scans instead; the index earns its keep only for the
    /// rare value, yet it holds and maintains an entry for every row.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, is_active boolean NOT NULL);
    /// CREATE INDEX idx_users_active ON users (is_active);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, is_active boolean NOT NULL);
    /// CREATE INDEX idx_users_inactive ON users (id) WHERE NOT is_active;
    /// ```
    ///
    /// ## In production
    /// When only the rare value is queried (unprocessed rows, soft-deleted
    /// rows), a partial index is tiny and fast; a full boolean index is dead
    /// weight.
    ///
    /// ## Alternatives
    /// A partial index on the rare value, or the boolean as the second column
    /// of a composite index.
    pub struct BooleanIndex {
        code: "S012",
        name: "boolean-index",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["S6"],
        dialects: [],
        fix: None,
        summary: "An index on a low-cardinality boolean column",
    }
}

impl Rule for BooleanIndex {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for index in table.indexes.iter().filter(|i| i.origin == IndexOrigin::CreateIndex && i.keys.len() == 1 && i.predicate.is_none()) {
                let Some(column) = index.leading_column().and_then(|c| table.column(c)) else { continue };
                if column.kind == TypeKind::Boolean {
                    out.report(index.span, format!("index on boolean `{}.{}` holds every row to find one of two values", table.name, column.name))
                        .note("the common value is read faster by a scan; only the rare value is worth an index")
                        .help("use a partial index on the rare value instead: smaller, and it serves the same queries");
                }
            }
        }
    }
}
