use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a column that every row needs, a `status` or an `sku`, when it
    /// allows NULL and has no DEFAULT to fill it. Columns that are often
    /// optional by design (an email for users who sign in by phone or single
    /// sign-on, a slug, a `state` that is part of an address) and timestamps
    /// an ORM fills are left to the author.
    ///
    /// ## Why it matters
    /// A row inserted without the column gets NULL, a third state queries
    /// get wrong: `WHERE status <> 'cancelled'` skips rows whose status is
    /// NULL. `NOT NULL` with a DEFAULT costs nothing.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text, created_at timestamptz NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending', created_at timestamptz NOT NULL);
    /// ```
    ///
    /// ## In production
    /// A NULL in a column that "can never be NULL" is how a nightly report
    /// crashes two years after launch.
    ///
    /// ## Alternatives
    /// `NOT NULL` with a sensible `DEFAULT`; keep NULL for genuinely unknown
    /// or optional values (a `deleted_at`, an optional reference).
    pub struct NullableRequiredColumn {
        code: "S020",
        name: "nullable-required-column",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["S8"],
        dialects: [],
        fix: None,
        summary: "A column that should be NOT NULL",
    }
}

const REQUIRED: &[&str] = &["status", "sku"];

impl Rule for NullableRequiredColumn {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.nullable && c.default.is_none() && REQUIRED.contains(&c.name.as_str())) {
                out.report(column.span, format!("`{}.{}` allows NULL", table.name, column.name))
                    .help("add NOT NULL (with a DEFAULT if existing rows need one)");
            }
        }
    }
}
