use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a column named like a reference (`customer_id`) when a matching
    /// table (`customers`) exists but no foreign key is declared. Left alone:
    /// a column whose default (`0`, `''`) stands for "none", which a foreign
    /// key would reject, and schemas of more than ten tables that declare no
    /// foreign key anywhere, where integrity is the application's policy.
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
        // A schema of many tables that declares no foreign key at all keeps
        // integrity in the application on purpose (an ORM's relation mode, an
        // ingest path): one more missing key is its policy, not an oversight.
        let declares_keys = cx.catalog.tables.iter().any(|t| !t.foreign_keys.is_empty());
        if cx.dialect.is_analytical() || (!declares_keys && cx.catalog.tables.len() > 10) {
            return;
        }
        // Ingest tables (events, logs; partitioned ones) leave keys out for write speed, by design.
        for table in cx
            .catalog
            .tables
            .iter()
            .filter(|t| t.partitioned_by.is_none() && !crate::rules::util::is_high_volume_table(&t.name) && !t.name.starts_with("template_"))
        {
            for column in &table.columns {
                let Some(stem) = column.name.strip_suffix("_id") else { continue };
                if table.foreign_keys.iter().any(|fk| fk.columns.contains(&column.name)) || table.primary_key == [column.name.clone()] {
                    continue;
                }
                // `DEFAULT 0` (or '') stands for "none": a foreign key would reject those rows.
                if column.default.as_deref().is_some_and(is_sentinel) {
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

/// A default that stands for "no reference" (`0`, `''`, `-1`) rather than NULL.
fn is_sentinel(default: &str) -> bool {
    matches!(default.trim().trim_matches(|c| c == '(' || c == ')'), "0" | "'0'" | "''" | "-1")
}
