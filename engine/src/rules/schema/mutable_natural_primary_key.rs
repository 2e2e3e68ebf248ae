use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags primary keys on mutable natural values: email addresses,
    /// usernames, phone numbers.
    ///
    /// ## Why it matters
    /// People change their email and username. A primary key is copied into
    /// every referencing row, so a change cascades through child tables,
    /// caches and URLs; text keys are also wider than a `bigint`, which makes
    /// every index and foreign key larger.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE accounts (email text PRIMARY KEY, display_name text);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, display_name text);
    /// ```
    ///
    /// ## In production
    /// Support tickets of the kind "I cannot change my email" usually trace
    /// back to an email primary key referenced by a dozen tables.
    ///
    /// ## Alternatives
    /// A surrogate key plus a `UNIQUE` constraint on the natural value keeps
    /// both guarantees and lets the value change in one row.
    pub struct MutableNaturalPrimaryKey {
        code: "S003",
        name: "mutable-natural-primary-key",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S2"],
        dialects: [],
        fix: None,
        summary: "A primary key on a value that can change (email, username)",
    }
}

impl Rule for MutableNaturalPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            // A composite key (a child table's `(parent_id, phone)`) is not an identity that cascades.
            if let [key] = table.primary_key.as_slice() {
                let Some(column) = table.column(key) else { continue };
                if name_is(&column.name, &["email", "username", "user_name", "login", "phone", "phone_number", "handle"]) {
                    out.report(column.span, format!("primary key `{}.{}` is a value users can change", table.name, column.name))
                        .help("use a surrogate bigint key and keep the natural value UNIQUE NOT NULL");
                }
            }
        }
    }
}
