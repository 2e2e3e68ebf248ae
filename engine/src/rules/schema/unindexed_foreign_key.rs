use crate::input::Dialect;
use crate::perf::advice::create_index_sql;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags foreign keys whose columns are not the leading columns of any
    /// index on the referencing table. Silent on MySQL and MariaDB, where
    /// InnoDB creates an index on the referencing columns itself when none
    /// exists, and for a key to a small lookup table (one the material
    /// seeds with a few rows or names as a lookup), whose rows are neither
    /// deleted nor listed by their referencing rows.
    ///
    /// ## Why it matters
    /// PostgreSQL indexes the referenced key but not the referencing columns.
    /// Joins from parent to children scan the child table, and every delete
    /// or key update on the parent scans the child to check the constraint,
    /// holding locks meanwhile.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id bigint PRIMARY KEY);
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id bigint PRIMARY KEY);
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
    /// CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);
    /// ```
    ///
    /// ## In production
    /// Deleting one customer taking minutes, or lock waits during cleanup
    /// jobs, very often comes down to one unindexed foreign key.
    ///
    /// ## Alternatives
    /// A composite index that starts with the foreign-key columns also
    /// serves; skip the index only for tiny tables or keys never joined or
    /// deleted through.
    pub struct UnindexedForeignKey {
        code: "S008",
        name: "unindexed-foreign-key",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S5"],
        dialects: [],
        fix: Suggestion,
        summary: "A foreign key without an index on its columns",
    }
}

impl Rule for UnindexedForeignKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        // MySQL manual, "FOREIGN KEY Constraints": "In the referencing table, there must be an
        // index where the foreign key columns are listed as the first columns in the same order.
        // Such an index is created on the referencing table automatically if it does not exist."
        if cx.dialect == Dialect::Mysql {
            return;
        }
        for table in &cx.catalog.tables {
            for fk in &table.foreign_keys {
                let covered = table.indexes.iter().any(|index| {
                    fk.columns.len() <= index.keys.len()
                        && fk.columns.iter().zip(&index.keys).all(|(c, k)| k.column.as_deref() == Some(c.as_str()))
                        && index.is_ordered()
                });
                // The index serves the parent's side: its deletes and "rows of this
                // parent" reads. A lookup parent (a few seed rows, a `*_type` name)
                // is neither deleted from nor listed by, so the index earns nothing.
                if covered || cx.performance.sizes.is_small(&fk.references) {
                    continue;
                }
                let cols: Vec<&str> = fk.columns.iter().map(String::as_str).collect();
                out.report(fk.span, format!("foreign key `{}({})` → `{}` has no index", table.name, cols.join(", "), fk.references))
                    .note("joins from the parent and every parent delete scan this table")
                    .fix("Index the foreign key", create_index_sql(cx.dialect, &table.name, &cols));
            }
        }
    }
}
