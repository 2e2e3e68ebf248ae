use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags tables created without a primary key.
    ///
    /// ## Why it matters
    /// Without a key nothing stops duplicate rows, and no row can be named
    /// reliably: updates and deletes hit every copy. Logical replication
    /// cannot replicate `UPDATE`/`DELETE` on such tables without a replica
    /// identity, and ORMs and CDC tools assume a key.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE page_views (user_id bigint, url text, viewed_at timestamptz);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE page_views (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint, url text, viewed_at timestamptz);
    /// ```
    ///
    /// ## In production
    /// Deduplicating a keyless table after the fact means a full-table
    /// rewrite under lock; every team that runs logical replication or
    /// Debezium learns to require primary keys in schema review.
    ///
    /// ## Alternatives
    /// A surrogate `bigint` identity key, or a composite key of the natural
    /// columns when they are truly unique and immutable (a join table's pair
    /// of foreign keys).
    pub struct MissingPrimaryKey {
        code: "S001",
        name: "missing-primary-key",
        area: Schema,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["S1"],
        dialects: [],
        fix: Suggestion,
        summary: "A table without a primary key",
    }
}

impl Rule for MissingPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in cx.catalog.tables.iter().filter(|t| t.primary_key.is_empty() && !t.columns.is_empty()) {
            out.report(table.span, format!("table `{}` has no primary key", table.name))
                .note("duplicates cannot be prevented and rows cannot be addressed one by one")
                .fix("Add a surrogate key", format!("ALTER TABLE {} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;", table.name));
        }
    }
}
