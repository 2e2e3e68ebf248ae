use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a column named like a reference (`customer_id`) when a matching
    /// table (`customers`) exists but no foreign key is declared.
    ///
    /// ## Why it matters
    /// Without the constraint, orphans appear: orders for deleted customers,
    /// ids with typos. Every consumer then has to defend against rows that
    /// point nowhere, and the planner loses a fact it could use.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id bigint PRIMARY KEY);
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id bigint PRIMARY KEY);
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
    /// ```
    ///
    /// ## In production
    /// Teams that skip foreign keys "for speed" spend the savings on cleanup
    /// jobs and data-quality incidents; the check costs an index probe.
    ///
    /// ## Alternatives
    /// Declare the key (and index it); across services or shards where a
    /// constraint is impossible, reconcile with periodic checks.
    pub struct MissingForeignKey {
        code: "S019",
        name: "missing-foreign-key",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S8"],
        dialects: [],
        fix: Suggestion,
        summary: "A reference column without a foreign key",
    }
}

impl Rule for MissingForeignKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in &cx.catalog.tables {
            for column in &table.columns {
                let Some(stem) = column.name.strip_suffix("_id") else { continue };
                if table.foreign_keys.iter().any(|fk| fk.columns.contains(&column.name)) || table.primary_key == [column.name.clone()] {
                    continue;
                }
                let candidates = [stem.to_string(), format!("{stem}s"), format!("{stem}es"), format!("{}ies", stem.trim_end_matches('y'))];
                let Some(target) = candidates.iter().find_map(|n| cx.catalog.table(n)) else { continue };
                let [key] = target.primary_key.as_slice() else { continue };
                out.report(column.span, format!("`{}.{}` refers to `{}` but has no foreign key", table.name, column.name, target.name)).fix(
                    "Declare the foreign key",
                    format!("ALTER TABLE {} ADD FOREIGN KEY ({}) REFERENCES {} ({key});", table.name, column.name, target.name),
                );
            }
        }
    }
}
