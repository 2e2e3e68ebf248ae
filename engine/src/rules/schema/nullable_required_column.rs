use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes columns that almost always must have a value but allow NULL:
    /// `email`, `username`, `status`, `created_at`, `sku`, `slug`.
    ///
    /// ## Why it matters
    /// Every nullable column is a third state that queries must handle
    /// (`NOT IN`, `=` comparisons and counts treat NULL specially) and an
    /// invitation for incomplete rows. `NOT NULL` costs nothing.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE accounts (id bigint PRIMARY KEY, email text UNIQUE, created_at timestamptz DEFAULT now());
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());
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

const REQUIRED: &[&str] = &["email", "username", "status", "created_at", "sku", "slug"];

impl Rule for NullableRequiredColumn {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.nullable && REQUIRED.contains(&c.name.as_str())) {
                out.report(column.span, format!("`{}.{}` allows NULL", table.name, column.name))
                    .help("add NOT NULL (with a DEFAULT if existing rows need one)");
            }
        }
    }
}
